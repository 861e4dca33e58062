"""A second factor for the staff who can read residents' personal data: after the password, an
authenticator app's code (TOTP) or a one-time recovery code, once per session, before any admin
page opens. Built on django-otp's devices and throttling; the rule of who is asked is `rule.py`."""
