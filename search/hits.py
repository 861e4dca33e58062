"""How often each query is searched for, for the editors' report of the most frequent queries
(Wagtail's search promotions: Query and QueryDailyHits), counted in memory and written once a
minute.

Writing each hit as it happens made every search a write transaction: on SQLite the searches of
all workers queued for the one write lock, on PostgreSQL each waited for its commit to reach the
disk, and a search answered at half the rate. So each process adds up its searches and writes them
together, in one transaction, with the first search a minute or more after its last write. The
report lags by a minute or so; what a process counted after its last write is lost when it stops,
which a count of searches can afford.
"""

import threading
from collections import Counter
from datetime import timedelta

from django.db import transaction
from django.db.models import F
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from home import clock

WRITE_EVERY = timedelta(minutes=1)

_lock = threading.Lock()
_pending = Counter()
_written_at = clock.now()


def count(query):
    """Count one search for `query`, and write the counts when a minute has passed since the last write."""
    global _written_at
    now = clock.now()
    with _lock:
        _pending[(normalise_query_string(query), now.date())] += 1
        if now - _written_at < WRITE_EVERY:
            return
        batch = dict(_pending)
        _pending.clear()
        _written_at = now
    write(batch)


def write(batch):
    """Add the counted searches, {(query, day): searches}, to each query's daily hits."""
    with transaction.atomic():
        for (query, day), searches in batch.items():
            daily, _created = QueryDailyHits.objects.get_or_create(query=Query.get(query), date=day)
            QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + searches)
