"""What a search result shows besides its title (type, date, zone, excerpt), and zone filtering.

Stories sit under their zone page; events and forum sessions point at the Polish zone page
(forum.models.occasions.Occasion.zone), so a zone is matched through its translation key.
"""

from core.caching import chrome_cache
from forum.models import EventIndexPage, EventPage, SessionPage
from home.search_fields import searchable_text
from search.excerpts import highlighted_excerpt
from zones.listing import zones_by_title
from zones.models import ZoneIndexPage, ZonePage


def zone_choices(locale):
    """The live zones in the visitor's language (`locale`) by name, for the filter and for naming a
    result's zone."""
    return zones_by_title(locale.pk)


def _zone_translation_ids(zones):
    """Every translation's id of the given zones, mapped to the zone in the visitor's language."""
    by_key = {zone.translation_key: zone for zone in zones}
    translations = chrome_cache.remember(
        "zone-translations",
        *sorted(zone.pk for zone in zones),
        compute=lambda: list(
            ZonePage.objects.filter(translation_key__in=by_key).values_list("id", "translation_key")
        ),
    )
    return {zone_id: by_key[key] for zone_id, key in translations}


def zone_page_ids(zone):
    """Ids of the pages that belong to a zone: the zone page, what is under it, and its occasions."""
    zone_ids = list(_zone_translation_ids([zone]))
    ids = set(zone.get_descendants(inclusive=True).live().values_list("id", flat=True))
    for occasion_model in (EventPage, SessionPage):
        ids.update(occasion_model.objects.live().filter(zone_id__in=zone_ids).values_list("id", flat=True))
    return ids


def _zone_of(page, zones, zone_by_id):
    if getattr(page, "zone_id", None) in zone_by_id:
        return zone_by_id[page.zone_id]
    return next((zone for zone in zones if page.path.startswith(zone.path)), None)


def _date_of(page):
    """The date a visitor cares about: a story's date or an occasion's start; none for plain pages."""
    return getattr(page, "date", None) or getattr(page, "start", None) or getattr(page, "start_date", None)


def describe_results(pages, zones, query):
    zone_by_id = _zone_translation_ids(zones)
    return [
        {
            "page": page,
            "type": page._meta.verbose_name,
            "date": _date_of(page),
            "zone": _zone_of(page, zones, zone_by_id),
            "excerpt": highlighted_excerpt(page.search_description or searchable_text(page), query),
        }
        for page in pages
    ]


def suggestions(zones, locale):
    """Where to go when a search finds nothing: the agenda, the zones overview and each zone."""
    agenda = list(EventIndexPage.objects.live().filter(locale=locale)[:1])
    overview = list(ZoneIndexPage.objects.live().filter(locale=locale)[:1])
    return agenda + overview + zones
