"""The messages authors and supporters get, in the language each wrote in, written to the site's
outbox (core/mail/: sent by the task worker, retried while SMTP is down). Nothing here sends.

Whoever types an address into a form makes the site write to it, so a confirmation request says
only the site's own words (never the idea's title or anything else a stranger typed, least of all
in its subject), and an address gets at most one every RESEND_INTERVAL, whatever is submitted.
Each message names the idea or support it is about, so it goes when that record goes."""

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from core.mail import outbox
from core.mail.models import OutgoingMail
from ideas import links
from ideas.models import Idea
from zones.models import ZonePage

CONFIRMATION_REQUESTS = ("idea_confirm", "support_confirm")


def _subject(kind, idea):
    if kind == "idea_confirm":
        return _("Please confirm your idea")
    if kind == "support_confirm":
        return _("Please confirm your support")
    return _("News about the idea: %(title)s") % {"title": idea.title}


def about(record):
    """The outbox's reference to an idea or a support."""
    return f"{'idea' if isinstance(record, Idea) else 'support'}:{record.pk}"


def _asked_recently(email):
    """Whether the address was sent a confirmation request within RESEND_INTERVAL."""
    return outbox.written_recently(
        OutgoingMail.objects.filter(to__iexact=email, kind__in=CONFIRMATION_REQUESTS)
    )


def _zone_title(zone, language):
    translated = ZonePage.objects.filter(translation_key=zone.translation_key, locale__language_code=language)
    return (translated.values_list("title", flat=True).first()) or zone.title


def _queue(kind, record, idea, write=True, **extra):
    if not record.email:
        return None
    if kind in CONFIRMATION_REQUESTS and _asked_recently(record.email):
        return None

    def build():
        context = {
            "kind": kind,
            "idea": idea,
            "zone_title": _zone_title(idea.zone, record.language),
            "idea_url": links.idea_url(idea, record.language),
            **extra,
        }
        body = render_to_string("ideas/email/message.txt", context)
        return _subject(kind, idea), body, None

    with translation.override(record.language):
        if not write:
            return outbox.build_unwritten(kind, build)
        return outbox.build_and_write(
            kind, record.email, build, about=about(record), carries_link=kind in CONFIRMATION_REQUESTS
        )


def ask_to_confirm_idea(idea):
    return _queue("idea_confirm", idea, idea, confirm_url=links.confirm_url(idea, idea.zone))


def ask_to_confirm_support(support, write=True):
    """The link to confirm a support; with `write` off it is built and dropped, for a support
    already confirmed, so that its answer takes as long as a new one's."""
    idea = support.idea
    return _queue("support_confirm", support, idea, write, confirm_url=links.confirm_url(support, idea.zone))


def tell_status(record, idea, to_author):
    """The idea's new status (and the moderators' reason) to its author or a supporter who asked."""
    return _queue("idea_status", record, idea, to_author=to_author)
