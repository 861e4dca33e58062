"""The Neighbourhood Forum programme: its timetable by day and room. Pure functions of sessions,
below the models that call them."""
