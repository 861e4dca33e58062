"""The messages registrants get, rendered in the language each registered in and written to the outbox
(core/mail/), each linked to its registration (RegistrationMail).

Nothing here sends: booking.py and the organisers' screens call these inside their transactions,
and the task worker sends what is due once that transaction has committed.
"""

from functools import partial

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from core.forms.personal import one_line
from core.mail import outbox
from forum.agenda import localized
from forum.calendars import exporters
from forum.models import RegistrationMail
from forum.registrations import links

SUBJECTS = {
    "confirm": lambda title: _("Please confirm your registration: %(title)s") % {"title": title},
    "confirmation": lambda title: _("You are registered: %(title)s") % {"title": title},
    "waitlist": lambda title: _("You are on the waiting list: %(title)s") % {"title": title},
    "promotion": lambda title: _("A seat is free for you: %(title)s") % {"title": title},
    "cancellation": lambda title: _("Your registration is cancelled: %(title)s") % {"title": title},
    "reminder": lambda title: _("Tomorrow: %(title)s") % {"title": title},
    "resend": lambda title: _("Your registration: %(title)s") % {"title": title},
    "change": lambda title: _("Changed: %(title)s") % {"title": title},
}
# Messages after which the person has a seat carry the event for her calendar.
WITH_CALENDAR = ("confirmation", "promotion", "reminder", "change")


def _attachment(page, occasion):
    attachment = exporters.EmailAttachment(page, occasion)
    return (attachment.filename, attachment.content_type, attachment.data().to_ical().decode())


def queue(kind, registration, occasion, changed=()):
    """Write the `kind` message for `registration` to the outbox; `changed` names what changed
    (status, time, place) in a "change" message. A message that cannot be built is written as
    failed, and the caller's change stands (outbox.build_and_write)."""
    if not registration.email:
        return None
    message = outbox.build_and_write(
        kind,
        registration.email,
        partial(compose, kind, registration, occasion, changed),
        carries_link=kind != "cancellation",
    )
    RegistrationMail.objects.create(mail=message, registration=registration)
    return message


def compose(kind, registration, occasion, changed=()):
    """The `kind` message for `registration`: (subject, body, attachment or None), in her language."""
    with translation.override(registration.language):
        page = localized.localized(occasion, registration.language)
        context = {
            "registration": registration,
            "name": one_line(registration.name),
            "occasion": page,
            "kind": kind,
            "changed": changed,
            "page_url": page.get_full_url(),
            "manage_url": links.manage_url(registration, occasion),
        }
        body = render_to_string("forum/email/registration.txt", context)
        with_calendar = kind in WITH_CALENDAR and registration.status == "confirmed"
        attachment = _attachment(page, occasion) if with_calendar or kind == "change" else None
        return SUBJECTS[kind](page.title), body, attachment


def compose_unwritten(kind, registration, occasion):
    """The `kind` message built and dropped, for an address too soon for another (outbox.build_unwritten)."""
    outbox.build_unwritten(kind, partial(compose, kind, registration, occasion))


def queue_organiser_message(message, registration, occasion):
    """One copy of an organisers' message, with the person's own manage link under it."""

    def build():
        body = render_to_string(
            "forum/email/organiser_message.txt",
            {"message": message, "manage_url": links.manage_url(registration, occasion)},
        )
        return message.subject, body, None

    with translation.override(registration.language):
        copy = outbox.build_and_write("organiser", registration.email, build, carries_link=True)
    RegistrationMail.objects.create(mail=copy, registration=registration, organiser_message=message)
    return copy
