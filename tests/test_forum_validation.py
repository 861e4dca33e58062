"""Editors get clear, translated messages when an event or session does not add up."""

import re
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from forum.models import EventPage
from tests.factories.forum import (
    EventIndexPageFactory,
    EventPageFactory,
    ForumPageFactory,
    RoomFactory,
    SessionPageFactory,
    warsaw,
)

pytestmark = pytest.mark.django_db


def errors_of(page, language="en"):
    with translation.override(language):
        with pytest.raises(ValidationError) as raised:
            page.full_clean()
        return {
            field: [str(message) for message in messages]
            for field, messages in raised.value.message_dict.items()
        }


@pytest.fixture
def agenda(home):
    return EventIndexPageFactory(parent=home)


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "The end must be after the start."),
        ("pl", "Koniec musi być później niż początek."),
        ("uk", "Кінець має бути пізніше за початок."),
    ],
)
def test_end_must_be_after_start(agenda, language, message):
    event = EventPageFactory.build(start=warsaw(2030, 5, 10, 18), end=warsaw(2030, 5, 10, 17))
    assert errors_of(event, language)["end"] == [message]


def test_all_day_event_needs_its_first_day_and_a_last_day_after_it(agenda):
    event = EventPageFactory.build(start=None, end=None, all_day=True)
    assert errors_of(event)["start_date"] == ["Give the first day of an all-day event."]
    event.start_date, event.end_date = date(2030, 5, 10), date(2030, 5, 9)
    assert errors_of(event)["end_date"] == ["The last day cannot be before the first day."]


@pytest.mark.parametrize(
    ("language", "message"),
    [("pl", "Liczba miejsc nie może być ujemna."), ("uk", "Кількість місць не може бути від'ємною.")],
)
def test_capacity_cannot_be_negative(agenda, language, message):
    event = EventPageFactory.build(capacity=-1)
    assert message in errors_of(event, language)["capacity"]


def test_registration_window_and_online_link(agenda):
    event = EventPageFactory.build(
        registration_opens=warsaw(2030, 5, 2), registration_closes=warsaw(2030, 5, 1), attendance="online"
    )
    errors = errors_of(event)
    assert errors["registration_closes"] == ["Registration must close after it opens."]
    assert errors["online_url"] == ["Give the online link for an event people can join online."]


def test_exception_dates_must_be_dates_of_the_series(agenda):
    event = EventPageFactory.build(
        start=warsaw(2030, 5, 6, 17),
        end=warsaw(2030, 5, 6, 19),
        repeat="weekly",
        repeat_count=4,
        repeat_exceptions=[
            ("date", date(2030, 5, 13)),
            ("date", date(2030, 5, 14)),
            ("date", date(2030, 6, 3)),
        ],
    )
    assert errors_of(event, "pl")["repeat_exceptions"] == [
        "Te daty wyjątków nie są terminami cyklu: 2030-05-14, 2030-06-03"
    ]
    event.repeat_exceptions = [("date", date(2030, 5, 13))]
    event.clean()


def test_a_series_needs_an_end_date_or_a_count_but_not_both(agenda):
    event = EventPageFactory.build(repeat="weekly")
    message = ["Give either the last date or the number of times, not both."]
    assert errors_of(event)["repeat_until"] == message
    event.repeat_until, event.repeat_count = date(2030, 6, 1), 3
    assert errors_of(event)["repeat_until"] == message


def test_a_series_is_limited_and_weekdays_only_for_daily_or_weekly(agenda):
    event = EventPageFactory.build(repeat="daily", repeat_until=date(2040, 1, 1))
    assert errors_of(event)["repeat_count"] == ["A series can have at most 500 occurrences."]
    event = EventPageFactory.build(repeat="monthly", repeat_count=3, repeat_weekdays="MO")
    assert errors_of(event)["repeat_weekdays"] == ["Weekdays apply only to daily or weekly repeats."]


@pytest.fixture
def forum(home):
    forum = ForumPageFactory(parent=home, start_date=date(2030, 5, 18), end_date=date(2030, 5, 19))
    RoomFactory(forum=forum, name="Sala główna")
    RoomFactory(forum=forum, name="Pracownia")
    return forum


def new_session(forum, **fields):
    """A session as the editor's form holds it before it is saved under its Forum."""
    session = SessionPageFactory.build(**fields)
    session.forum = forum
    return session


