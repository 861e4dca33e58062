"""Pages that show something time-dependent say how long it stays true, and the page cache keeps them
no longer: with a fixed clock, the first request after the boundary shows the new state. (The same
through a real Varnish is in test_front_cache.py.)"""

from datetime import timedelta

import pytest
from django.utils.cache import get_max_age

from core.caching.page_cache import invalidate
from tests.factories.forum import EventPageFactory, fix_clock, open_workshop, warsaw

NOON = warsaw(2030, 5, 1, 12)
WORKSHOP = "/pl/kalendarium/warsztaty/"
AGENDA = "/pl/kalendarium/"


@pytest.fixture(autouse=True)
def page_cache_on(settings, agenda):
    settings.PAGE_CACHE_SECONDS = 600
    invalidate()


def visit(client, monkeypatch, path, moment):
    fix_clock(monkeypatch, moment)
    response = client.get(path)
    assert response.status_code == 200
    return response


def shared_max_age(response):
    directives = dict(
        part.strip().partition("=")[::2] for part in response["Cache-Control"].split(",") if part.strip()
    )
    return int(directives["s-maxage"])


def test_an_event_page_is_kept_until_its_registration_closes_and_no_longer(client, monkeypatch, agenda):
    open_workshop(agenda, registration_closes=NOON + timedelta(minutes=5))

    first = visit(client, monkeypatch, WORKSHOP, NOON)
    assert first["X-Page-Cache"] == "miss"
    assert "Zostały 2 miejsca." in first.content.decode()
    assert shared_max_age(first) == 300
    assert get_max_age(first) is None, "browsers are not told to keep it"

    last_second = visit(client, monkeypatch, WORKSHOP, NOON + timedelta(minutes=4, seconds=59))
    assert last_second["X-Page-Cache"] == "hit"
    assert shared_max_age(last_second) == 1, "a copy tells Varnish only the time it has left"

    after = visit(client, monkeypatch, WORKSHOP, NOON + timedelta(minutes=5))
    assert after["X-Page-Cache"] == "miss"
    assert "Zapisy są zamknięte." in after.content.decode()


def test_an_event_page_opens_registration_at_the_announced_moment(client, monkeypatch, agenda):
    open_workshop(agenda, registration_opens=NOON + timedelta(minutes=2))

    assert "Zapisy ruszają" in visit(client, monkeypatch, WORKSHOP, NOON).content.decode()
    opened = visit(client, monkeypatch, WORKSHOP, NOON + timedelta(minutes=2))
    assert "Zostały 2 miejsca." in opened.content.decode()


def test_the_agenda_drops_an_event_the_moment_it_ends(client, monkeypatch, agenda):
    EventPageFactory(
        parent=agenda,
        title="Kawa sąsiedzka",
        start=NOON - timedelta(hours=1),
        end=NOON + timedelta(minutes=3),
    )
    EventPageFactory(parent=agenda, title="Spacer po osiedlu", start=warsaw(2030, 5, 20, 10))

    before = visit(client, monkeypatch, AGENDA, NOON + timedelta(minutes=2)).content.decode()
    assert "Kawa sąsiedzka" in before
    assert shared_max_age(visit(client, monkeypatch, AGENDA, NOON + timedelta(minutes=2))) == 60

    after = visit(client, monkeypatch, AGENDA, NOON + timedelta(minutes=3)).content.decode()
    assert "Kawa sąsiedzka" not in after
    assert "Spacer po osiedlu" in after
    past = visit(client, monkeypatch, f"{AGENDA}minione/", NOON + timedelta(minutes=3)).content.decode()
    assert "Kawa sąsiedzka" in past


def test_a_far_boundary_is_capped_by_the_usual_lifetime(client, monkeypatch, agenda):
    open_workshop(agenda, registration_closes=NOON + timedelta(days=3))

    assert shared_max_age(visit(client, monkeypatch, WORKSHOP, NOON)) == 3600


def test_a_page_without_time_in_it_says_nothing(client, monkeypatch, home):
    response = visit(client, monkeypatch, "/pl/", NOON)

    assert "s-maxage" not in response.get("Cache-Control", "")
