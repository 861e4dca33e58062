"""Signed links that only a mailbox holds: the author's confirmation of her idea and a supporter's
confirmation of her support. Nobody can make one by typing an address or a number."""

from datetime import timedelta

from django.core import signing
from django.urls import reverse
from django.utils import translation

from ideas.models import Idea, IdeaSupport

CONFIRM_SALT = "ideas.confirm"
# How long a confirmation link works; unconfirmed ideas and supports are forgotten after it.
LINK_VALIDITY = timedelta(days=7)
KINDS = {"idea": Idea, "support": IdeaSupport}


def token(record):
    kind = "idea" if isinstance(record, Idea) else "support"
    return signing.dumps({"k": kind, "id": record.pk}, salt=CONFIRM_SALT)


def record_from(value):
    """The idea or support a link names and why it cannot be used ("invalid" or "expired"), or
    (record, None). An expired link still names its record while it is kept, so the page can
    offer the way to a fresh link for that idea."""
    try:
        data = signing.loads(value, salt=CONFIRM_SALT)
    except signing.BadSignature:
        return None, "invalid"
    if not isinstance(data, dict) or data.get("k") not in KINDS or not isinstance(data.get("id"), int):
        return None, "invalid"
    record = KINDS[data["k"]].objects.filter(pk=data["id"], erased_at=None).first()
    try:
        signing.loads(value, salt=CONFIRM_SALT, max_age=LINK_VALIDITY)
    except signing.SignatureExpired:
        return record, "expired"
    return (record, None) if record else (None, "invalid")


def site_url(zone, path):
    site = zone.get_site()
    return (site.root_url if site else "") + path


def confirm_url(record, zone):
    """The absolute confirmation link, under the language prefix the person wrote in."""
    with translation.override(record.language):
        path = reverse("ideas_confirm", args=[token(record)])
    return site_url(zone, path)


def idea_url(idea, language):
    with translation.override(language):
        path = reverse("ideas_idea", args=[idea.pk])
    return site_url(idea.zone, path)
