"""The only code that changes an idea's status or counts a support: proposing, confirming from the
mailbox, supporting, and the moderators' decisions with the e-mails they owe. Each runs in one
transaction with the messages it writes to the outbox."""

from django.db import transaction

from core import clock
from core.caching import front_cache
from core.forms.personal import normalise_email
from ideas import mail
from ideas.models import CLOSED_STATUSES, PUBLIC_STATUSES, Idea, IdeaStatus, IdeaStatusChange, IdeaSupport

# Fields a moderator may correct in a published idea; changing one marks the idea as edited.
CONTENT_FIELDS = ("title", "description", "need_id", "help_needed", "public_name")


def propose(zone, *, title, description, need, help_needed, public_name, email, language, consent_text):
    """Store an idea awaiting its author's confirmation and send her the link. The same idea sent
    again from the same address (in any case) is not stored twice: its link is sent again."""
    email = normalise_email(email)
    with transaction.atomic():
        idea = Idea.objects.filter(
            zone=zone, email=email, title=title, status=IdeaStatus.UNCONFIRMED, erased_at=None
        ).first()
        if idea is None:
            idea = Idea.objects.create(
                zone=zone,
                title=title,
                description=description,
                need=need,
                help_needed=help_needed,
                public_name=public_name,
                email=email,
                language=language,
                consent_text=consent_text,
            )
        mail.ask_to_confirm_idea(idea)
    return idea


def support(idea, *, email, language, notify, consent_text):
    """One support per address and idea: a new one awaits confirmation; an unconfirmed one gets its
    link again; a confirmed one only keeps the wish to be told of changes. The address is compared
    in lower case: one mailbox is one voice."""
    email = normalise_email(email)
    with transaction.atomic():
        existing = IdeaSupport.objects.select_for_update().filter(idea=idea, email=email).first()
        if existing is not None and existing.email_confirmed_at:
            if notify and not existing.notify:
                existing.notify = True
                existing.save(update_fields=["notify"])
            mail.ask_to_confirm_support(existing, write=False)
            return existing
        if existing is None:
            existing = IdeaSupport.objects.create(
                idea=idea, email=email, language=language, notify=notify, consent_text=consent_text
            )
        mail.ask_to_confirm_support(existing)
    return existing


def confirm(record):
    """The mailbox's owner pressed "Confirm": the idea goes to the moderators, the support counts."""
    with transaction.atomic():
        if record.email_confirmed_at:
            return record
        record.email_confirmed_at = clock.now()
        fields = ["email_confirmed_at"]
        if isinstance(record, Idea) and record.status == IdeaStatus.UNCONFIRMED:
            record.status = IdeaStatus.PENDING
            fields.append("status")
        record.save(update_fields=fields)
        if isinstance(record, IdeaSupport):
            front_cache.purge(record.idea.zone)
    return record


def moderated(before, idea):
    """After a moderator saved `idea` (as it was `before`): note an edit of a published idea, keep
    its public history, purge the front cache of the zone's pages (and the lists above them, home
    included), and tell its author (and the supporters who asked) of a new status."""
    now = clock.now()
    fields = []
    if before.is_public and any(getattr(before, f) != getattr(idea, f) for f in CONTENT_FIELDS):
        idea.edited_at = now
        fields.append("edited_at")
    status_changed = before.status != idea.status
    if status_changed:
        if idea.status in PUBLIC_STATUSES:
            idea.published_at = idea.published_at or now
            IdeaStatusChange.objects.create(idea=idea, status=idea.status, note=idea.status_reason)
        idea.closed_at = now if idea.status in CLOSED_STATUSES else None
        fields += ["published_at", "closed_at"]
    if fields:
        idea.save(update_fields=fields)
    front_cache.purge(idea.zone)
    if status_changed:
        mail.tell_status(idea, idea, to_author=True)
        if idea.status in PUBLIC_STATUSES:
            for follower in idea.supports.filter(
                notify=True, email_confirmed_at__isnull=False, erased_at=None
            ):
                mail.tell_status(follower, idea, to_author=False)
    return idea
