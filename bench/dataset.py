"""Build a bench database with the project's test factories: `python -m bench.dataset large|small`.

Run by bench/run.py with the bench environment (bench_env), so DATABASE_URL names a file under
out/ and never db.sqlite3, or the bench's own PostgreSQL database (BENCH_POSTGRES_URL), whose stamp
is out/bench-postgres.json. "large" has 6 zones, 2,000 stories, 1,000 events, a Forum with 60
sessions and 5,000 pages in all; "small" has the same structure with 10 items per list. A database
whose stamp (<file>.json) matches its size and is less than a week old is kept as it is.

The build is kept cheap: one transaction, the dummy task backend (so saving a page does not index
it one by one), then one `update_index` at the end.
"""

import datetime
import json
import os
import shutil
import sys
import time
from pathlib import Path

SIZES = {
    "large": {"zones": 6, "stories": 2000, "events": 1000, "sessions": 60, "standard_pages": 1920},
    "small": {"zones": 6, "stories": 10, "events": 10, "sessions": 10, "standard_pages": 10},
}
MIN_PAGES = {"large": 5000, "small": 0}
STAMP_VERSION = 1
MAX_AGE = datetime.timedelta(days=7)
MIGRATED = "bench-migrated.sqlite3"


def on_postgres():
    return os.environ["DATABASE_URL"].startswith("postgres")


def database_path():
    """The SQLite file; for PostgreSQL a name under out/ that only carries the stamp's name."""
    url = os.environ["DATABASE_URL"]
    if on_postgres():
        return Path(__file__).resolve().parent.parent / "out" / "bench-postgres"
    if not url.startswith("sqlite:///"):
        raise SystemExit("bench.dataset builds SQLite and PostgreSQL databases only")
    path = Path(url.removeprefix("sqlite:///"))
    if path.name == "db.sqlite3":
        raise SystemExit("bench.dataset refuses to touch db.sqlite3")
    return path


def stamp_path(database):
    return database.with_name(database.name + ".json")


def read_stamp(database, size):
    """The stamp of a complete, recent database of this size, or None."""
    try:
        stamp = json.loads(stamp_path(database).read_text())
        built = datetime.datetime.fromisoformat(stamp["built"])
    except (OSError, ValueError, KeyError):
        return None
    fresh = datetime.datetime.now(datetime.UTC) - built < MAX_AGE
    if stamp.get("version") != STAMP_VERSION or stamp.get("size") != size or not fresh:
        return None
    return stamp


def counts():
    from wagtail.models import Page

    from forum.models import EventPage, SessionPage
    from zones.models import StoryPage, ZonePage

    return {
        "pages": Page.objects.count(),
        "zones": ZonePage.objects.count(),
        "stories": StoryPage.objects.count(),
        "events": EventPage.objects.count(),
        "sessions": SessionPage.objects.count(),
    }


def complete(size, found):
    wanted = SIZES[size]
    return (
        found["zones"] >= wanted["zones"]
        and found["stories"] >= wanted["stories"]
        and found["events"] >= wanted["events"]
        and found["sessions"] >= wanted["sessions"]
        and found["pages"] >= MIN_PAGES[size]
    )


def build(size):
    """Create the whole site; returns nothing, raises on any error (the transaction rolls back)."""
    from django.db import transaction

    with transaction.atomic():
        _build(SIZES[size])


