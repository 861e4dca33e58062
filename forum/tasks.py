"""Work the task worker does for the forum: send the outbox, remind, let lapsed holds go, forget
personal data. Mail is sent only here, never in a request.

When the backend can defer (the database queue can), each task is booked for the moment it is due:
the reminder run a day before an occasion, the erasure after it, the release of a hold when it
lapses, and the next attempt at a message that failed.
"""

from datetime import timedelta

from django.utils import timezone
from django_tasks import default_task_backend, task

from forum import booking, outbox, privacy, reminders


def _at(task_function, when):
    if default_task_backend.supports_defer and when is not None:
        task_function.using(run_after=when).enqueue()


@task()
def send_outbox():
    """Send every message that is due; book the next run for the next one waiting."""
    next_due = outbox.send_due()
    if next_due is not None:
        _at(send_outbox, max(next_due, timezone.now() + timedelta(seconds=1)))


@task()
def send_reminders():
    """Queue the reminders of occasions starting within a day (each person is reminded once)."""
    return reminders.queue_due()


@task()
def erase_past_registrations():
    """Forget who came to occasions that ended more than REGISTRATION_RETENTION_DAYS ago."""
    return privacy.erase_past()


@task()
def release_lapsed_holds():
    """Free the seats of registrations nobody confirmed in time, for the waiting list."""
    return booking.release_lapsed_holds()


def schedule_for(occasion):
    """Book the reminder run for a day before the occasion and the erasure for after it: the
    database queue runs them then, no cron needed (`manage.py send_reminders` and
    `erase_past_registrations` do the same by hand or from cron)."""
    if occasion.span_start is None:
        return
    _at(send_reminders, occasion.span_start - timedelta(days=1))
    _at(erase_past_registrations, privacy.erasure_due(occasion))


def schedule_hold_release(when):
    _at(release_lapsed_holds, when)
