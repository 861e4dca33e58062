"""Work the task worker does for the forum: send the outbox, remind, forget personal data.

Mail is sent only here, never in a request. A message that fails stays in the outbox with its
error and a later attempt time (backoff doubling from a minute up to six hours); the task
schedules itself for that time when the backend can defer (the database queue does).
"""

import logging
from datetime import timedelta
from email.mime.base import MIMEBase

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.utils import timezone
from django_tasks import default_task_backend, task

from forum import booking, privacy
from forum.models import EmailOutbox

logger = logging.getLogger(__name__)
BATCH = 50
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=6)


def backoff(attempts):
    """How long to wait after the `attempts`-th failure."""
    return min(FIRST_RETRY * 2 ** (attempts - 1), LONGEST_RETRY)


def _email(message):
    email = EmailMessage(message.subject, message.body, settings.DEFAULT_FROM_EMAIL, [message.to])
    if message.attachment:
        maintype, subtype = message.attachment_type.split("/", 1)
        part = MIMEBase(maintype, subtype, method="PUBLISH", charset="utf-8")
        part.set_payload(message.attachment.encode(), charset="utf-8")
        part.add_header("Content-Disposition", "attachment", filename=message.attachment_name)
        email.attach(part)
    return email


def _schedule(when):
    if default_task_backend.supports_defer:
        send_outbox.using(run_after=when).enqueue()


@task()
def send_outbox():
    """Send every message that is due; failures wait for their next attempt."""
    now = timezone.now()
    due = list(EmailOutbox.objects.filter(sent_at=None, next_attempt_at__lte=now)[:BATCH])
    connection = get_connection()
    for message in due:
        try:
            connection.send_messages([_email(message)])
        except Exception as error:  # an SMTP outage: keep the message and try later
            message.attempts += 1
            message.next_attempt_at = now + backoff(message.attempts)
            message.last_error = f"{type(error).__name__}: {error}"[:2000]
            message.save(update_fields=["attempts", "next_attempt_at", "last_error"])
            logger.warning("E-mail %s to %s not sent: %s", message.pk, message.to, message.last_error)
        else:
            message.sent_at = now
            message.save(update_fields=["sent_at"])
    waiting = EmailOutbox.objects.filter(sent_at=None).order_by("next_attempt_at").first()
    if waiting is not None:
        _schedule(max(waiting.next_attempt_at, now + timedelta(seconds=1)))


@task()
def send_reminders():
    """Queue the reminders of occasions starting within a day (each person is reminded once)."""
    return booking.queue_reminders()


@task()
def erase_past_registrations():
    """Forget who came to occasions that ended more than REGISTRATION_RETENTION_DAYS ago."""
    return privacy.erase_past()


def schedule_for(occasion):
    """Book the reminder run for a day before the occasion and the erasure for after it: the
    database queue runs them then, no cron needed (`manage.py send_reminders` and
    `erase_past_registrations` do the same by hand or from cron)."""
    if not default_task_backend.supports_defer or occasion.span_start is None:
        return
    send_reminders.using(run_after=occasion.span_start - timedelta(days=1)).enqueue()
    erase_past_registrations.using(run_after=privacy.erasure_due(occasion)).enqueue()
