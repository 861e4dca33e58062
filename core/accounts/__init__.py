"""The staff's admin accounts made safe: the login lock and limits (`login_lock.py`) and the second
factor of those who can read personal data (`second_factor/`)."""
