"""The all-events calendar feed's figures for the bench table: its build with nothing kept, a cold
build (a new worker: kept entries, empty caches), the build after one event changed, and the 304
answer to a calendar app's conditional poll.

`python -m bench.feed` (with the bench environment) measures them in-process with Django's test
client, inside a transaction it rolls back, so the bench database stays as it was built, and
prints them as JSON; `figures(database)` runs it and returns them. Each figure is the median of
ROUNDS requests (the first build is one request), in milliseconds, with its SQL query count.
"""

import json
import statistics
import subprocess
import sys
import time

from bench import DATABASES, PYTHON, ROOT, bench_env

ROUNDS = 5


def figures(database=DATABASES["large"]):
    """{"first build"|"cold"|"one change"|"304": {"ms", "queries", "status"}, "events": n}."""
    env = bench_env(database, 0, DATABASE_CONN_MAX_AGE=600)
    done = subprocess.run(
        [PYTHON, "-m", "bench.feed"], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def summary(found):
    """The figures as one line of the bench's report."""
    parts = [
        f"{label} {found[name]['ms']:g} ms (SQL queries: {found[name]['queries']})"
        for name, label in (
            ("first build", "built with nothing kept"),
            ("cold", "cold (new worker)"),
            ("one change", "after one event changed"),
            ("304", "304"),
        )
    ]
    return f"All-events feed, {found['events']} events: " + ", ".join(parts) + "."


def _timed(client, path, **headers):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    began = time.perf_counter()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, **headers)
    return response, (time.perf_counter() - began) * 1000, len(captured)


def _median(samples):
    """The median time of (response, ms, queries) samples, with the last one's status and queries."""
    response, _, queries = samples[-1]
    ms = statistics.median(sample[1] for sample in samples)
    return {"ms": round(ms, 1), "queries": queries, "status": response.status_code}


def measure():
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import transaction
    from django.test import Client
    from django.urls import reverse
    from django.utils import translation

    from forum.models import CalendarStamp, EventPage

    with translation.override("pl"):
        path = reverse("calendar_events")
        # The URL resolvers a worker fills on its first pages, so no figure carries that.
        reverse("wagtail_serve", args=("",))
    client = Client()
    found = {}
    with transaction.atomic():
        client.get(path, {"type": "forum"})
        CalendarStamp.objects.update(feed_entry_key="")
        cache.clear()
        first = _timed(client, path)
        found["first build"] = _median([first])
        found["events"] = first[0].content.count(b"BEGIN:VEVENT")
        cold = []
        for _ in range(ROUNDS):
            cache.clear()
            cold.append(_timed(client, path))
        found["cold"] = _median(cold)
        listed = list(
            EventPage.objects.live().filter(locale__language_code="pl", span_start__isnull=False)[:ROUNDS]
        )
        changed = []
        for event in listed:
            event.title = f"{event.title} (zmiana)"
            event.save_revision().publish()
            changed.append(_timed(client, path))
        found["one change"] = _median(changed)
        etag = changed[-1][0]["ETag"]
        found["304"] = _median([_timed(client, path, HTTP_IF_NONE_MATCH=etag) for _ in range(ROUNDS * 4)])
        transaction.set_rollback(True)
    return found


if __name__ == "__main__":
    print(json.dumps(measure()))
    sys.exit(0)