def test_session_must_be_within_the_forum_days(forum):
    session = new_session(forum, start=warsaw(2030, 5, 19, 23), end=warsaw(2030, 5, 20, 1))
    assert errors_of(session, "uk")["start"] == ["Сесія має відбутися між першим і останнім днем Форуму."]
    session.start, session.end = warsaw(2030, 5, 17, 23, 30), warsaw(2030, 5, 18, 0, 30)
    assert "start" in errors_of(session)


def test_sessions_in_one_room_must_not_overlap(forum):
    hall, workshop_room = forum.rooms.all()
    SessionPageFactory(
        parent=forum,
        title="Opening talk",
        room=hall,
        start=warsaw(2030, 5, 18, 10),
        end=warsaw(2030, 5, 18, 11),
    )
    clashing = new_session(
        forum,
        title="Late talk",
        room=hall,
        start=warsaw(2030, 5, 18, 10, 30),
        end=warsaw(2030, 5, 18, 11, 30),
    )
    assert errors_of(clashing, "pl")["room"] == ["W tej sali w tym samym czasie odbywa się „Opening talk”."]
    clashing.room = workshop_room
    clashing.clean()
    clashing.room, clashing.start = hall, warsaw(2030, 5, 18, 11)
    clashing.clean()


def test_a_cancelled_session_does_not_block_its_room(forum):
    hall = forum.rooms.first()
    SessionPageFactory(parent=forum, room=hall, status="cancelled")
    new_session(forum, room=hall).clean()
    assert forum.get_children().count() == 1


def test_forum_last_day_not_before_first(home):
    forum = ForumPageFactory.build(start_date=date(2030, 5, 18), end_date=date(2030, 5, 17))
    assert errors_of(forum)["end_date"] == ["The last day cannot be before the first day."]


def test_the_editor_shows_the_overlap_in_the_editors_language(client, forum, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "secret")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "uk"
    profile.save()
    client.force_login(editor)
    hall = forum.rooms.first()
    SessionPageFactory(
        parent=forum,
        title="Opening talk",
        room=hall,
        start=warsaw(2030, 5, 18, 10),
        end=warsaw(2030, 5, 18, 11),
    )
    data = nested_form_data(
        {
            "title": "Late talk",
            "slug": "late-talk",
            "kind": "talk",
            "room": hall.pk,
            "start": "2030-05-18 10:30",
            "end": "2030-05-18 11:30",
            "session_speakers": inline_formset([]),
            "abstract": rich_text("<p>About neighbours.</p>"),
            "materials": streamfield([]),
            "status": "scheduled",
            "attendance": "in_person",
            "audience": "everyone",
            "language": "pl",
        }
    )
    response = client.post(f"/admin/pages/add/forum/sessionpage/{forum.pk}/", data)
    assert response.status_code == 200
    assert "У цій залі в той самий час відбувається «Opening talk»." in response.content.decode()
    assert not forum.get_children().filter(slug="late-talk").exists()


def event_form(**fields):
    data = nested_form_data(
        {
            "title": "Training",
            "slug": "training",
            "event_type": "training",
            "start": "2030-05-06 17:00",
            "end": "2030-05-06 19:00",
            "repeat": "weekly",
            "repeat_interval": "1",
            "repeat_count": "4",
            "repeat_exceptions": streamfield([("date", "2030-05-08")]),
            "attendance": "in_person",
            "status": "scheduled",
            "audience": "leaders",
            "language": "pl",
            "max_seats_per_registration": "1",
            "body": streamfield([]),
            **fields,
        }
    )
    data["repeat_weekdays"] = ["MO", "WE"]
    return data


def test_the_editor_saves_weekdays_and_checks_exceptions(client, agenda, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.org", "secret"))
    add_url = f"/admin/pages/add/forum/eventpage/{agenda.pk}/"
    refused = client.post(add_url, event_form(repeat_exceptions=streamfield([("date", "2030-05-09")])))
    assert refused.context["form"].errors == {
        "repeat_exceptions": ["Te daty wyjątków nie są terminami cyklu: 2030-05-09"]
    }
    created = client.post(add_url, event_form())
    assert created.status_code == 302
    event = EventPage.objects.get(slug="training")
    assert event.repeat_weekdays == "MO,WE"
    may = event.occurrences_between(warsaw(2030, 5, 1), warsaw(2030, 6, 1))
    assert [occurrence.start.day for occurrence in may] == [6, 13, 15]
    edit = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    checked = re.findall(r'<input type="checkbox" name="repeat_weekdays" value="(\w\w)"[^>]*checked', edit)
    assert checked == ["MO", "WE"]
