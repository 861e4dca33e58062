"""The next events on the home page and on each zone's page, without home or zones importing forum."""

from wagtail import hooks

from forum import agenda, clock
from forum.models import EventIndexPage, EventPage

SHOWN = 3


def _events(page):
    return EventPage.objects.live().filter(locale_id=page.locale_id).select_related("zone", "locale")


def _section(page, events, subscribe=False):
    found = agenda.next_occurrences(events, SHOWN, clock.now())
    agenda_page = EventIndexPage.objects.live().filter(locale_id=page.locale_id).first()
    return "forum/includes/upcoming_events.html", {
        "events": found,
        "agenda": agenda_page,
        "subscribe": subscribe,
    }


@hooks.register("page_sections:home")
def upcoming_on_home(request, page):
    return _section(page, _events(page))


@hooks.register("page_sections:zone")
def upcoming_in_zone(request, page):
    """Events link to the zone's page in any language; they are matched across translations."""
    return _section(page, _events(page).filter(zone__translation_key=page.translation_key), subscribe=True)
