"""Work the task worker does for the forum: send the outbox, remind, mark registrations nobody confirmed, forget
personal data. Mail is sent only here, never in a request.

New mail is sent as soon as it is written (forum/receivers.py); everything that depends on time runs
from the scheduler (forum/wagtail_hooks.py), computed from each occasion as it is then, so a moved or
cancelled occasion is reminded and erased by its current dates.
"""

from django_tasks import task

from forum import outbox
from forum.registrations import booking, privacy, reminders


@task()
def send_outbox():
    """Send every message that is due: new ones, and those waiting for another attempt."""
    outbox.send_due()


@task()
def send_reminders():
    """Queue the reminders of occasions starting within a day (each person is reminded once)."""
    return reminders.queue_due()


@task()
def erase_past_registrations():
    """Forget who came to occasions that ended more than REGISTRATION_RETENTION_DAYS ago."""
    return privacy.erase_past()


@task()
def blank_old_mail():
    """Blank the bodies of e-mails sent more than OUTBOX_RETENTION_DAYS ago."""
    return outbox.blank_old_bodies()


@task()
def lapse_unconfirmed_registrations():
    """Mark the registrations nobody confirmed while their link was valid (they held no seat)."""
    return booking.lapse_unconfirmed()
