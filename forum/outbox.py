"""The outbox: mail is written here with the change it reports and sent later by the task worker.

A message is claimed by one worker at a time (a conditional update that only one of two racing
workers wins), keeps its Message-ID across retries, waits longer after each failed attempt and
stops after MAX_ATTEMPTS, when it shows as failed to organisers in the admin.

Messages go with what they are about and with their recipient (forum/registrations/privacy.py, ideas/privacy.py);
a sent message's body and attachment are blanked after OUTBOX_RETENTION_DAYS.
"""

import logging
from datetime import timedelta
from email.mime.base import MIMEBase
from email.utils import make_msgid, parseaddr

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from forum.models import EmailOutbox

logger = logging.getLogger(__name__)
BATCH = 50
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=6)
MAX_ATTEMPTS = 12
CLAIM = timedelta(minutes=5)


def backoff(attempts):
    """How long to wait after the `attempts`-th failure."""
    return min(FIRST_RETRY * 2 ** (attempts - 1), LONGEST_RETRY)


def write(
    kind,
    to,
    subject,
    body,
    *,
    registration=None,
    organiser_message=None,
    attachment=None,
    about="",
    carries_link=False,
):
    """Store a message to send; `attachment` is (file name, content type, text) or None; `about`
    names the record a message without a registration is about, to erase it with that record;
    `carries_link` says the body holds the recipient's personal link (staff see only that)."""
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"
    message = EmailOutbox(
        kind=kind,
        registration=registration,
        organiser_message=organiser_message,
        about=about,
        carries_link=carries_link,
        message_id=make_msgid(domain=domain),
        to=to,
        subject=subject,
        body=body,
        next_attempt_at=timezone.now(),
    )
    if attachment is not None:
        message.attachment_name, message.attachment_type, message.attachment = attachment
    message.save()
    return message


def build_and_write(kind, to, build, **links):
    """Write the message `build()` makes, as (subject, body, attachment), to the outbox.

    Building reads editors' text and renders templates, so it may fail; it runs in a savepoint, and
    when it fails the message is written as failed instead (what failed in `last_error`, no body),
    for organisers to see among undelivered e-mails. The booking, confirmation, publication or
    reminder run that asked for the message stands: a message must never undo its cause."""
    try:
        with transaction.atomic():
            subject, body, attachment = build()
            return write(kind, to, subject, body, attachment=attachment, **links)
    except Exception as error:
        logger.exception("The %s message could not be built", kind)
        now = timezone.now()
        return EmailOutbox.objects.create(
            kind=kind,
            to=to,
            subject="",
            body="",
            last_error=f"Building the message failed: {type(error).__name__}: {error}"[:2000],
            next_attempt_at=now,
            failed_at=now,
            **links,
        )


def build_unwritten(kind, build):
    """Build a message and drop it: a form answers an address it does not write to after the same
    work as one it writes to, so the time of the answer tells nothing. Whatever fails here fails
    for the message alone, as in build_and_write."""
    try:
        with transaction.atomic():
            build()
    except Exception:
        logger.exception("The %s message could not be built", kind)


def _email(message):
    email = EmailMessage(
        message.subject,
        message.body,
        settings.DEFAULT_FROM_EMAIL,
        [message.to],
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
    return EmailOutbox.objects.filter(
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
            EmailOutbox.objects.filter(pk=message.pk).update(sent_at=now, claimed_until=None)


def erase_to(email):
    """Every message to `email`, sent or not, goes with its recipient's data; returns how many."""
    if not email.strip():
        return 0
    return EmailOutbox.objects.filter(to__iexact=email.strip()).delete()[0]


def erase_about(references):
    """Every message about one of `references` ("idea:12"...) goes with the record it is about."""
    return EmailOutbox.objects.filter(about__in=list(references)).delete()[0]


def blank_old_bodies(now=None):
    """Blank the body and attachment of messages sent OUTBOX_RETENTION_DAYS ago: what they said, and
    the links they carried, are the recipient's now; the row still shows a message went, and when."""
    limit = (now or timezone.now()) - timedelta(days=settings.OUTBOX_RETENTION_DAYS)
    return (
        EmailOutbox.objects.filter(sent_at__lt=limit)
        .exclude(body="", attachment="")
        .update(body="", attachment="", attachment_name="", attachment_type="")
    )
