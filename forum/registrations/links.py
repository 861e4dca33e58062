"""Addresses the forum writes into e-mails and pages: signed links that only a mailbox holds.

A manage link names a registration by its random `manage_key`, signed with the site's secret: nobody
can make one by typing an address or a number, the key is useless to a reader of the database
without the secret, and every later e-mail can carry the same link. A new key (booking.py makes one
when a booking is cancelled or booked again and when its links are sent again) revokes every link
sent before. A link works until its occasion is over, by the occasion's dates as they are now.
"""

from core import clock
from core.forms import links as mailbox_links
from forum.models import PersonalCalendar, Registration
from forum.models.registrations import new_feed_token

MANAGE_SALT = "forum.registration.manage"


def manage_token(registration):
    """The registration's current key, signed."""
    return mailbox_links.sign(registration.manage_key, MANAGE_SALT)


def registration_from(token):
    """The registration a manage link names, or why it cannot be used ("invalid" or "expired")."""
    key = mailbox_links.unsign(token, MANAGE_SALT)
    if key is None:
        return None, mailbox_links.INVALID
    registration = (
        Registration.objects.filter(manage_key=key, erased_at=None).select_related("occasion").first()
    )
    if registration is None:
        return None, mailbox_links.INVALID
    registration.occasion = registration.occasion.specific
    end = registration.occasion.span_end
    if end is not None and clock.now() > end:
        return None, mailbox_links.EXPIRED
    return registration, None


def manage_url(registration, occasion):
    """The absolute manage link, under the language prefix the person registered in."""
    return mailbox_links.mailbox_url(
        occasion, "registration_manage", [manage_token(registration)], registration.language
    )


def personal_calendar(email):
    """The calendar record of a mailbox, made on first use."""
    return PersonalCalendar.objects.get_or_create(email=email)[0]


def renew_personal_calendar(email):
    """A new secret address for the mailbox's calendar; the old one stops working for all its bookings."""
    calendar = personal_calendar(email)
    calendar.token = new_feed_token()
    calendar.save(update_fields=["token"])
    return calendar
