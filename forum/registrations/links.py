"""Addresses the forum writes into e-mails and pages: signed links that only a mailbox holds.

A manage link names a registration by its random `manage_key`, signed with the site's secret: nobody
can make one by typing an address or a number, the key is useless to a reader of the database
without the secret, and every later e-mail can carry the same link. A new key (booking.py makes one
when a booking is cancelled or booked again and when its links are sent again) revokes every link
sent before. A link works until its occasion is over, by the occasion's dates as they are now.
"""

from django.core import signing
from django.urls import reverse
from django.utils import translation

from core import clock
from forum.models import PersonalCalendar, Registration
from forum.models.registrations import new_feed_token

MANAGE_SALT = "forum.registration.manage"


def manage_token(registration):
    """The registration's current key, signed."""
    return signing.Signer(salt=MANAGE_SALT).sign(registration.manage_key)


def registration_from(token):
    """The registration a manage link names, or why it cannot be used ("invalid" or "expired")."""
    try:
        key = signing.Signer(salt=MANAGE_SALT).unsign(token)
    except signing.BadSignature:
        return None, "invalid"
    registration = (
        Registration.objects.filter(manage_key=key, erased_at=None).select_related("occasion").first()
    )
    if registration is None:
        return None, "invalid"
    registration.occasion = registration.occasion.specific
    end = registration.occasion.span_end
    if end is not None and clock.now() > end:
        return None, "expired"
    return registration, None


def site_url(occasion, path):
    site = occasion.get_site()
    return (site.root_url if site else "") + path


def manage_url(registration, occasion):
    """The absolute manage link, under the language prefix the person registered in."""
    with translation.override(registration.language):
        path = reverse("registration_manage", args=[manage_token(registration)])
    return site_url(occasion, path)


def personal_calendar(email):
    """The calendar record of a mailbox, made on first use."""
    return PersonalCalendar.objects.get_or_create(email=email)[0]


def renew_personal_calendar(email):
    """A new secret address for the mailbox's calendar; the old one stops working for all its bookings."""
    calendar = personal_calendar(email)
    calendar.token = new_feed_token()
    calendar.save(update_fields=["token"])
    return calendar
