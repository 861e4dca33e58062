"""The whole site in one archive and back: `archives` writes and reads it; `manage.py backup` and
`manage.py restore` (core/management/commands/, `make backup`, `make restore`) call it."""
