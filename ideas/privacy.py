"""Personal data of ideas and supports: kept only as long as needed, handed over or erased on
request through the site-wide "A person's data" screen (core/privacy/, joined in ideas/wagtail_hooks.py).

The ideas themselves are public content and stay; what goes is what identifies a person: the
author's address, her consent and the name she showed, and each supporter's address and consent.
Supports keep their confirmation, so the counts survive. An idea or support nobody confirmed is
forgotten once its link has expired. The messages written about a record go with its person's data
(and with the record when it is deleted, ideas/receivers.py)."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core import clock
from core.forms.personal import normalise_email
from core.mail import outbox
from ideas.links import LINK_VALIDITY
from ideas.mail import about
from ideas.models import Idea, IdeaStatus, IdeaSupport

LABEL = _("Ideas and supports")


def _erase_idea(idea, now):
    idea.email = idea.consent_text = idea.public_name = ""
    idea.erased_at = now
    idea.save(update_fields=["email", "consent_text", "public_name", "erased_at"])
    outbox.erase_about([about(idea)])


def _erase_supports(supports, now):
    supports = supports.filter(erased_at=None)
    outbox.erase_about([about(support) for support in supports.only("pk")])
    return supports.update(email="", consent_text="", notify=False, erased_at=now)


def erase_past(now=None):
    """Forget unconfirmed ideas and supports whose link expired, and the people of ideas closed
    (rejected, done or not selected) IDEAS_RETENTION_DAYS ago; returns how many records changed."""
    now = now or clock.now()
    expired = now - LINK_VALIDITY
    limit = now - timedelta(days=settings.IDEAS_RETENTION_DAYS)
    with transaction.atomic():
        count = (
            Idea.objects.filter(status=IdeaStatus.UNCONFIRMED, created_at__lt=expired)
            .delete()[1]
            .get("ideas.Idea", 0)
        )
        count += IdeaSupport.objects.filter(email_confirmed_at=None, created_at__lt=expired).delete()[0]
        closed = Idea.objects.filter(closed_at__lt=limit)
        for idea in closed.filter(erased_at=None):
            _erase_idea(idea, now)
            count += 1
        count += _erase_supports(IdeaSupport.objects.filter(idea__in=closed), now)
    return count


def _mine(email):
    return Q(email=normalise_email(email)) & ~Q(email="")


def person_data(email):
    """Everything kept about the person with `email`: her ideas and her supports."""
    ideas = [
        {
            "summary": f"{idea.title} · {idea.get_status_display()}",
            "idea": idea.title,
            "zone": idea.zone.title,
            "status": idea.status,
            "public_name": idea.public_name,
            "email": idea.email,
            "language": idea.language,
            "consent_text": idea.consent_text,
            "proposed_at": idea.created_at.isoformat(),
            "email_confirmed_at": idea.email_confirmed_at.isoformat() if idea.email_confirmed_at else "",
        }
        for idea in Idea.objects.filter(_mine(email)).select_related("zone")
    ]
    supports = [
        {
            "summary": f"{support.idea.title} · {_('Support')}",
            "supported_idea": support.idea.title,
            "email": support.email,
            "notify": support.notify,
            "language": support.language,
            "consent_text": support.consent_text,
            "supported_at": support.created_at.isoformat(),
            "email_confirmed_at": support.email_confirmed_at.isoformat()
            if support.email_confirmed_at
            else "",
        }
        for support in IdeaSupport.objects.filter(_mine(email)).select_related("idea")
    ]
    return ideas + supports


def describe(record):
    """An idea or a support as staff read it on "A person's data": its summary, kept in the export."""
    return record["summary"]


def erase_person(email):
    """Erase the person's data from her ideas and supports; returns how many records."""
    now = clock.now()
    with transaction.atomic():
        ideas = list(Idea.objects.filter(_mine(email)))
        for idea in ideas:
            _erase_idea(idea, now)
        count = len(ideas) + _erase_supports(IdeaSupport.objects.filter(_mine(email)), now)
        outbox.erase_to(email)
        return count
