"""The reminder the day before: computed from each occasion's time as it is now, so a moved event is
reminded at its new date and a cancelled or postponed one not at all."""

from datetime import timedelta

from django.db import transaction
from django.db.models import Q

from core import clock
from forum.models import Registration, RegistrationStatus, Status
from forum.registrations import mail

GOING_AHEAD = (Status.SCHEDULED, Status.MOVED_ONLINE)


def queue_due(now=None):
    """Remind everyone with a seat at an occasion that starts within the next day, once."""
    now = now or clock.now()
    window = (now, now + timedelta(days=1))
    due = Registration.objects.filter(
        Q(occasion__eventpage__span_start__range=window, occasion__eventpage__status__in=GOING_AHEAD)
        | Q(occasion__sessionpage__span_start__range=window, occasion__sessionpage__status__in=GOING_AHEAD),
        status=RegistrationStatus.CONFIRMED,
        reminder_sent_at=None,
        erased_at=None,
    ).select_related("occasion")
    count = 0
    for registration in due:
        with transaction.atomic():
            registration.reminder_sent_at = now
            registration.save(update_fields=["reminder_sent_at"])
            mail.queue("reminder", registration, registration.occasion.specific)
        count += 1
    return count
