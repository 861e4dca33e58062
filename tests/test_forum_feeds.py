"""Calendar feeds as calendar apps read them: parsed with icalendar, vobject and recurring-ical-events."""

from datetime import date, timedelta

import icalendar
import pytest
import recurring_ical_events
import vobject
from django.core.cache import caches

from core.caching import page_cache
from forum.agenda import listing
from forum.calendars import ical
from forum.models import EventPage
from tests.addresses import url_in
from tests.factories.forum import (
    EventPageFactory,
    ForumPageFactory,
    RoomFactory,
    SessionPageFactory,
    fix_clock,
    translated_agenda,
    warsaw,
)
from tests.factories.home import translate
from tests.factories.zones import ZonePageFactory, zone_indexes
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db

NOW = warsaw(2030, 3, 1, 12)
FEED = {"pl": "/pl/calendar/events.ics", "en": "/en/calendar/events.ics", "uk": "/uk/calendar/events.ics"}


@pytest.fixture
def agenda_page(home, locales, monkeypatch):
    fix_clock(monkeypatch, NOW)
    return translated_agenda(home, locales)


@pytest.fixture
def zone(homes, locales):
    zones = zone_indexes(homes, locales)
    page = ZonePageFactory(parent=zones["pl"], title="Teofilów", slug="teofilow")
    translate(page, locales["en"], title="Teofilow", slug="teofilow")
    return page


def add_event(agenda_page, locales, title, **fields):
    event = EventPageFactory(parent=agenda_page, title=title, **fields)
    translate(event, locales["en"], title=f"{title} (EN)")
    translate(event, locales["uk"], title=f"{title} (UK)")
    return event


def add_weekly_club(agenda_page, locales):
    """Six Tuesdays at 18:00 from 12 March 2030 across the change to summer time, without 26 March."""
    return add_event(
        agenda_page,
        locales,
        "Klub",
        start=warsaw(2030, 3, 12, 18),
        repeat="weekly",
        repeat_count=6,
        repeat_exceptions=[("date", date(2030, 3, 26))],
    )


def parse(response):
    """The feed as icalendar reads it, after checking vobject and recurring-ical-events read it too."""
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    text = response.content.decode()
    assert vobject.readOne(text).name == "VCALENDAR"
    calendar = icalendar.Calendar.from_ical(text)
    recurring_ical_events.of(calendar).between(date(2029, 1, 1), date(2032, 1, 1))
    return calendar


