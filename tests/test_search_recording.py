"""Recording search queries never makes a search slower: a search writes nothing to the query tables
(Wagtail's search promotions), not even the one that hands a burst of distinct queries over; the
counts reach the editors' report once the task worker has run."""

from collections import Counter
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search import hits
from tests.factories.forum import fix_clock
from tests.factories.home import StandardPageFactory

# The worker closes its database connection between tasks, as it does in production.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
QUERY_TABLES = (Query._meta.db_table, QueryDailyHits._meta.db_table)


@pytest.fixture
def worker_behind(settings, monkeypatch):
    """The database task queue, as in production: a task waits for the worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    monkeypatch.setattr(hits, "_pending", Counter())
    monkeypatch.setattr(hits, "_handed_over_at", timezone.now())


@pytest.fixture
def library_page(home):
    return StandardPageFactory(parent=home, title="Biblioteka na Teofilowie", slug="biblioteka")


def search(client, query):
    """The search's SQL statements."""
    with CaptureQueriesContext(connection) as statements:
        response = client.get("/pl/szukaj/", {"q": query})
    assert response.status_code == 200
    return [statement["sql"] for statement in statements]


def writes_to_query_tables(statements):
    return [
        sql
        for sql in statements
        if sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
        and any(t in sql for t in QUERY_TABLES)
    ]


def daily_hits():
    return dict(QueryDailyHits.objects.values_list("query__query_string", "hits"))


def test_the_counts_arrive_after_the_worker_runs_and_no_search_writes_to_the_query_tables(
    client, library_page, worker_behind, monkeypatch
):
    statements = [search(client, query) for query in ["biblioteka", "Biblioteka", "forum"]]
    fix_clock(monkeypatch, timezone.now() + timedelta(minutes=1))
    statements.append(search(client, "biblioteka"))

    assert [writes_to_query_tables(each) for each in statements] == [[], [], [], []]
    assert daily_hits() == {}, "handed to the worker, not written in the search"

    call_command("db_worker", batch=True, verbosity=0)

    assert daily_hits() == {"biblioteka": 3, "forum": 1}


def test_the_search_that_hands_over_a_burst_of_distinct_queries_costs_what_any_search_costs(
    client, library_page, worker_behind, monkeypatch
):
    ordinary = search(client, "biblioteka")
    for number in range(500):
        hits.count(f"zapytanie {number}")
    fix_clock(monkeypatch, timezone.now() + timedelta(minutes=1))

    handing_over = search(client, "biblioteka")

    assert writes_to_query_tables(handing_over) == []
    assert len(handing_over) <= len(ordinary) + 1, "one statement more: the task for the worker"
    call_command("db_worker", batch=True, verbosity=0)
    counted = daily_hits()
    assert len(counted) == 501
    assert counted["biblioteka"] == 2 and counted["zapytanie 499"] == 1


def test_a_second_hand_over_adds_to_the_days_counts(client, library_page, worker_behind, monkeypatch):
    for minutes in (1, 2):
        search(client, "forum")
        fix_clock(monkeypatch, timezone.now() + timedelta(minutes=minutes))
    search(client, "forum")
    call_command("db_worker", batch=True, verbosity=0)

    assert daily_hits() == {"forum": 3}
