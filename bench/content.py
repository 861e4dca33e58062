"""The bench site's content, built with the site's own models and Wagtail's page tree.

bench/dataset.py calls `build` inside one transaction with the dummy task backend. Pages are added
with `parent.add_child(instance=...)` and are live at once (no revisions): the bench measures what
a visitor gets, not the editor's history, and a revision per page would double the build time.
The words and numbers are fixed, so two builds of one size serve the same pages.
"""

import datetime
from decimal import Decimal

from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from demo.toolkit import ensure_locales, publish
from forum.agenda.recurrence import WARSAW
from forum.models import EventIndexPage, EventPage, ForumPage, Room, SessionPage, SessionSpeaker, Speaker
from home.models import HomePage, SiteSettings, StandardPage
from zones.models import (
    LocalLeader,
    NeedsFinding,
    OpeningHours,
    StoryIndexPage,
    StoryPage,
    StoryTag,
    StoryTopic,
    ZoneIndexPage,
    ZonePage,
)

EVENT_TYPES = ("meeting", "workshop", "training", "local_action")
SESSION_KINDS = ("talk", "workshop", "panel")
STORY_TAGS = ("seniorzy", "ogrod", "warsztaty", "dzieci")


def warsaw(year, month, day, hour=0, minute=0):
    """An aware datetime in Polish time, the zone the agenda and the programme speak."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=WARSAW)


def child(parent, model, **fields):
    """A live page of `model` under `parent`."""
    page = model(**fields)
    parent.add_child(instance=page)
    return page


def paragraph(html):
    return [("paragraph", RichText(html))]


def translated(page, locales, **per_language):
    """`page` with live English and Ukrainian translations, by language code, so every language's
    menu and index pages exist as on the real site; `per_language` maps "en"/"uk" to field values."""
    pages = {"pl": page}
    for code in ("en", "uk"):
        translation = page.copy_for_translation(locales[code])
        for name, value in per_language.get(code, {}).items():
            setattr(translation, name, value)
        translation.save()
        pages[code] = publish(translation)
    return pages


def build(size):
    """The whole bench site for `size` (a row of bench.dataset.SIZES), on an emptied page tree."""
    locales = ensure_locales()
    homes = home_pages(locales)
    zone_index = section(
        homes, locales, ZoneIndexPage, "Strefy", "Sześć stref w filiach biblioteki.", "Zones", "Зони"
    )
    section(homes, locales, StoryIndexPage, "Historie", "Historie ze stref.", "Stories", "Історії")
    agenda = section(
        homes, locales, EventIndexPage, "Kalendarium", "Wydarzenia w strefach.", "Agenda", "Календар"
    )
    zones = [zone_page(zone_index, number, locales["pl"]) for number in range(size["zones"])]
    add_stories(zones, size["stories"], locales["pl"])
    add_events(agenda, zones, size["events"])
    add_forum(homes["pl"], zones[0], size["sessions"], locales["pl"])
    archive = child(
        homes["pl"], StandardPage, title="Archiwum", slug="archiwum", intro="Krótkie wprowadzenie."
    )
    for number in range(size["standard_pages"]):
        child(archive, StandardPage, title=f"Strona {number}", slug=f"strona-{number}", **standard_text())


def standard_text():
    return {"intro": "Krótkie wprowadzenie.", "body": paragraph("<p>Treść strony.</p>")}


def home_pages(locales):
    """The home page in three languages as the default site's root, and the site's settings."""
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    for page in root.get_children():
        page.delete()
    home = child(
        root, HomePage, title="Strefy Aktywności Sąsiedzkiej", slug="sas", intro="Sąsiedzi w bibliotekach."
    )
    site = Site.objects.create(
        hostname="127.0.0.1", port=80, root_page=home, is_default_site=True, site_name="SAS bench"
    )
    site_settings = SiteSettings.for_site(site)
    site_settings.funding_statement_pl = "Projekt finansowany z Funduszy EOG (bench)."
    site_settings.funding_statement_en = "Funded by the EEA Grants (bench)."
    site_settings.funding_statement_uk = "Фінансується коштами ЄЕЗ (bench)."
    site_settings.organisation_name = "SAS bench"
    site_settings.save()
    return translated(
        home,
        locales,
        en={"title": "Neighbourhood Activity Zones", "intro": "Neighbours."},
        uk={"title": "Зони сусідської активності", "intro": "Сусіди."},
    )


def section(homes, locales, model, title, intro, english, ukrainian):
    """An index page under the Polish home page, translated; returns the Polish one."""
    index = child(homes["pl"], model, title=title, slug=title.lower(), intro=intro)
    return translated(index, locales, en={"title": english}, uk={"title": ukrainian})["pl"]


def zone_page(zone_index, number, polish):
    """A zone with its opening hours, needs-finding figures and local leaders."""
    zone = child(
        zone_index,
        ZonePage,
        title=f"Strefa {number}",
        slug=f"strefa-{number}",
        intro="Strefa w bibliotece osiedlowej.",
        branch_name=f"Filia nr {number}",
        street="ul. Piotrkowska 100",
        postal_code="90-001",
        latitude=Decimal("51.75924"),
        longitude=Decimal("19.45598"),
        contact_name="Anna Nowak",
        contact_email="anna.nowak@example.org",
        contact_phone="+48 42 123 45 67",
    )
    OpeningHours.objects.bulk_create(
        OpeningHours(zone=zone, weekday=weekday, opens=datetime.time(10), closes=datetime.time(18))
        for weekday in range(5)
    )
    kinds = (NeedsFinding.NEED, NeedsFinding.NEED, NeedsFinding.RESOURCE, NeedsFinding.GROUP)
    for row, kind in enumerate(kinds):
        NeedsFinding.objects.create(
            zone=zone,
            kind=kind,
            label=f"Potrzeba {number}-{row}",
            value=10 + number * 7,
            unit="%",
            source="Ankieta wśród mieszkańców",
            year=2022,
            locale=polish,
        )
    for row in range(3):
        LocalLeader.objects.create(
            zone=zone,
            name=f"Lider {number}-{row}",
            role="Prowadzi klub seniora",
            organisation="Stowarzyszenie Sąsiedzi",
            locale=polish,
        )
    return zone


def add_stories(zones, count, polish):
    """`count` stories spread over the zones, one date each, each with one of four tags; every
    title holds "historia", the word the search row looks for (bench/queries.py)."""
    stories = [
        child(
            zones[number % len(zones)],
            StoryPage,
            title=f"Historia {number}",
            slug=f"historia-{number}",
            date=datetime.date(2022, 1, 1) + datetime.timedelta(days=number),
            author="Anna Nowak",
            intro="Krótko o tym, co się wydarzyło.",
            body=paragraph("<p>Treść historii.</p>"),
        )
        for number in range(count)
    ]
    tags = [StoryTopic.objects.create(name=name, locale=polish) for name in STORY_TAGS]
    StoryTag.objects.bulk_create(
        StoryTag(content_object_id=story.pk, tag=tags[number % len(tags)])
        for number, story in enumerate(stories)
    )


def add_events(agenda, zones, count):
    """Events over the coming year, so the agenda, its month view and the feeds all have content;
    every 20th one repeats weekly eight times."""
    today = datetime.date.today() + datetime.timedelta(days=1)
    for number in range(count):
        day = today + datetime.timedelta(days=number * 365 // count)
        start = warsaw(day.year, day.month, day.day, 10 + number % 8)
        repeats = {"repeat": "weekly", "repeat_count": 8} if number % 20 == 0 else {}
        child(
            agenda,
            EventPage,
            title=f"Spotkanie sąsiedzkie {number}",
            slug=f"spotkanie-{number}",
            intro="Porozmawiajmy o naszym osiedlu.",
            start=start,
            end=start + datetime.timedelta(hours=2),
            zone=zones[number % len(zones)],
            event_type=EVENT_TYPES[number % len(EVENT_TYPES)],
            **repeats,
        )


def add_forum(home, zone, count, polish):
    """The Forum with three rooms and `count` sessions, 30 a day in slots of 50 minutes."""
    forum = child(
        home,
        ForumPage,
        title="Forum Sąsiedzkie 2030",
        slug="forum-sasiedzkie",
        intro="Mieszkańcy, liderzy i aktywiści rozmawiają o pracy lokalnej.",
        start_date=datetime.date(2030, 5, 18),
        end_date=datetime.date(2030, 5, 19),
        venue_name="Biblioteka Miejska, Filia 1",
        venue_address="ul. Piotrkowska 100, 90-001 Łódź",
        zone=zone,
    )
    rooms = [
        Room.objects.create(forum=forum, name=f"Sala {number}", capacity=40, locale=polish)
        for number in range(3)
    ]
    speakers = [speaker(number, polish) for number in range(max(count // 2, 1))]
    for number in range(count):
        day, within = divmod(number, 30)
        slot, room = divmod(within, 3)
        start = warsaw(2030, 5, 18 + day, 9) + datetime.timedelta(minutes=50 * slot)
        session = child(
            forum,
            SessionPage,
            title=f"Sesja {number}",
            slug=f"sesja-{number}",
            kind=SESSION_KINDS[number % len(SESSION_KINDS)],
            start=start,
            end=start + datetime.timedelta(minutes=45),
            abstract="<p>O tym, jak zacząć działać lokalnie.</p>",
            room=rooms[room],
        )
        SessionSpeaker.objects.create(session=session, speaker=speakers[number % len(speakers)], sort_order=0)


def speaker(number, polish):
    return Speaker.objects.create(
        name=f"Prelegentka {number}",
        slug=f"prelegentka-{number}",
        organisation="Fundacja Sąsiedzka",
        bio="<p>Animatorka społeczności lokalnych.</p>",
        locale=polish,
    )
