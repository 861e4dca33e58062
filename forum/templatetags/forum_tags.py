"""Template helpers of the agenda and the Forum programme."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core import clock
from core.caching import freshness
from forum.calendars import exporters, subscriptions
from forum.registrations import booking

register = template.Library()

# The same escapes as Django's json_script: nothing in the data can close the <script> element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    """Structured data for search engines, as a <script type="application/ld+json"> element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.simple_tag(takes_context=True)
def event_json_ld(context, page, occurrence=None):
    """The occasion (or the occurrence shown) as schema.org data for search engines."""
    return json_ld(exporters.EventJsonLd(page, page.get_full_url(context["request"]), occurrence).data())


@register.simple_tag(takes_context=True)
def calendar_feeds(context):
    """The calendar feeds of the page shown: the agenda's (with its chosen filters), a zone's events,
    a Forum's programme; empty elsewhere."""
    return subscriptions.for_page(context["request"], context.get("page"), context.get("filters"))


@register.simple_tag(takes_context=True)
def registration_state(context, page):
    """Whether registration for the occasion of `page` is open, and how many seats are left (its
    default-language page holds them); the page stays true until registration opens or closes."""
    occasion = booking.default_occasion(page)
    now = clock.now()
    freshness.true_until(context.get("request"), booking.next_registration_edge(occasion, now))
    return {
        "occasion": occasion,
        "state": booking.registration_state(occasion, now),
        "seats_left": booking.seats_left(occasion),
    }
