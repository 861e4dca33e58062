"""The messages a registration brings, rendered in the registrant's language into the outbox.

Nothing here sends: booking.py calls `queue` inside its transaction, and forum/tasks.py sends
what is due once that transaction has committed.
"""

from datetime import timedelta

from django.core import signing
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from forum import calendars
from forum.models import EmailOutbox

MANAGE_SALT = "forum.registration.manage"
SUBJECTS = {
    "confirmation": lambda title: _("You are registered: %(title)s") % {"title": title},
    "waitlist": lambda title: _("You are on the waiting list: %(title)s") % {"title": title},
    "promotion": lambda title: _("A seat is free for you: %(title)s") % {"title": title},
    "cancellation": lambda title: _("Your registration is cancelled: %(title)s") % {"title": title},
    "reminder": lambda title: _("Tomorrow: %(title)s") % {"title": title},
    "resend": lambda title: _("Your registration: %(title)s") % {"title": title},
}


def manage_token(registration, occasion):
    """A signed reference to the registration, valid until the occasion is over."""
    expires = occasion.span_end or timezone.now() + timedelta(days=365)
    return signing.dumps({"r": registration.pk, "x": int(expires.timestamp())}, salt=MANAGE_SALT)


def site_url(occasion, path):
    site = occasion.get_site()
    return (site.root_url if site else "") + path


def localized(occasion, language):
    """The occasion page in `language` when it is translated and live, else the page itself."""
    translated = (
        Page.objects.live()
        .filter(translation_key=occasion.translation_key, locale__language_code=language)
        .first()
    )
    return translated.specific if translated else occasion


def localized_pages(page_ids, language):
    """The live pages with `page_ids`, each in `language` where translated, in a fixed number of queries."""
    originals = list(Page.objects.live().filter(pk__in=page_ids).specific())
    translated = {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(
            translation_key__in=[page.translation_key for page in originals], locale__language_code=language
        )
        .specific()
    }
    return [translated.get(page.translation_key, page) for page in originals]


def queue(kind, registration, occasion):
    """Write the `kind` message for `registration` to the outbox; it is sent after commit."""
    from forum import tasks

    with translation.override(registration.language):
        page = localized(occasion, registration.language)
        manage_path = reverse("registration_manage", args=[manage_token(registration, occasion)])
        context = {
            "registration": registration,
            "occasion": page,
            "kind": kind,
            "page_url": page.get_full_url(),
            "manage_url": site_url(occasion, manage_path),
        }
        message = EmailOutbox(
            registration=registration,
            to=registration.email,
            subject=SUBJECTS[kind](page.title),
            body=render_to_string("forum/email/registration.txt", context),
            next_attempt_at=timezone.now(),
        )
        if kind in ("confirmation", "promotion", "resend", "reminder"):
            message.attachment_name = f"{page.slug}.ics"
            message.attachment_type = "text/calendar"
            message.attachment = calendars.occasion_ics(page, page.get_full_url() or "").decode()
    message.save()
    transaction.on_commit(tasks.send_outbox.enqueue)
    return message
