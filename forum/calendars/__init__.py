"""Calendar output: occasions as iCalendar data, the exporters that declare every feed, download and
attachment, the entries kept between polls, the SEQUENCE of each occasion, and the views that serve them."""
