"""The agenda of events: its rules (what a listing shows, its filters, the month grid) and the dates of
repeating events. Pure functions of occasions, below the models that call them."""
