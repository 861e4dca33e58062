"""Codes a staff member's authenticator app shows, for tests that sign in through the screens."""

import time

from django_otp.oath import TOTP

VERIFY = "/admin/second-factor/"


def app_code(device, steps_ahead=0):
    """The code the staff member's app shows now (or `steps_ahead` periods later)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"
