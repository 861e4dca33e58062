"""Find the benchmarked URLs in a bench database and count SQL queries per page.

`python -m bench.queries` (with the bench environment: production settings, PAGE_CACHE_SECONDS=0)
prints JSON: {"urls": {name: path or null}, "queries": {name: count}, "status": {name: code},
"notes": [...], "sql": {name: [statements]}, "ms": {name: median render time}}. Each page is
requested once to warm the process, then counted on a second request with
CaptureQueriesContext, which counts whatever DEBUG says, then timed over RENDERS requests.
"""

import datetime
import json
import statistics
import sys
import time

SEARCH_TERMS = "historia"
# Uncached renders timed per page; their median is the in-process render time.
RENDERS = 5


def discover():
    from django.templatetags.static import static
    from django.urls import reverse
    from django.utils import timezone, translation
    from wagtail.models import Locale

    from forum.models import EventIndexPage, EventPage, ForumPage
    from zones.models import StoryIndexPage, StoryPage, ZoneIndexPage, ZonePage

    polish = Locale.objects.get(language_code="pl")
    notes = []
    live = {"locale": polish, "live": True}
    home_path = "/pl/"
    zone = ZonePage.objects.filter(**live).order_by("path").first()
    zone_index = ZoneIndexPage.objects.filter(**live).first()
    story_index = StoryIndexPage.objects.filter(**live).first()
    story = StoryPage.objects.filter(**live).order_by("-date", "-pk").first()
    event_index = EventIndexPage.objects.filter(**live).first()
    event = EventPage.objects.filter(**live, span_start__gte=timezone.now()).order_by("span_start").first()
    forum = ForumPage.objects.filter(**live).first()
    next_month = timezone.localdate() + datetime.timedelta(days=31)
    with translation.override("pl"):
        urls = {
            "home": home_path,
            "zone page": zone.url if zone else None,
            "zone index": zone_index.url if zone_index else None,
            "story index": story_index.url if story_index else None,
            "story page": story.url if story else None,
            "agenda": event_index.url if event_index else None,
            "month view": (
                event_index.url
                + event_index.reverse_subpage("month", args=(next_month.year, next_month.month))
                if event_index
                else None
            ),
            "timetable": forum.url + forum.reverse_subpage("timetable") if forum else None,
            "event page": event.url if event else None,
            "search": f"{reverse('search')}?q={SEARCH_TERMS}",
            "all-events feed": reverse("calendar_events"),
            "feed 304": reverse("calendar_events"),
        }
    urls["static CSS"] = static("css/site.css")
    return urls, notes


def _render_ms(client, path, headers):
    began = time.perf_counter()
    client.get(path, **headers)
    return (time.perf_counter() - began) * 1000


def count(urls):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    queries, status, etags, sql, milliseconds = {}, {}, {}, {}, {}
    for name, path in urls.items():
        if path is None or name == "static CSS":
            continue
        headers = {}
        if name == "feed 304":
            if not etags.get("all-events feed"):
                status[name] = "no ETag"
                continue
            headers["HTTP_IF_NONE_MATCH"] = etags["all-events feed"]
        client.get(path, **headers)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path, **headers)
        # Read before the next request: each request empties the connection's query log.
        queries[name] = len(captured.captured_queries)
        sql[name] = [query["sql"] for query in captured.captured_queries]
        milliseconds[name] = round(
            statistics.median(_render_ms(client, path, headers) for _ in range(RENDERS)), 1
        )
        status[name] = response.status_code
        if response.has_header("ETag"):
            etags[name] = response["ETag"]
    return queries, status, etags, sql, milliseconds


def main():
    import django

    django.setup()
    urls, notes = discover()
    queries, status, etags, sql, milliseconds = count(urls)
    print(
        json.dumps(
            {
                "urls": urls,
                "queries": queries,
                "status": status,
                "etags": etags,
                "notes": notes,
                "sql": sql,
                "ms": milliseconds,
            }
        )
    )


if __name__ == "__main__":
    sys.exit(main())
