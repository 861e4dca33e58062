"""Listing pages run a fixed number of queries whatever the amount of content."""

from datetime import timedelta

import pytest

from tests.factories.forum import (
    EventIndexPageFactory,
    EventPageFactory,
    ForumPageFactory,
    RoomFactory,
    SessionPageFactory,
    SessionSpeakerFactory,
    SpeakerFactory,
    fix_clock,
    warsaw,
)
from tests.factories.home import translate
from tests.factories.zones import ZoneIndexPageFactory, ZonePageFactory
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db


def assert_same_queries(client, url, expected, django_assert_num_queries):
    client.get(url)
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200


@pytest.fixture
def agenda(home, locales, monkeypatch):
    fix_clock(monkeypatch, warsaw(2030, 5, 1, 12))
    index = EventIndexPageFactory(parent=home)
    translate(index, locales["en"], title="Agenda", slug="agenda")
    zone_index = ZoneIndexPageFactory(parent=home)
    return index, zone_index


def add_events(index, zone_index, locales, count):
    zones = [ZonePageFactory(parent=zone_index) for _ in range(2)]
    for number in range(count):
        event = EventPageFactory(
            parent=index,
            zone=zones[number % 2],
            start=warsaw(2030, 5, 2, 18) + timedelta(days=number),
            repeat="weekly" if number % 3 == 0 else "",
            repeat_count=3 if number % 3 == 0 else None,
        )
        translate(event, locales["en"], title=f"Event {number}")


@pytest.mark.parametrize("path", ["/en/agenda/", "/en/agenda/2030/5/", "/en/agenda/past/", "/en/"])
def test_agenda_views_use_the_same_number_of_queries_for_few_and_many_events(
    client, agenda, locales, path, django_assert_num_queries
):
    index, zone_index = agenda
    add_events(index, zone_index, locales, 2)
    few = queries_for(client, path)
    add_events(index, zone_index, locales, 12)
    assert_same_queries(client, path, few, django_assert_num_queries)


@pytest.fixture
def forum(home, locales, monkeypatch):
    fix_clock(monkeypatch, warsaw(2030, 5, 18, 10, 30))
    forum = ForumPageFactory(parent=home)
    for name in ("A", "B", "C"):
        RoomFactory(forum=forum, name=name)
    translate(forum, locales["en"], title="Forum", slug="forum")
    return forum


def add_sessions(forum, locales, anna, count, first_hour):
    rooms = list(forum.rooms.all())
    for number in range(count):
        start = warsaw(2030, 5, 18, first_hour + number // 3)
        session = SessionPageFactory(
            parent=forum, room=rooms[number % 3], start=start, end=start + timedelta(hours=1)
        )
        SessionSpeakerFactory(session=session, speaker=anna, sort_order=0)
        SessionSpeakerFactory(session=session, speaker=SpeakerFactory(), sort_order=1)
        translate(session, locales["en"], title=f"Session {number}")


@pytest.mark.parametrize("route", ["", "timetable/", "now/", "speakers/", "speakers/anna/"])
def test_programme_views_use_the_same_number_of_queries_for_few_and_many_sessions(
    client, forum, locales, route, django_assert_num_queries
):
    anna = SpeakerFactory(slug="anna")
    add_sessions(forum, locales, anna, 3, 9)
    few = queries_for(client, f"/en/forum/{route}")
    add_sessions(forum, locales, anna, 12, 12)
    assert_same_queries(client, f"/en/forum/{route}", few, django_assert_num_queries)


def test_session_page_query_count_does_not_grow_with_its_speakers(
    client, forum, locales, django_assert_num_queries
):
    session = SessionPageFactory(parent=forum, room=forum.rooms.first())
    SessionSpeakerFactory(session=session, speaker=SpeakerFactory())
    few = queries_for(client, session.url)
    for order in range(1, 6):
        SessionSpeakerFactory(session=session, speaker=SpeakerFactory(), sort_order=order)
    assert_same_queries(client, session.url, few, django_assert_num_queries)
