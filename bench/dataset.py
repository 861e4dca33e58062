"""Build a bench database with the site's own models (bench/content.py): `python -m bench.dataset large|small`.

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

    from bench import content

    with transaction.atomic():
        content.build(SIZES[size])


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
    """Keep a complete, recent database of `size` as it is; otherwise build it from scratch."""
    started = time.perf_counter()
    database = database_path()
    database.parent.mkdir(parents=True, exist_ok=True)
    stamp = read_stamp(database, size)
    if stamp is None:
        fresh_database(database)

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    if stamp is not None and keep(database, size, stamp):
        return
    build_afresh(database, size, started, rebuild=stamp is not None)


def keep(database, size, stamp):
    """Whether the stamped database still holds the whole dataset; its search index and planner
    statistics are brought up to date when it does (a migration may have changed the index)."""
    from django.core.management import call_command

    from home.search_fields import search_index_is_current

    found = counts()
    if not complete(size, found):
        return False
    print(
        f"bench dataset {size}: {database.name} is complete {found}; kept "
        f"(built in {stamp['seconds']:.0f} s on {stamp['built'][:16]} UTC)"
    )
    if not search_index_is_current():
        print(f"bench dataset {size}: search index out of date; update_index", flush=True)
        call_command("update_index", verbosity=0)
    analyse()
    return True


def build_afresh(database, size, started, rebuild):
    """Build the pages on a migrated empty database, index them once, and stamp the result.
    `rebuild`: an incomplete stamped database is emptied and migrated again first."""
    from django.core.management import call_command
    from django.db import connection

    if rebuild:
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
    write_stamp(database, size, indexed - started, found)
    print(
        f"bench dataset {size}: built {found} in {indexed - started:.1f} s (migrate {migrated - started:.1f} s, "
        f"pages {built - migrated:.1f} s, search index {indexed - built:.1f} s)"
    )


def write_stamp(database, size, seconds, found):
    """The stamp that lets the next run keep this database (read_stamp) and that run.py reports."""
    stamp = {
        "version": STAMP_VERSION,
        "size": size,
        "built": datetime.datetime.now(datetime.UTC).isoformat(),
        "seconds": seconds,
        "counts": found,
    }
    stamp_path(database).write_text(json.dumps(stamp))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "large")
