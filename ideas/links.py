"""Signed links that only a mailbox holds: the author's confirmation of her idea and a supporter's
confirmation of her support. Nobody can make one by typing an address or a number."""

from datetime import timedelta

from core.forms import links as mailbox_links
from ideas.models import Idea, IdeaSupport

CONFIRM_SALT = "ideas.confirm"
# How long a confirmation link works; unconfirmed ideas and supports are forgotten after it.
LINK_VALIDITY = timedelta(days=7)
KINDS = {"idea": Idea, "support": IdeaSupport}


def token(record):
    kind = "idea" if isinstance(record, Idea) else "support"
    return mailbox_links.dated({"k": kind, "id": record.pk}, CONFIRM_SALT)


def record_from(value):
    """The idea or support a link names and why it cannot be used ("invalid" or "expired"), or
    (record, None). An expired link still names its record while it is kept, so the page can
    offer the way to a fresh link for that idea."""
    data, problem = mailbox_links.read_dated(value, CONFIRM_SALT, LINK_VALIDITY)
    if not isinstance(data, dict) or data.get("k") not in KINDS or not isinstance(data.get("id"), int):
        return None, mailbox_links.INVALID
    record = KINDS[data["k"]].objects.filter(pk=data["id"], erased_at=None).first()
    if problem == mailbox_links.EXPIRED:
        return record, problem
    return (record, None) if record else (None, mailbox_links.INVALID)


def confirm_url(record, zone):
    """The absolute confirmation link, under the language prefix the person wrote in."""
    return mailbox_links.mailbox_url(zone, "ideas_confirm", [token(record)], record.language)


def idea_url(idea, language):
    return mailbox_links.mailbox_url(idea.zone, "ideas_idea", [idea.pk], language)
