"""What a search result shows besides its title: type, date, zone and an excerpt."""

from wagtail.models import Locale

from home.search_folding import searchable_text
from search.excerpts import highlighted_excerpt
from zones.models import ZoneIndexPage, ZonePage


def zone_choices():
    """The live zones in the visitor's language, for the filter and for naming a result's zone."""
    return list(ZonePage.objects.live().filter(locale=Locale.get_active()).order_by("title"))


def zone_page_ids(zone):
    """Ids of the pages that belong to a zone: the zone page and everything under it."""
    return zone.get_descendants(inclusive=True).live().values_list("id", flat=True)


def _zone_of(page, zones):
    by_id = {zone.id: zone for zone in zones}
    if getattr(page, "zone_id", None) in by_id:
        return by_id[page.zone_id]
    return next((zone for zone in zones if page.path.startswith(zone.path)), None)


def _date_of(page):
    """The date a visitor cares about: a story's date or an event's start; none for plain pages."""
    return getattr(page, "date", None) or getattr(page, "start", None)


def describe_results(pages, zones, query):
    return [
        {
            "page": page,
            "type": page._meta.verbose_name,
            "date": _date_of(page),
            "zone": _zone_of(page, zones),
            "excerpt": highlighted_excerpt(page.search_description or searchable_text(page), query),
        }
        for page in pages
    ]


def suggestions(zones):
    """Where to go when a search finds nothing: the zones overview and each zone."""
    overview = list(ZoneIndexPage.objects.live().filter(locale=Locale.get_active())[:1])
    return overview + zones
