"""Work the task worker does for the forum: remind, mark registrations nobody confirmed, forget
personal data (the mail it writes is sent by the outbox's own tasks, core/mail/tasks.py).

Everything here depends on time and runs from the scheduler (forum/wagtail_hooks.py), computed from
each occasion as it is then, so a moved or cancelled occasion is reminded and erased by its current
dates.
"""

from django_tasks import task

from forum.registrations import booking, privacy, reminders


@task()
def send_reminders():
    """Queue the reminders of occasions starting within a day (each person is reminded once)."""
    return reminders.queue_due()


@task()
def erase_past_registrations():
    """Forget who came to occasions that ended more than REGISTRATION_RETENTION_DAYS ago."""
    return privacy.erase_past()


@task()
def lapse_unconfirmed_registrations():
    """Mark the registrations nobody confirmed while their link was valid (they held no seat)."""
    return booking.lapse_unconfirmed()
