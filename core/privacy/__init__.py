"""What the site keeps about one person, whichever app keeps it: the staff's "A person's data"
screen (views.py) that every app contributes to (contributors.py), and the rule for which staff read
personal data at all (permissions.py)."""
