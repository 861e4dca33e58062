"""Whatever an editor types into an event or a Forum session, every calendar file holds it as
iCalendar text that icalendar, vobject and recurring-ical-events all read back: the single download,
the all-events feed, the personal feed and the Forum's feed of one room. The generated text and what
iCalendar may make of it: tests/editor_text.py."""

from datetime import date

import icalendar
import pytest
import recurring_ical_events
import vobject
from hypothesis import given
from hypothesis import strategies as st

from forum.calendars import ical
from forum.models import Status
from forum.registrations import links
from tests.addresses import url_in
from tests.editor_text import EVENT_TEXT, FORUM_TEXT, SESSION_TEXT, as_icalendar, edit, example, text
from tests.factories.forum import (
    ForumPageFactory,
    RoomFactory,
    SessionPageFactory,
    confirmed_booking,
    open_workshop,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def read(content):
    """The calendar as icalendar reads it, once vobject and recurring-ical-events have read it too;
    vobject reads each event's text exactly as icalendar does."""
    data = icalendar.Calendar.from_ical(content)
    recurring_ical_events.of(data).between(date(2029, 1, 1), date(2032, 1, 1))
    other = {item.uid.value: item for item in vobject.readOne(content.decode()).vevent_list}
    for entry in data.walk("VEVENT"):
        theirs = other[str(entry["uid"])]
        for name in ("summary", "description", "location"):
            if name in entry:
                assert getattr(theirs, name).value == str(entry[name])
    return data


def entry_of(data, page):
    (entry,) = [item for item in data.walk("VEVENT") if item["uid"] == ical.uid(page)]
    return entry


def only_entry(data):
    (entry,) = data.walk("VEVENT")
    return entry


def assert_shows(entry, page):
    """`entry` shows what the editor typed into `page` (and its Forum's venue, for a session)."""
    assert as_icalendar(page.title) in str(entry["summary"])
    description = str(entry["description"])
    assert as_icalendar(page.get_meta_description()) in description
    if page.status != Status.SCHEDULED:
        assert as_icalendar(page.status_reason) in description
    assert as_icalendar(page.accessibility_notes) in description
    place = str(entry.get("location", ""))
    assert as_icalendar(page.venue_label) in place and as_icalendar(page.venue_full_address) in place


@pytest.fixture
def workshop(agenda):
    return open_workshop(agenda, capacity=5)


@given(fields=EVENT_TEXT)
def test_an_events_text_reaches_each_of_its_calendars(client, workshop, fields):
    with example():
        confirmed_booking(workshop, "anna@example.org")
        workshop = edit(workshop, fields)
        token = links.personal_calendar("anna@example.org").token

        single = client.get(url_in("pl", "calendar_occasion", workshop.pk))
        assert single.status_code == 200
        data = read(single.content)
        assert str(data["name"]) == str(data["x-wr-calname"]) == as_icalendar(workshop.title)
        summary = as_icalendar(workshop.get_meta_description() or workshop.title)
        assert str(data["description"]) == str(data["x-wr-caldesc"]) == summary
        assert_shows(only_entry(data), workshop)

        for feed in (url_in("pl", "calendar_events"), url_in("pl", "calendar_personal", token)):
            response = client.get(feed)
            assert response.status_code == 200
            assert_shows(entry_of(read(response.content), workshop), workshop)


@pytest.fixture
def session(home, agenda):
    forum = ForumPageFactory(parent=home)
    room = RoomFactory(forum=forum)
    return SessionPageFactory(parent=forum, room=room)


@given(fields=st.fixed_dictionaries(SESSION_TEXT), forum_fields=FORUM_TEXT, room_name=text(100, min_size=1))
def test_a_sessions_text_reaches_the_forum_feed(client, session, fields, forum_fields, room_name):
    with example():
        forum = edit(session.get_parent().specific, forum_fields)
        session = edit(session, fields)
        room = session.room
        room.name = room_name
        room.save()

        response = client.get(url_in("pl", "calendar_forum", forum.pk), {"room": room.pk})

        assert response.status_code == 200
        data = read(response.content)
        assert str(data["name"]) == as_icalendar(f"{forum.title} · {room_name}")
        assert_shows(entry_of(data, session), session)
