"""Factories, one module per app: home.py here; zones.py and forum.py beside it."""
