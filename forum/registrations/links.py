"""Addresses the forum writes into e-mails and pages: signed links that only a mailbox holds, and
occasion pages in the reader's language.

A manage link names a registration by its random `manage_key`, signed with the site's secret: nobody
can make one by typing an address or a number, the key is useless to a reader of the database
without the secret, and every later e-mail can carry the same link. A new key (booking.py makes one
when a booking is cancelled or booked again and when its links are sent again) revokes every link
sent before. A link works until its occasion is over, by the occasion's dates as they are now.
"""

from django.core import signing
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

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


# What the occasion holding the registrations decides for all its translations, even before a
# translator has brought a translation up to date: its time, its status and how it takes place.
SCHEDULE_FIELDS = (
    "all_day",
    "start",
    "end",
    "start_date",
    "end_date",
    "span_start",
    "span_end",
    "status",
    "attendance",
    "online_url",
)


def renew_personal_calendar(email):
    """A new secret address for the mailbox's calendar; the old one stops working for all its bookings."""
    calendar = personal_calendar(email)
    calendar.token = new_feed_token()
    calendar.save(update_fields=["token"])
    return calendar


def localized(occasion, language):
    """The occasion page in `language` when it is translated and live, else the page itself; its
    schedule is always the occasion's own."""
    translated = (
        Page.objects.live()
        .filter(translation_key=occasion.translation_key, locale__language_code=language)
        .exclude(pk=occasion.pk)
        .first()
    )
    if translated is None:
        return occasion
    page = translated.specific
    for field in SCHEDULE_FIELDS:
        setattr(page, field, getattr(occasion, field))
    return page


def localized_pages(page_ids, language):
    """The live public pages with `page_ids` in `language` where translated, by the id asked for,
    in a fixed number of queries."""
    originals = list(Page.objects.live().public().filter(pk__in=page_ids).specific())
    translated = {
        page.translation_key: page
        for page in Page.objects.live()
        .public()
        .filter(
            translation_key__in=[page.translation_key for page in originals], locale__language_code=language
        )
        .specific()
    }
    return {page.pk: translated.get(page.translation_key, page) for page in originals}
