"""What the apps do with the outbox: a message is written in the transaction of the change it reports
and sent later by the task worker (sending.py), never inside a request.

Messages go with their recipient's erasure and with what they are about, which the outbox knows
only as the `about` reference the writing app chose (or by the app's own link to them); a sent
message's body and attachment are blanked after OUTBOX_RETENTION_DAYS.
"""

import logging
from datetime import timedelta
from email.utils import make_msgid, parseaddr

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from core.mail.models import OutgoingMail

logger = logging.getLogger(__name__)

# The same mailbox is sent a link again at most this often, however often a form is sent.
RESEND_INTERVAL = timedelta(minutes=10)

# The outbox keeps a subject of at most this many characters.
SUBJECT_LENGTH = OutgoingMail._meta.get_field("subject").max_length


def subject_line(text):
    """`text` as one header line: a title with line breaks in it cannot be a header (and would
    never be sent), so every run of white space becomes one space; cut to what the outbox keeps."""
    line = " ".join(text.split())
    return line if len(line) <= SUBJECT_LENGTH else line[: SUBJECT_LENGTH - 1] + "…"


def written_recently(messages):
    """Whether one of `messages` was written within RESEND_INTERVAL: a form answers a mailbox it
    wrote to so recently without writing to it again."""
    return messages.filter(created_at__gte=timezone.now() - RESEND_INTERVAL).exists()


def write(kind, to, subject, body, *, attachment=None, about="", carries_link=False, sender="", reply_to=""):
    """Store a message to send; `attachment` is (file name, content type, text) or None; `about`
    names the record the message is about, to erase it with that record; `carries_link` says the
    body holds the recipient's personal link (staff see only that); `sender` replaces the site's
    own address and `reply_to` says where answers go."""
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"
    message = OutgoingMail(
        kind=kind,
        about=about,
        carries_link=carries_link,
        message_id=make_msgid(domain=domain),
        sender=sender,
        to=to,
        reply_to=reply_to,
        subject=subject_line(subject),
        body=body,
        next_attempt_at=timezone.now(),
    )
    if attachment is not None:
        message.attachment_name, message.attachment_type, message.attachment = attachment
    message.save()
    return message


def build_and_write(kind, to, build, **fields):
    """Write the message `build()` makes, as (subject, body, attachment), to the outbox, with
    `fields` as write() takes them (about, carries_link, sender, reply_to).

    Building reads editors' text and renders templates, so it may fail; it runs in a savepoint, and
    when it fails the message is written as failed instead (what failed in `last_error`, no body),
    for staff to see among undelivered e-mails. The booking, confirmation, publication or
    reminder run that asked for the message stands: a message must never undo its cause."""
    try:
        with transaction.atomic():
            subject, body, attachment = build()
            return write(kind, to, subject, body, attachment=attachment, **fields)
    except Exception as error:
        logger.exception("The %s message could not be built", kind)
        now = timezone.now()
        return OutgoingMail.objects.create(
            kind=kind,
            to=to,
            subject="",
            body="",
            last_error=f"Building the message failed: {type(error).__name__}: {error}"[:2000],
            next_attempt_at=now,
            failed_at=now,
            **fields,
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


def erase_to(email):
    """Every message to `email`, sent or not, goes with its recipient's data, and every message
    answering to it (what she wrote to staff through a form); returns how many."""
    if not email.strip():
        return 0
    email = email.strip()
    return _delete(OutgoingMail.objects.filter(Q(to__iexact=email) | Q(reply_to__iexact=email)))


def erase_about(references):
    """Every message about one of `references` ("idea:12"...) goes with the record it is about."""
    return _delete(OutgoingMail.objects.filter(about__in=list(references)))


def _delete(messages):
    """How many messages went, whatever else went with them (an app's links to them)."""
    return messages.delete()[1].get(OutgoingMail._meta.label, 0)


def blank_old_bodies(now=None):
    """Blank the body, attachment and Reply-To of messages sent OUTBOX_RETENTION_DAYS ago: what they
    said, the links they carried and the resident a staff message answered to are the recipients'
    now; the row still shows a message went, and when."""
    limit = (now or timezone.now()) - timedelta(days=settings.OUTBOX_RETENTION_DAYS)
    return (
        OutgoingMail.objects.filter(sent_at__lt=limit)
        .exclude(body="", attachment="", reply_to="")
        .update(body="", attachment="", attachment_name="", attachment_type="", reply_to="")
    )