def _build(size):
    from wagtail.models import Page, Site

    from demo.toolkit import ensure_locales
    from home.models import SiteSettings
    from tests.factories.forum import (
        EventIndexPageFactory,
        EventPageFactory,
        ForumPageFactory,
        RoomFactory,
        SessionPageFactory,
        SessionSpeakerFactory,
        SpeakerFactory,
        warsaw,
    )
    from tests.factories.home import HomePageFactory, StandardPageFactory, translate
    from tests.factories.zones import (
        LocalLeaderFactory,
        NeedsFindingFactory,
        OpeningHoursFactory,
        StoryPageFactory,
        ZonePageFactory,
        story_indexes,
        translated,
        zone_indexes,
    )
    from zones.models import NeedsFinding, StoryTag, StoryTopic

    locales = ensure_locales()
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    for page in root.get_children():
        page.delete()
    home = HomePageFactory(parent=root)
    site = Site.objects.create(
        hostname="127.0.0.1", port=80, root_page=home, is_default_site=True, site_name="SAS bench"
    )
    homes = {
        "pl": home,
        "en": translate(home, locales["en"], title="Neighbourhood Activity Zones", intro="Neighbours."),
        "uk": translate(home, locales["uk"], title="Зони сусідської активності", intro="Сусіди."),
    }
    site_settings = SiteSettings.for_site(site)
    site_settings.funding_statement_pl = "Projekt finansowany z Funduszy EOG (bench)."
    site_settings.funding_statement_en = "Funded by the EEA Grants (bench)."
    site_settings.funding_statement_uk = "Фінансується коштами ЄЕЗ (bench)."
    site_settings.organisation_name = "SAS bench"
    site_settings.save()

    zone_index = zone_indexes(homes, locales)["pl"]
    story_indexes(homes, locales)
    event_index = EventIndexPageFactory(parent=home)
    translated(event_index, locales, en={"title": "Agenda"}, uk={"title": "Календар"})

    zones = []
    for number in range(size["zones"]):
        zone = ZonePageFactory(parent=zone_index)
        for weekday in range(5):
            OpeningHoursFactory(zone=zone, weekday=weekday)
        for kind in (NeedsFinding.NEED, NeedsFinding.NEED, NeedsFinding.RESOURCE, NeedsFinding.GROUP):
            NeedsFindingFactory(zone=zone, kind=kind, value=10 + number * 7, locale=locales["pl"])
        for _ in range(3):
            LocalLeaderFactory(zone=zone, locale=locales["pl"])
        zones.append(zone)

    stories = [StoryPageFactory(parent=zones[i % len(zones)]) for i in range(size["stories"])]
    tags = [
        StoryTopic.objects.create(name=name, locale=locales["pl"])
        for name in ("seniorzy", "ogrod", "warsztaty", "dzieci")
    ]
    StoryTag.objects.bulk_create(
        StoryTag(content_object_id=story.pk, tag=tags[i % len(tags)]) for i, story in enumerate(stories)
    )

    # Events over the coming year, so the agenda, its month view and the feeds all have content;
    # every 20th one repeats weekly eight times.
    today = datetime.date.today() + datetime.timedelta(days=1)
    event_types = ("meeting", "workshop", "training", "local_action")
    for i in range(size["events"]):
        day = today + datetime.timedelta(days=i * 365 // size["events"])
        fields = {}
        if i % 20 == 0:
            fields = {"repeat": "weekly", "repeat_count": 8}
        EventPageFactory(
            parent=event_index,
            start=warsaw(day.year, day.month, day.day, 10 + i % 8),
            zone=zones[i % len(zones)],
            event_type=event_types[i % len(event_types)],
            **fields,
        )

    forum = ForumPageFactory(parent=home, zone=zones[0])
    rooms = [RoomFactory(forum=forum, locale=locales["pl"]) for _ in range(3)]
    speakers = [SpeakerFactory(locale=locales["pl"]) for _ in range(max(size["sessions"] // 2, 1))]
    kinds = ("talk", "workshop", "panel")
    for i in range(size["sessions"]):
        day, within = divmod(i, 30)
        slot, room = divmod(within, 3)
        start = warsaw(2030, 5, 18 + day, 9) + datetime.timedelta(minutes=50 * slot)
        session = SessionPageFactory(
            parent=forum,
            start=start,
            end=start + datetime.timedelta(minutes=45),
            room=rooms[room],
            kind=kinds[i % len(kinds)],
        )
        SessionSpeakerFactory(session=session, speaker=speakers[i % len(speakers)], sort_order=0)

    archive = StandardPageFactory(parent=home, title="Archiwum", slug="archiwum")
    for _ in range(size["standard_pages"]):
        StandardPageFactory(parent=archive)


def empty_postgres():
    """Create the bench database when missing and empty it (only ever the one in DATABASE_URL)."""
    import psycopg
    from psycopg import sql

    url = os.environ["DATABASE_URL"]
    server, name = url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    with psycopg.connect(url, autocommit=True) as database:
        database.execute("DROP SCHEMA public CASCADE")
        database.execute("CREATE SCHEMA public")


def analyse():
    """Planner statistics now, not when autovacuum gets round to it: without them PostgreSQL takes
    the 5,000 pages for a handful and plans a search as nested loops that run for minutes."""
    from django.db import connection

    if on_postgres():
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def fresh_database(database):
    """Start from the migrated empty database left by an earlier build, if any (migrating from
    nothing takes most of a minute on a busy machine)."""
    stamp_path(database).unlink(missing_ok=True)
    if on_postgres():
        empty_postgres()
        return
    database.unlink(missing_ok=True)
    template = database.with_name(MIGRATED)
    if template.exists():
        shutil.copyfile(template, database)


def main(size):
    started = time.perf_counter()
    database = database_path()
    database.parent.mkdir(parents=True, exist_ok=True)
    stamp = read_stamp(database, size)
    if stamp is None:
        fresh_database(database)

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", interactive=False, verbosity=0)
    if stamp is not None:
        found = counts()
        if complete(size, found):
            print(
                f"bench dataset {size}: {database.name} is complete {found}; kept "
                f"(built in {stamp['seconds']:.0f} s on {stamp['built'][:16]} UTC)"
            )
            from home.search_folding import search_index_is_current

            if not search_index_is_current():
                print(f"bench dataset {size}: search index out of date; update_index", flush=True)
                call_command("update_index", verbosity=0)
            analyse()
            return
        connection.close()
        fresh_database(database)
        call_command("migrate", interactive=False, verbosity=0)
    connection.close()
    if not on_postgres():
        shutil.copyfile(database, database.with_name(MIGRATED))
    migrated = time.perf_counter()

    print(f"bench dataset {size}: building {database.name} ...", flush=True)
    build(size)
    built = time.perf_counter()
    call_command("update_index", verbosity=0)
    analyse()
    indexed = time.perf_counter()
    found = counts()
    seconds = indexed - started
    stamp_path(database).write_text(
        json.dumps(
            {
                "version": STAMP_VERSION,
                "size": size,
                "built": datetime.datetime.now(datetime.UTC).isoformat(),
                "seconds": seconds,
                "counts": found,
            }
        )
    )
    print(
        f"bench dataset {size}: built {found} in {seconds:.1f} s (migrate {migrated - started:.1f} s, "
        f"pages {built - migrated:.1f} s, search index {indexed - built:.1f} s)"
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "large")