def events_of(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_the_feed_describes_itself_in_the_language_of_its_address(client, agenda_page, locales):
    add_event(agenda_page, locales, "Spotkanie")
    for code, name in [
        ("pl", "SAS Łódź: wydarzenia"),
        ("en", "SAS Łódź: events"),
        ("uk", "SAS Лодзь: події"),
    ]:
        calendar = parse(client.get(FEED[code]))
        assert calendar["X-WR-CALNAME"] == name
        assert calendar["METHOD"] == "PUBLISH"
        assert calendar["VERSION"] == "2.0"
        assert calendar["CALSCALE"] == "GREGORIAN"
        assert calendar["X-WR-TIMEZONE"] == "Europe/Warsaw"
        assert calendar["X-PUBLISHED-TTL"] == "PT1H"
        assert "X-WR-CALDESC" in calendar and "PRODID" in calendar and "REFRESH-INTERVAL" in calendar
        assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Warsaw"]
    assert "Spotkanie (UK)" in events_of(parse(client.get(FEED["uk"])))


def test_an_event_carries_what_calendar_apps_need(client, agenda_page, locales, zone):
    add_event(
        agenda_page,
        locales,
        "Warsztat",
        zone=zone,
        event_type="workshop",
        start=warsaw(2030, 4, 2, 18),
        accessibility_notes="Tłumacz PJM.",
    )
    event = events_of(parse(client.get(FEED["pl"])))["Warsztat"]
    url = "http://testserver/pl/kalendarium/" + EventPage.objects.get(title="Warsztat").slug + "/"
    assert event["URL"] == url
    assert url in event["DESCRIPTION"] and "Tłumacz PJM." in event["DESCRIPTION"]
    assert event["DTSTART"].params["TZID"] == "Europe/Warsaw"
    assert event.decoded("DTSTART") == warsaw(2030, 4, 2, 18)
    assert event.decoded("DTEND") == warsaw(2030, 4, 2, 20)
    assert event["STATUS"] == "CONFIRMED"
    assert "ul. Piotrkowska 100" in event["LOCATION"]
    assert event.decoded("GEO") == (51.75924, 19.45598)
    assert event["CATEGORIES"].cats == ["Warsztat"]
    for name in ("DTSTAMP", "CREATED", "LAST-MODIFIED", "SEQUENCE", "UID"):
        assert name in event


def test_all_day_events_are_dates_with_an_exclusive_end(client, agenda_page, locales):
    add_event(
        agenda_page,
        locales,
        "Piknik",
        all_day=True,
        start=None,
        end=None,
        start_date=date(2030, 6, 1),
        end_date=date(2030, 6, 2),
    )
    event = events_of(parse(client.get(FEED["pl"])))["Piknik"]
    assert event["DTSTART"].to_ical() == b"20300601"
    assert event["DTEND"].to_ical() == b"20300603"


def test_a_weekly_series_expands_to_the_agenda_occurrences_across_the_dst_change(
    client, agenda_page, locales
):
    series = add_weekly_club(agenda_page, locales)
    calendar = parse(client.get(FEED["pl"]))
    expanded = [
        (event.decoded("DTSTART"), event.decoded("DTEND"))
        for event in recurring_ical_events.of(calendar).between(date(2030, 3, 1), date(2030, 6, 1))
    ]
    shown = [
        (occurrence.start, occurrence.end)
        for occurrence in listing.occurrences(
            EventPage.objects.filter(pk=series.pk), warsaw(2030, 3, 1), warsaw(2030, 6, 1)
        )
    ]
    assert expanded == shown
    assert len(shown) == 5
    assert all(start.astimezone(warsaw(2030, 1, 1).tzinfo).hour == 18 for start, _ in expanded)
    assert {start.utcoffset() for start, _ in expanded} == {timedelta(hours=1), timedelta(hours=2)}


def test_uid_stays_and_sequence_rises_only_when_time_place_or_status_change(client, agenda_page, locales):
    event = add_event(agenda_page, locales, "Spotkanie", start=warsaw(2030, 4, 2, 18))
    first = events_of(parse(client.get(FEED["pl"])))["Spotkanie"]

    event.intro = "Nowy opis."
    event.save_revision().publish()
    after_text_edit = events_of(parse(client.get(FEED["pl"])))["Spotkanie"]
    event.start, event.end = warsaw(2030, 4, 3, 18), warsaw(2030, 4, 3, 20)
    event.save_revision().publish()
    after_move = events_of(parse(client.get(FEED["pl"])))["Spotkanie"]

    assert first["UID"] == after_text_edit["UID"] == after_move["UID"]
    assert first["UID"] == events_of(parse(client.get(FEED["en"])))["Spotkanie (EN)"]["UID"]
    assert after_text_edit["SEQUENCE"] == first["SEQUENCE"]
    assert after_move["SEQUENCE"] == first["SEQUENCE"] + 1


def test_a_cancelled_event_stays_marked_cancelled_until_it_is_past(client, agenda_page, locales):
    add_event(agenda_page, locales, "Odwołane", start=warsaw(2030, 4, 2, 18), status="cancelled")
    add_event(agenda_page, locales, "Dawne odwołane", start=warsaw(2030, 2, 1, 18), status="cancelled")
    add_event(agenda_page, locales, "Dawne", start=warsaw(2030, 2, 1, 18))
    add_event(agenda_page, locales, "Bardzo dawne", start=warsaw(2028, 2, 1, 18))
    events = events_of(parse(client.get(FEED["en"])))
    cancelled = events["Cancelled: Odwołane (EN)"]
    assert cancelled["STATUS"] == "CANCELLED"
    assert "Dawne (EN)" in events
    assert not any("Dawne odwołane" in title or "Bardzo dawne" in title for title in events)


def test_filters_of_the_agenda_select_the_feed(client, agenda_page, locales, zone):
    add_event(agenda_page, locales, "W strefie", zone=zone, event_type="workshop", audience="seniors")
    add_event(agenda_page, locales, "Inny typ", zone=zone, event_type="meeting")
    add_event(agenda_page, locales, "Gdzie indziej", event_type="workshop")
    calendar = parse(client.get(FEED["pl"], {"zone": "teofilow", "type": "workshop", "audience": "seniors"}))
    assert list(events_of(calendar)) == ["W strefie"]
    assert calendar["X-WR-CALNAME"] == "SAS Łódź: wydarzenia · Teofilów · Warsztat · Seniorzy"


def test_the_forum_programme_and_one_room(client, home, locales, monkeypatch):
    fix_clock(monkeypatch, NOW)
    forum = ForumPageFactory(parent=home)
    hall, garden = RoomFactory(forum=forum, name="Sala"), RoomFactory(forum=forum, name="Ogród")
    SessionPageFactory(parent=forum, title="Otwarcie", room=hall)
    SessionPageFactory(parent=forum, title="Warsztat w ogrodzie", room=garden)
    assert set(events_of(parse(client.get(f"/pl/calendar/forum/{forum.pk}.ics")))) == {
        "Otwarcie",
        "Warsztat w ogrodzie",
    }
    assert set(events_of(parse(client.get(f"/pl/calendar/forum/{forum.pk}.ics", {"room": garden.pk})))) == {
        "Warsztat w ogrodzie"
    }


def test_one_occurrence_of_a_series_downloads_without_its_rule(client, agenda_page, locales):
    series = add_event(
        agenda_page, locales, "Klub", start=warsaw(2030, 3, 12, 18), repeat="weekly", repeat_count=4
    )
    response = client.get(f"/pl/calendar/occasion/{series.pk}.ics", {"date": "2030-03-19"})
    assert response["Content-Disposition"] == f'attachment; filename="{series.slug}.ics"'
    (event,) = parse(response).walk("VEVENT")
    assert "RRULE" not in event
    assert event.decoded("DTSTART") == warsaw(2030, 3, 19, 18)
    assert client.get(f"/pl/calendar/occasion/{series.pk}.ics", {"date": "2030-03-20"}).status_code == 404


def test_conditional_get_answers_304_until_something_is_published(client, agenda_page, locales):
    event = add_event(agenda_page, locales, "Spotkanie")
    first = client.get(FEED["pl"])
    assert first["ETag"] and first["Last-Modified"] and "max-age" in first["Cache-Control"]
    assert client.get(FEED["pl"], HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304

    event.save_revision().publish()
    after_publish = client.get(FEED["pl"], HTTP_IF_NONE_MATCH=first["ETag"])
    assert after_publish.status_code == 200
    event.unpublish()
    assert client.get(FEED["pl"], HTTP_IF_NONE_MATCH=after_publish["ETag"]).status_code == 200


@pytest.fixture
def serialised(monkeypatch):
    """The titles of the entries serialised from their pages (not reused from an earlier feed)."""
    titles = []
    build = ical.event

    def counted(entry):
        titles.append(entry.page.title)
        return build(entry)

    monkeypatch.setattr(ical, "event", counted)
    return titles


def test_after_one_title_change_only_that_entry_is_serialised_again(client, agenda_page, locales, serialised):
    changed = add_event(agenda_page, locales, "Spotkanie", start=warsaw(2030, 4, 2, 18))
    add_event(agenda_page, locales, "Warsztat", start=warsaw(2030, 4, 3, 18))
    add_weekly_club(agenda_page, locales)
    first = client.get(FEED["pl"]).content
    assert sorted(serialised) == ["Klub", "Spotkanie", "Warsztat"]

    serialised.clear()
    assert client.get(FEED["pl"]).content == first
    assert serialised == []

    changed.title = "Spotkanie sąsiedzkie"
    changed.save_revision().publish()
    events = events_of(parse(client.get(FEED["pl"])))
    assert serialised == ["Spotkanie sąsiedzkie"]
    assert set(events) == {"Spotkanie sąsiedzkie", "Warsztat", "Klub"}
    assert events["Klub"]["RRULE"].to_ical() == b"FREQ=WEEKLY;COUNT=6;INTERVAL=1"
    assert events["Klub"].decoded("EXDATE").dts[0].dt == warsaw(2030, 3, 26, 18)


def test_a_new_exception_date_of_a_series_shows_in_the_next_feed(client, agenda_page, locales):
    series = add_weekly_club(agenda_page, locales)
    assert len(events_of(parse(client.get(FEED["pl"])))["Klub"].decoded("EXDATE").dts) == 1

    series.repeat_exceptions = [("date", date(2030, 3, 26)), ("date", date(2030, 4, 9))]
    series.save_revision().publish()
    calendar = parse(client.get(FEED["pl"]))
    skipped = [moment.dt for moment in events_of(calendar)["Klub"].decoded("EXDATE").dts]
    assert skipped == [warsaw(2030, 3, 26, 18), warsaw(2030, 4, 9, 18)]
    days = [
        event.decoded("DTSTART").date()
        for event in recurring_ical_events.of(calendar).between(date(2030, 3, 1), date(2030, 6, 1))
    ]
    assert date(2030, 4, 9) not in days and len(days) == 4


def test_a_cancellation_shows_in_the_next_feed(client, agenda_page, locales):
    event = add_event(agenda_page, locales, "Spotkanie", start=warsaw(2030, 4, 2, 18))
    assert events_of(parse(client.get(FEED["pl"])))["Spotkanie"]["STATUS"] == "CONFIRMED"

    event.status, event.status_reason = "cancelled", "Awaria ogrzewania."
    event.save_revision().publish()
    cancelled = events_of(parse(client.get(FEED["pl"])))["Odwołane: Spotkanie"]
    assert cancelled["STATUS"] == "CANCELLED"
    assert "Awaria ogrzewania." in cancelled["DESCRIPTION"]


def test_a_new_library_address_reaches_the_entries_of_its_zone(client, agenda_page, locales, zone):
    add_event(agenda_page, locales, "W strefie", zone=zone, start=warsaw(2030, 4, 2, 18))
    assert "ul. Piotrkowska 100" in events_of(parse(client.get(FEED["pl"])))["W strefie"]["LOCATION"]

    zone.street = "ul. Legionów 20"
    zone.save_revision().publish()
    assert "ul. Legionów 20" in events_of(parse(client.get(FEED["pl"])))["W strefie"]["LOCATION"]


def test_a_generation_that_missed_a_publication_does_not_answer_304(client, agenda_page, locales):
    """Were the generation not to move on (a publication whose signal never ran), the ETag still
    reads the newest page change from the database."""
    event = add_event(agenda_page, locales, "Spotkanie", start=warsaw(2030, 4, 2, 18))
    first = client.get(FEED["pl"])
    generation = caches["counters"].get(page_cache.GENERATION_KEY)

    event.title = "Spotkanie sąsiedzkie"
    event.save_revision().publish()
    caches["counters"].set(page_cache.GENERATION_KEY, generation, None)
    response = client.get(FEED["pl"], HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 200
    assert list(events_of(parse(response))) == ["Spotkanie sąsiedzkie"]


@pytest.mark.parametrize(
    "url",
    [
        "/pl/calendar/events.ics?zone=nie-ma",
        "/pl/calendar/events.ics?type=party",
        "/pl/calendar/events.ics?audience=%00",
        "/pl/calendar/events.ics?zone=%00",
        "/pl/calendar/forum/999999.ics",
        "/pl/calendar/forum/{forum}.ics?room=abc",
        "/pl/calendar/forum/{forum}.ics?room=999999",
        "/pl/calendar/occasion/999999.ics",
        "/pl/calendar/occasion/{home}.ics",
        "/pl/calendar/occasion/{event}.ics?date=2030-13-45",
        "/pl/calendar/occasion/{event}.ics?date=" + "9" * 300,
    ],
)
def test_unknown_or_malformed_parameters_give_404(client, agenda_page, locales, home, url):
    forum = ForumPageFactory(parent=home)
    event = add_event(agenda_page, locales, "Spotkanie")
    assert client.get(url.format(forum=forum.pk, home=home.pk, event=event.pk)).status_code == 404


def test_feed_lines_are_folded_crlf_lines(client, agenda_page, locales):
    add_event(agenda_page, locales, "Bardzo długi tytuł spotkania " * 6)
    raw = client.get(FEED["pl"]).content
    lines = raw.split(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 75


def test_feed_queries_do_not_grow_with_the_number_of_events(client, agenda_page, locales, zone):
    for day in range(3):
        add_event(agenda_page, locales, f"Spotkanie {day}", zone=zone, start=warsaw(2030, 4, 1 + day, 18))
    few = queries_for(client, FEED["pl"])
    for day in range(3, 15):
        add_event(agenda_page, locales, f"Spotkanie {day}", zone=zone, start=warsaw(2030, 4, 1 + day, 18))
    assert queries_for(client, FEED["pl"]) == few


def test_the_help_page_explains_each_app_in_each_language(client, home):
    for code, words in [
        ("pl", ["Google Calendar", "Apple", "Outlook", "Thunderbird", "Subskrybuj"]),
        ("en", ["Google Calendar", "Apple Calendar", "Outlook", "Thunderbird", "Subscribe"]),
        ("uk", ["Google Calendar", "Apple", "Outlook", "Thunderbird", "Підпис"]),
    ]:
        content = client.get(url_in(code, "calendar_help")).content.decode()
        assert all(word in content for word in words), code


def test_the_agenda_offers_the_feed_of_exactly_the_chosen_filters(client, agenda_page, locales, zone):
    add_event(agenda_page, locales, "W strefie", zone=zone, event_type="workshop")
    content = client.get("/pl/kalendarium/", {"zone": "teofilow", "type": "workshop"}).content.decode()
    feed = "http://testserver/pl/calendar/events.ics?zone=teofilow&amp;type=workshop"
    assert (
        f'<link rel="alternate" type="text/calendar" title="Wydarzenia wybrane w kalendarium" href="{feed}">'
        in content
    )
    assert f'value="{feed}"' in content
    assert 'href="webcal://testserver/pl/calendar/events.ics?zone=teofilow&amp;type=workshop"' in content
    assert (
        "https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Ftestserver%2Fpl%2Fcalendar" in content
    )
    assert (
        "https://outlook.live.com/calendar/0/addfromweb?url=http%3A%2F%2Ftestserver%2Fpl%2Fcalendar"
        in content
    )
    assert 'href="/pl/kalendarz/pomoc/"' in content
    feed_path = "/pl/calendar/events.ics?zone=teofilow&type=workshop"
    assert list(events_of(parse(client.get(feed_path)))) == ["W strefie"]


def test_zone_and_forum_pages_offer_their_feeds(client, agenda_page, locales, zone, home):
    forum = ForumPageFactory(parent=home)
    response = client.get(zone.get_translation(locales["en"]).url)
    assert response.status_code == 200
    zone_page = response.content.decode()
    assert (
        'type="text/calendar" title="Events of Teofilow" href="http://testserver/en/calendar/events.ics?zone=teofilow"'
        in zone_page
    )
    forum_page = client.get(forum.url).content.decode()
    assert f'href="http://testserver/pl/calendar/forum/{forum.pk}.ics"' in forum_page


def test_an_event_page_offers_its_own_download(client, agenda_page, locales):
    event = add_event(agenda_page, locales, "Spotkanie")
    content = client.get(event.url).content.decode()
    assert f'href="/pl/calendar/occasion/{event.pk}.ics" download' in content
