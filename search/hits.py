"""How often each query is searched for, for the editors' report of the most frequent queries
(Wagtail's search promotions: Query and QueryDailyHits), counted in memory and written by the task
worker, never in a search.

Writing each hit as it happens made every search a write transaction: on SQLite the searches of
all workers queued for the one write lock, on PostgreSQL each waited for its commit to reach the
disk, and a search answered at half the rate. Writing a minute's counts in the search that found
them due was no better for that one search: after a burst of distinct queries it waited up to 1.8 s
for a row per query. So each process adds up its searches in memory and, with the first search a
minute or more after its last hand-over, hands them to the task worker in one small task (a single
row, however many queries it counts); the worker writes them in one transaction. The
report lags by a minute or so plus the worker's poll; what a process counted after its last
hand-over is lost when it stops, which a count of searches can afford.
"""

import threading
from collections import Counter
from datetime import date, timedelta

from django.db import transaction
from django.db.models import F
from django_tasks import task
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from core import clock

HAND_OVER_EVERY = timedelta(minutes=1)

_lock = threading.Lock()
_pending = Counter()
_handed_over_at = clock.now()


def count(query):
    """Count one search for `query`; hand the counts to the worker when a minute has passed since
    the last hand-over. Nothing here reads or writes the query tables."""
    global _handed_over_at
    now = clock.now()
    with _lock:
        _pending[(normalise_query_string(query), now.date().isoformat())] += 1
        if now - _handed_over_at < HAND_OVER_EVERY:
            return
        batch = [[query, day, searches] for (query, day), searches in _pending.items()]
        _pending.clear()
        _handed_over_at = now
    record_searches.enqueue(batch)


@task()
def record_searches(batch):
    """Add the counted searches, [[query, ISO day, searches], ...], to each query's daily hits: the
    missing queries and days are made in two statements, then each count is added in place (another
    worker may be adding to the same row)."""
    strings = {query for query, _day, _searches in batch}
    with transaction.atomic():
        Query.objects.bulk_create([Query(query_string=query) for query in strings], ignore_conflicts=True)
        ids = dict(Query.objects.filter(query_string__in=strings).values_list("query_string", "id"))
        days = [QueryDailyHits(query_id=ids[query], date=date.fromisoformat(day)) for query, day, _s in batch]
        QueryDailyHits.objects.bulk_create(days, ignore_conflicts=True)
        for query, day, searches in batch:
            QueryDailyHits.objects.filter(query_id=ids[query], date=day).update(hits=F("hits") + searches)
