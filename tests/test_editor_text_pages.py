"""Whatever an editor types into an event or a Forum session (and a resident into her registration),
the pages show it as text, never as markup: the event's and the session's page with their schema.org
data for search engines, and the check-in list in the admin. The generated text: tests/editor_text.py."""

import json

import pytest
from bs4 import BeautifulSoup
from django.utils.text import Truncator
from hypothesis import given
from hypothesis import strategies as st

from forum.models import Status
from forum.registrations import booking
from tests.editor_text import EVENT_TEXT, SESSION_TEXT, edit, example, one_line, text, title
from tests.factories.forum import (
    ForumPageFactory,
    SessionPageFactory,
    SessionSpeakerFactory,
    SpeakerFactory,
    confirmed_booking,
    open_workshop,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def read(response):
    """The page as a browser reads it: its text, its meta description and its schema.org data."""
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    (data,) = page.find_all("script", type="application/ld+json")
    return (
        one_line(page.get_text(" ")),
        page.find("meta", attrs={"name": "description"}),
        json.loads(data.string),
    )


def assert_shows(shown, value):
    assert one_line(value) in shown


def assert_described(meta, data, page):
    """The search description, in the page's head (cut to 300 characters) and in its schema.org
    data, as typed."""
    description = page.get_meta_description()
    if description:
        assert one_line(meta["content"]) == one_line(Truncator(description).chars(300))
    assert data.get("description", "") == description
    assert data["name"] == page.title


@pytest.fixture
def workshop(agenda):
    return open_workshop(agenda, capacity=5)


@given(fields=EVENT_TEXT, organiser=text(200))
def test_an_events_page_shows_its_text(client, workshop, fields, organiser):
    with example():
        workshop = edit(workshop, {**fields, "organiser": organiser})

        shown, meta, data = read(client.get(workshop.url))

        for name in ("title", "intro", "venue_name", "venue_address", "accessibility_notes", "organiser"):
            assert_shows(shown, getattr(workshop, name))
        if workshop.status != Status.SCHEDULED:
            assert_shows(shown, workshop.status_reason)
        assert_described(meta, data, workshop)
        place = {"@type": "Place", "name": workshop.venue_label, "address": workshop.venue_full_address}
        assert data.get("location") == (
            place if workshop.venue_label or workshop.venue_full_address else None
        )


@pytest.fixture
def session(home, agenda):
    forum = ForumPageFactory(parent=home)
    session = SessionPageFactory(parent=forum)
    SessionSpeakerFactory(session=session, speaker=SpeakerFactory(slug="prelegentka"))
    return session


SPEAKER_TEXT = st.fixed_dictionaries({"name": text(200, min_size=1), "organisation": text(200)})


@given(fields=st.fixed_dictionaries(SESSION_TEXT), speaker_fields=SPEAKER_TEXT)
def test_a_sessions_page_shows_its_text_and_its_speakers(client, session, fields, speaker_fields):
    with example():
        session = edit(session, fields)
        edit(session.session_speakers.get().speaker, speaker_fields)

        shown, meta, data = read(client.get(session.url))

        assert_shows(shown, session.title)
        assert_shows(shown, speaker_fields["name"])
        assert_shows(shown, speaker_fields["organisation"])
        assert_shows(shown, session.accessibility_notes)
        assert_described(meta, data, session)


REGISTRANT_TEXT = st.fixed_dictionaries({"name": text(200, min_size=1), "accessibility_needs": text()})


@given(event_title=title(), person=REGISTRANT_TEXT)
def test_the_check_in_list_shows_the_text(admin_client, workshop, event_title, person):
    with example():
        registration = confirmed_booking(workshop, "anna@example.org", name=person["name"])
        registration.accessibility_needs = person["accessibility_needs"]
        registration.save()
        workshop = edit(workshop, {"title": event_title})

        response = admin_client.get(f"/admin/registrations-by-event/{workshop.pk}/check-in/")

        assert response.status_code == 200
        shown = one_line(BeautifulSoup(response.content, "html.parser").get_text(" "))
        for value in (event_title, person["name"], person["accessibility_needs"]):
            assert_shows(shown, value)
        assert booking.seats_left(workshop) == 4
