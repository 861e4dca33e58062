"""The staff member's authenticator app and recovery codes, kept as django-otp devices: one TOTP
device (unconfirmed until she types a code from the app) and one static device with ten codes that
each work once. Every check goes through the device's own throttling: each wrong code doubles the
wait before the next is tried."""

from base64 import b32encode

from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODES = 10
THROTTLED = "throttled"


def has_app(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def app_being_set_up(user):
    """The unconfirmed authenticator of `user`, made at her first visit and kept until she confirms
    it, so that the key shown stays the same when she reloads the page."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)


def key_for_typing(device):
    """The key in the base32 letters authenticator apps accept, in groups of four."""
    key = b32encode(device.bin_key).decode()
    return " ".join(key[start : start + 4] for start in range(0, len(key), 4))


def _normalised(code):
    return "".join(code.split()).replace("-", "").lower()


def _first_accepting(devices, code):
    """The device that accepts `code`, THROTTLED when every device that could was waiting out its
    throttle, or None."""
    throttled = False
    for device in devices:
        allowed, _details = device.verify_is_allowed()
        if not allowed:
            throttled = True
        elif device.verify_token(code):
            return device
    return THROTTLED if throttled else None


def confirm_app(device, code):
    """Confirm the authenticator being set up when `code` comes from it, and issue recovery codes
    in place of any old ones: (the device, the codes), or THROTTLED, or None."""
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        accepted = _first_accepting([device], _normalised(code))
        if accepted in (None, THROTTLED):
            return accepted
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
        return device, new_recovery_codes(device.user)


def new_recovery_codes(user):
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name="recovery codes")
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def verify(user, code, recovery=False):
    """The device of `user` that accepts `code` from her app, or with `recovery` one of her recovery
    codes (then used up); THROTTLED, or None."""
    model = StaticDevice if recovery else TOTPDevice
    with transaction.atomic():
        devices = model.objects.devices_for_user(user, confirmed=True).select_for_update()
        return _first_accepting(devices, _normalised(code))


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def remove_all(user):
    """Forget the app and the recovery codes of `user`: she sets up a new app at her next step."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
