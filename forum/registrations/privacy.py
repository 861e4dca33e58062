"""Personal data of registrations: kept only as long as needed, and handed over or erased on request
through the site-wide "A person's data" screen (core/privacy/, joined in forum/wagtail_hooks.py)."""

from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from core import clock
from core.forms.personal import normalise_email
from core.mail import outbox
from forum.models import PersonalCalendar, Registration


def erasure_due(occasion):
    return (occasion.span_end or clock.now()) + timedelta(days=settings.REGISTRATION_RETENTION_DAYS)


def erase(registration):
    """Remove the personal data of a registration, keeping its seats and status for the counts, with
    the messages written to it (sent or not). The mailbox's calendar address goes once none of its
    registrations is left."""
    email = registration.email
    registration.name = registration.email = registration.phone = ""
    registration.accessibility_needs = registration.consent_text = ""
    registration.zone_of_residence = None
    registration.newsletter = False
    registration.erased_at = timezone.now()
    registration.save()
    registration.messages.all().delete()
    if email and not Registration.objects.filter(email=email).exists():
        PersonalCalendar.objects.filter(email=email).delete()
    return registration


def erase_past(now=None):
    """Erase personal data of registrations whose occasion ended REGISTRATION_RETENTION_DAYS ago,
    whatever happened to the occasion since; seats and statuses stay, so the counts survive."""
    limit = (now or clock.now()) - timedelta(days=settings.REGISTRATION_RETENTION_DAYS)
    past = Registration.objects.filter(
        Q(occasion__eventpage__span_end__lt=limit) | Q(occasion__sessionpage__span_end__lt=limit),
        erased_at=None,
    )
    count = 0
    for registration in past:
        erase(registration)
        count += 1
    return count


def person_data(email):
    """Everything kept about the person with `email`, as plain data (for an access request)."""
    return [
        {
            "event": registration.occasion.title,
            "status": registration.status,
            "seats": registration.seats,
            "name": registration.name,
            "email": registration.email,
            "phone": registration.phone,
            "zone_of_residence": registration.zone_of_residence.title
            if registration.zone_of_residence
            else "",
            "accessibility_needs": registration.accessibility_needs,
            "newsletter": registration.newsletter,
            "language": registration.language,
            "consent_text": registration.consent_text,
            "consent_at": registration.consent_at.isoformat() if registration.consent_at else "",
            "email_confirmed_at": registration.email_confirmed_at.isoformat()
            if registration.email_confirmed_at
            else "",
            "registered_at": registration.created_at.isoformat(),
            "checked_in_at": registration.checked_in_at.isoformat() if registration.checked_in_at else "",
        }
        for registration in Registration.objects.filter(email=normalise_email(email)).select_related(
            "occasion", "zone_of_residence"
        )
    ]


def describe(record):
    """A registration as staff read it on "A person's data": the event, the name, the status, when."""
    return " · ".join(record[key] for key in ("event", "name", "status", "registered_at"))


def erase_person(email):
    """Erase every registration of the person with `email`, and every message to her address
    whatever it was about (ideas' messages too); returns how many registrations."""
    found = list(Registration.objects.filter(email=normalise_email(email)))
    for registration in found:
        erase(registration)
    outbox.erase_to(email)
    return len(found)
