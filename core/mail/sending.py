"""Sending the outbox: a message is claimed by one worker at a time (a conditional update that only
one of two racing workers wins), keeps its Message-ID across retries, waits longer after each failed
attempt and stops after MAX_ATTEMPTS, when it shows as failed to staff in the admin (admin.py)."""

import logging
from datetime import timedelta
from email.mime.base import MIMEBase

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db.models import Q
from django.utils import timezone

from core.mail.models import OutgoingMail

logger = logging.getLogger(__name__)
BATCH = 50
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=6)
MAX_ATTEMPTS = 12
CLAIM = timedelta(minutes=5)


def backoff(attempts):
    """How long to wait after the `attempts`-th failure."""
    return min(FIRST_RETRY * 2 ** (attempts - 1), LONGEST_RETRY)


def _email(message):
    email = EmailMessage(
        message.subject,
        message.body,
        message.sender or settings.DEFAULT_FROM_EMAIL,
        [message.to],
        reply_to=[message.reply_to] if message.reply_to else None,
        headers={"Message-ID": message.message_id} if message.message_id else None,
    )
    if message.attachment:
        maintype, subtype = message.attachment_type.split("/", 1)
        part = MIMEBase(maintype, subtype, method="PUBLISH", charset="utf-8")
        part.set_payload(message.attachment.encode(), charset="utf-8")
        part.add_header("Content-Disposition", "attachment", filename=message.attachment_name)
        email.attach(part)
    return email


def _due(now):
    return OutgoingMail.objects.filter(
        Q(claimed_until=None) | Q(claimed_until__lt=now),
        sent_at=None,
        failed_at=None,
        next_attempt_at__lte=now,
    )


def _claim(message_id, now):
    """True when this worker won the message; a second worker's update finds it claimed."""
    return _due(now).filter(pk=message_id).update(claimed_until=now + CLAIM) == 1


def _failed(message, now, error):
    message.attempts += 1
    message.last_error = f"{type(error).__name__}: {error}"[:2000]
    message.claimed_until = None
    if message.attempts >= MAX_ATTEMPTS:
        message.failed_at = now
    else:
        message.next_attempt_at = now + backoff(message.attempts)
    message.save(update_fields=["attempts", "last_error", "claimed_until", "failed_at", "next_attempt_at"])
    logger.warning("E-mail %s not sent (attempt %s): %s", message.pk, message.attempts, message.last_error)


def send_due():
    """Send every message that is due and unclaimed (the scheduler calls again every minute)."""
    now = timezone.now()
    connection = get_connection(timeout=settings.EMAIL_TIMEOUT)
    for message in list(_due(now)[:BATCH]):
        if not _claim(message.pk, now):
            continue
        try:
            connection.send_messages([_email(message)])
        except Exception as error:  # an SMTP outage or refusal: keep the message and try later
            _failed(message, now, error)
        else:
            OutgoingMail.objects.filter(pk=message.pk).update(sent_at=now, claimed_until=None)
