"""The forum's demo content: an agenda that is never empty and a full Forum programme."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from forum.models import EventPage, ForumPage, SessionPage, Speaker
from forum.recurrence import WARSAW

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_site, db):
    """The demo as `load_demo` builds it (once for this module)."""


def polish(model):
    return model.objects.filter(locale__language_code="pl")


def test_agenda_has_every_kind_of_demo_event(demo):
    events = list(polish(EventPage))
    assert len(events) >= 20
    weekly = [event for event in events if event.repeat == "weekly"]
    assert weekly and weekly[0].event_type == "training" and len(weekly[0].recurrence_exceptions()) == 1
    assert any(event.status == "cancelled" for event in events)
    assert any(event.attendance == "online" for event in events)
    assert any(event.all_day for event in events)
    timed = [event for event in events if not event.all_day]
    offsets = {event.start.astimezone(WARSAW).utcoffset() for event in timed}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}, "events on both sides of a clock change"
    assert all(event.zone for event in events), "the zones' demo ran first"


def test_forum_programme_has_rooms_sessions_and_speakers(demo):
    forum = polish(ForumPage).get()
    assert forum.rooms.count() == 3
    sessions = list(SessionPage.objects.child_of(forum))
    assert len(sessions) >= 12
    assert {session.kind for session in sessions} == {"talk", "workshop", "panel", "break"}
    assert all(session.capacity for session in sessions if session.kind == "workshop")
    assert polish(Speaker).count() == 8


def test_residents_can_browse_the_demo_in_each_language(client, demo):
    today = timezone.localdate()
    for agenda, forum in [
        ("/pl/kalendarium/", "/pl/forum-sasiedzkie/"),
        ("/en/agenda/", "/en/neighbourhood-forum/"),
        ("/uk/kalendar-podii/", "/uk/susidskyi-forum/"),
    ]:
        listed = re.findall(r'<h3 class="h5 mb-1"><a href="([^"]+)">', client.get(agenda).content.decode())
        assert len(listed) == 10, agenda
        assert client.get(f"{agenda}{today.year}/{today.month}/").status_code == 200
        assert client.get(listed[0]).status_code == 200
        timetable = client.get(f"{forum}timetable/").content.decode()
        assert timetable.count('<table class="table table-bordered timetable-grid">') == 2
        speakers = client.get(f"{forum}speakers/").content.decode()
        links = re.findall(r'<h3 class="h5 mb-0"><a href="([^"]+)">', speakers)
        assert len(links) == 8
        assert client.get(links[0]).status_code == 200
