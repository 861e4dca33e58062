"""What the public lists of ideas show, in a fixed number of queries: the zone in the visitor's
language, its published ideas with their support counts and the need each answers, and the counts
the filters offer."""

from django.conf import settings
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant

from core.caching import chrome_cache
from ideas.models import PUBLIC_STATUSES, Idea, IdeaStatus
from zones.listing import zones_in
from zones.models import NeedsFinding, ZonePage

CONFIRMED_SUPPORTS = Count("supports", filter=Q(supports__email_confirmed_at__isnull=False))


def zone_pages(zone_id):
    """(the zone holding the ideas: its page in the default language, the page in the visitor's
    language, or the first when it is not translated) for a live public zone page's id."""
    page = get_object_or_404(ZonePage.objects.live().public(), pk=zone_id)
    translations = {
        zone.locale.language_code: zone
        for zone in ZonePage.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
    }
    default = translations.get(get_supported_content_language_variant(settings.LANGUAGE_CODE))
    if default is None:
        raise Http404
    return default, translations.get(get_language(), page)


def published(queryset=None):
    """Published ideas with what a card shows."""
    queryset = Idea.objects.all() if queryset is None else queryset
    return (
        queryset.filter(status__in=PUBLIC_STATUSES)
        .select_related("need__locale", "zone__locale")
        .annotate(support_count=CONFIRMED_SUPPORTS)
        .order_by("-published_at", "-pk")
    )


def needs_of(zone):
    """The needs of `zone`'s diagnosis (as shown in its language), by translation key."""
    return {
        finding.translation_key: finding for finding in zone.findings if finding.kind == NeedsFinding.NEED
    }


def label_needs(ideas, needs):
    """Each idea's need named as on the shown zone page, or as the zone's diagnosis names it when
    untranslated, with the language of the label (`need_language`) so the page can mark it."""
    for idea in ideas:
        shown = needs.get(idea.need.translation_key) if idea.need else None
        label = shown or idea.need
        idea.need_label = label.label if label else ""
        idea.need_language = chrome_cache.language_code_of(label.locale_id) if label else ""
    return ideas


def name_zones(ideas, locale_id):
    """Each idea's zone as a page in the language `locale_id` (its own zone page when untranslated,
    with that page's language as `zone_language`), for links and titles on pages listing several
    zones' ideas."""
    translated = {zone.translation_key: zone for zone in zones_in(locale_id)}
    for idea in ideas:
        shown = translated.get(idea.zone.translation_key)
        idea.zone_shown = shown or idea.zone
        idea.zone_language = "" if shown else idea.zone.locale.language_code
    return ideas


def status_counts(zone):
    counted = dict(
        Idea.objects.filter(zone=zone, status__in=PUBLIC_STATUSES)
        .values_list("status")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return [(status, IdeaStatus(status).label, counted.get(status, 0)) for status in PUBLIC_STATUSES]


def need_counts(zone, needs):
    counted = dict(
        Idea.objects.filter(zone=zone, status__in=PUBLIC_STATUSES, need__isnull=False)
        .values_list("need__translation_key")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return [(finding, counted.get(key, 0)) for key, finding in needs.items()]
