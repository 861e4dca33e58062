"""The messages authors and supporters get, in the language each wrote in, written to the forum's
outbox (sent by the task worker, retried while SMTP is down). Nothing here sends."""

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from forum import outbox
from ideas import links
from zones.models import ZonePage

SUBJECTS = {
    "idea_confirm": lambda title: _("Please confirm your idea: %(title)s") % {"title": title},
    "support_confirm": lambda title: _("Please confirm your support: %(title)s") % {"title": title},
    "idea_status": lambda title: _("News about the idea: %(title)s") % {"title": title},
}


def _zone_title(zone, language):
    translated = ZonePage.objects.filter(translation_key=zone.translation_key, locale__language_code=language)
    return (translated.values_list("title", flat=True).first()) or zone.title


def _queue(kind, record, idea, **extra):
    if not record.email:
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
        return SUBJECTS[kind](idea.title), body, None

    with translation.override(record.language):
        return outbox.build_and_write(kind, record.email, build)


def ask_to_confirm_idea(idea):
    return _queue("idea_confirm", idea, idea, confirm_url=links.confirm_url(idea, idea.zone))


def ask_to_confirm_support(support):
    idea = support.idea
    return _queue("support_confirm", support, idea, confirm_url=links.confirm_url(support, idea.zone))


def tell_status(record, idea, to_author):
    """The idea's new status (and the moderators' reason) to its author or a supporter who asked."""
    return _queue("idea_status", record, idea, to_author=to_author)
