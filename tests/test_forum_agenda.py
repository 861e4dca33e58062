"""The agenda as residents see it in Polish, English and Ukrainian: upcoming events, filters,
pagination, the past archive, the event page and the next events on the home and zone pages."""

import json
import re
from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup

from forum.agenda.listing import HORIZON
from tests.factories.forum import EventPageFactory, fix_clock, translated_agenda, warsaw
from tests.factories.home import translate
from tests.factories.zones import ZoneIndexPageFactory, ZonePageFactory

pytestmark = pytest.mark.django_db

NOW = warsaw(2030, 5, 1, 12)
AGENDA = {"pl": "/pl/kalendarium/", "en": "/en/agenda/", "uk": "/uk/kalendar/"}
PAST = {"pl": "minione/", "en": "past/", "uk": "mynuli/"}


@pytest.fixture
def agenda(home, locales, monkeypatch):
    fix_clock(monkeypatch, NOW)
    return translated_agenda(home, locales)


def add_event(agenda, locales, titles, **fields):
    """A Polish event with English and Ukrainian translations titled as `titles` says."""
    event = EventPageFactory(parent=agenda, title=titles["pl"], **fields)
    for code in ("en", "uk"):
        translate(event, locales[code], title=titles[code])
    return event


def titles(name):
    return {"pl": f"{name} PL", "en": f"{name} EN", "uk": f"{name} UK"}


def listed_titles(response):
    return re.findall(r'<h3 class="h5 mb-1"><a href="[^"]+">([^<]+)</a>', response.content.decode())


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
def test_upcoming_list_shows_future_events_in_time_order_in_each_language(client, agenda, locales, code):
    add_event(agenda, locales, titles("Later"), start=warsaw(2030, 5, 20, 17))
    add_event(agenda, locales, titles("Sooner"), start=warsaw(2030, 5, 3, 18))
    add_event(agenda, locales, titles("Over"), start=warsaw(2030, 4, 20, 18))
    response = client.get(AGENDA[code])
    assert response.status_code == 200
    assert listed_titles(response) == [f"Sooner {code.upper()}", f"Later {code.upper()}"]
    assert '<time datetime="2030-05-03T18:00:00+02:00">' in response.content.decode()


def test_an_event_going_on_now_is_still_upcoming(client, agenda, locales):
    add_event(agenda, locales, titles("Running"), start=NOW - timedelta(hours=1))
    assert listed_titles(client.get(AGENDA["en"])) == ["Running EN"]


def test_a_weekly_series_is_listed_once_per_occurrence_without_its_exception(client, agenda, locales):
    add_event(
        agenda,
        locales,
        titles("Training"),
        start=warsaw(2030, 5, 6, 17),
        repeat="weekly",
        repeat_count=4,
        repeat_exceptions=[("date", date(2030, 5, 13))],
    )
    content = client.get(AGENDA["uk"]).content.decode()
    assert listed_titles(client.get(AGENDA["uk"])) == ["Training UK"] * 3
    for day in ("2030-05-06", "2030-05-20", "2030-05-27"):
        assert f'<time datetime="{day}T17:00:00+02:00">' in content
    assert "2030-05-13T17" not in content


@pytest.fixture
def zones(home, locales):
    index = ZoneIndexPageFactory(parent=home)
    translate(index, locales["en"], title="Zones", slug="zones")
    bałuty = ZonePageFactory(parent=index, title="Bałuty", slug="baluty")
    widzew = ZonePageFactory(parent=index, title="Widzew", slug="widzew")
    translate(bałuty, locales["en"], title="Bałuty EN", slug="baluty-en")
    translate(widzew, locales["en"], title="Widzew EN", slug="widzew-en")
    return {"baluty": bałuty, "widzew": widzew}


def test_filters_by_zone_type_and_audience_combine(client, agenda, locales, zones):
    add_event(agenda, locales, titles("A"), zone=zones["baluty"], event_type="workshop", audience="seniors")
    add_event(agenda, locales, titles("B"), zone=zones["baluty"], event_type="workshop", audience="everyone")
    add_event(agenda, locales, titles("C"), zone=zones["baluty"], event_type="meeting", audience="seniors")
    add_event(agenda, locales, titles("D"), zone=zones["widzew"], event_type="workshop", audience="seniors")
    add_event(agenda, locales, titles("E"), zone=zones["baluty"], event_type="workshop", audience="families")
    response = client.get(AGENDA["en"], {"zone": "baluty-en", "type": "workshop", "audience": "seniors"})
    assert sorted(listed_titles(response)) == ["A EN", "B EN"]
    assert sorted(listed_titles(client.get(AGENDA["pl"], {"zone": "widzew"}))) == ["D PL"]
    assert sorted(listed_titles(client.get(AGENDA["pl"], {"type": "meeting"}))) == ["C PL"]
    content = response.content.decode()
    assert '<option value="baluty-en" selected>Bałuty EN</option>' in content
    month_link = "/en/agenda/month/?zone=baluty-en&amp;type=workshop&amp;audience=seniors"
    assert f'href="{month_link}"' in content


@pytest.mark.parametrize(
    "query", [{"zone": "atlantis"}, {"type": "party"}, {"audience": "aliens"}, {"type": ["a", "b"]}]
)
def test_unknown_filter_values_give_404(client, agenda, query):
    assert client.get(AGENDA["pl"], query).status_code == 404


def test_unknown_parameters_are_ignored(client, agenda, locales):
    add_event(agenda, locales, titles("Kept"))
    response = client.get(AGENDA["pl"], {"colour": "red", "month": "13"})
    assert response.status_code == 200
    assert listed_titles(response) == ["Kept PL"]


def test_pagination_handles_bad_and_huge_page_numbers(client, agenda, locales):
    for day in range(12):
        add_event(agenda, locales, titles(f"Event {day:02d}"), start=warsaw(2030, 5, 2 + day, 18))
    first = client.get(AGENDA["en"])
    assert len(listed_titles(first)) == 10
    assert "Page 1 of 2" in first.content.decode()
    assert listed_titles(client.get(AGENDA["en"], {"page": "abc"})) == listed_titles(first)
    last = client.get(AGENDA["en"], {"page": "99999"})
    assert last.status_code == 200
    assert listed_titles(last) == ["Event 10 EN", "Event 11 EN"]
    assert 'href="?page=1"' in last.content.decode()


def test_pages_of_one_off_and_repeating_events_follow_one_time_order(client, agenda, locales):
    add_event(agenda, locales, titles("Weekly"), start=warsaw(2030, 5, 2, 9), repeat="weekly", repeat_count=6)
    add_event(
        agenda, locales, titles("Monthly"), start=warsaw(2030, 5, 3, 9), repeat="monthly", repeat_count=3
    )
    for day in range(14):
        add_event(
            agenda, locales, titles(f"Once {day:02d}"), start=warsaw(2030, 5, 2, 12) + timedelta(days=3 * day)
        )
    expected = sorted(
        [(warsaw(2030, 5, 2, 9) + timedelta(weeks=week), "Weekly EN") for week in range(6)]
        + [(warsaw(2030, month, 3, 9), "Monthly EN") for month in (5, 6, 7)]
        + [(warsaw(2030, 5, 2, 12) + timedelta(days=3 * day), f"Once {day:02d} EN") for day in range(14)]
    )

    pages = [client.get(AGENDA["en"], {"page": number}) for number in (1, 2, 3)]

    assert "Page 1 of 3" in pages[0].content.decode()
    assert [title for page in pages for title in listed_titles(page)] == [title for _, title in expected]


def test_pagination_keeps_the_filters(client, agenda, locales):
    for day in range(11):
        add_event(
            agenda,
            locales,
            titles(f"Workshop {day:02d}"),
            event_type="workshop",
            start=warsaw(2030, 6, 1 + day, 10),
        )
    content = client.get(AGENDA["pl"], {"type": "workshop"}).content.decode()
    assert 'href="?type=workshop&amp;page=2"' in content


def test_events_beyond_the_horizon_wait_for_the_month_view(client, agenda, locales):
    add_event(agenda, locales, titles("Far"), start=NOW + HORIZON + timedelta(days=2))
    assert listed_titles(client.get(AGENDA["pl"])) == []
    far = (NOW + HORIZON + timedelta(days=2)).date()
    assert "Far PL" in client.get(f"{AGENDA['pl']}{far.year}/{far.month}/").content.decode()


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
def test_past_archive_lists_finished_events_newest_first(client, agenda, locales, code):
    add_event(agenda, locales, titles("Old"), start=warsaw(2029, 3, 1, 18))
    add_event(agenda, locales, titles("Recent"), start=warsaw(2030, 4, 1, 18))
    add_event(agenda, locales, titles("Coming"), start=warsaw(2030, 6, 1, 18))
    response = client.get(f"{AGENDA[code]}{PAST[code]}", {"page": "7"})
    assert response.status_code == 200
    assert listed_titles(response) == [f"Recent {code.upper()}", f"Old {code.upper()}"]


@pytest.mark.parametrize(
    ("code", "status_text"), [("pl", "Odwołane"), ("en", "Cancelled"), ("uk", "Скасовано")]
)
def test_cancelled_event_page_says_so_and_why(client, agenda, locales, code, status_text):
    event = add_event(
        agenda,
        locales,
        titles("Picnic"),
        status="cancelled",
        status_reason="Storm warning",
        event_type="local_action",
    )
    page = event.get_translation(locales[code])
    content = client.get(page.url).content.decode()
    assert status_text in content
    assert "Storm warning" in content


def json_ld(response):
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)
    return json.loads(found.group(1))


def test_event_json_ld_describes_a_cancelled_event_in_a_zone(client, agenda, locales, zones):
    event = add_event(
        agenda, locales, titles("Picnic"), status="cancelled", zone=zones["baluty"], capacity=30
    )
    data = json_ld(client.get(event.get_translation(locales["en"]).url))
    assert data["@type"] == "Event"
    assert data["name"] == "Picnic EN"
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["startDate"] == "2030-05-10T18:00:00+02:00"
    assert data["location"]["name"] == zones["baluty"].branch_name
    assert data["location"]["address"] == zones["baluty"].address
    assert data["maximumAttendeeCapacity"] == 30
    assert data["url"] == "http://testserver/en/agenda/picnic-en/" or data["url"].startswith(
        "http://testserver/en/"
    )


@pytest.mark.parametrize(
    ("venue", "where", "address"),
    [
        ({}, "Filia nr 7", "ul. Piotrkowska 100, 90-001 Łódź"),
        (
            {"venue_name": "Skwer przy bibliotece"},
            "Skwer przy bibliotece",
            "ul. Piotrkowska 100, 90-001 Łódź",
        ),
        (
            {"venue_name": "Park Źródliska", "venue_address": "al. Piłsudskiego 1, 90-001 Łódź"},
            "Park Źródliska",
            "al. Piłsudskiego 1, 90-001 Łódź",
        ),
    ],
)
def test_event_page_says_where_with_the_zone_address_when_the_venue_has_none(
    client, agenda, locales, zones, venue, where, address
):
    zone = zones["baluty"]
    zone.branch_name = "Filia nr 7"
    zone.save()
    event = add_event(agenda, locales, titles("Picnic"), zone=zone, **venue)
    response = client.get(event.get_translation(locales["en"]).url)
    assert response.status_code == 200
    facts = BeautifulSoup(response.content, "html.parser")
    assert facts.find("dt", string="Where").find_next_sibling("dd").get_text("|") == f"{where}|{address}"
    assert json_ld(response)["location"]["address"] == address


def test_event_json_ld_of_an_online_event_and_of_a_series_gives_the_next_date(client, agenda, locales):
    event = add_event(
        agenda,
        locales,
        titles("Webinar"),
        attendance="online",
        online_url="https://meet.example.org/sas",
        start=warsaw(2030, 4, 3, 18),
        repeat="weekly",
        repeat_count=10,
    )
    response = client.get(event.url)
    data = json_ld(response)
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/sas"}
    assert data["startDate"] == "2030-05-01T18:00:00+02:00"
    assert "https://meet.example.org/sas" in response.content.decode()


def test_json_ld_cannot_close_its_script_element(client, agenda, locales):
    event = add_event(agenda, locales, titles("</script><b>x"))
    response = client.get(event.url)
    assert json_ld(response)["name"] == "</script><b>x PL"
    assert "<b>x" not in response.content.decode().split("<main")[0]


def test_all_day_event_shows_its_days(client, agenda, locales):
    event = add_event(
        agenda,
        locales,
        titles("Fair"),
        start=None,
        end=None,
        all_day=True,
        start_date=date(2030, 6, 6),
        end_date=date(2030, 6, 7),
    )
    content = client.get(event.get_translation(locales["en"]).url).content.decode()
    assert (
        '<time datetime="2030-06-06">6 June 2030</time> – <time datetime="2030-06-07">7 June 2030</time>'
        in content
    )
    assert json_ld(client.get(event.url))["startDate"] == "2030-06-06"


@pytest.mark.parametrize(
    ("code", "heading"),
    [("pl", "Nadchodzące wydarzenia"), ("en", "Upcoming events"), ("uk", "Найближчі події")],
)
def test_home_page_shows_the_next_three_events(client, agenda, locales, code, heading):
    for day in (9, 3, 5, 7):
        add_event(agenda, locales, titles(f"Day {day}"), start=warsaw(2030, 5, day, 18))
    response = client.get(f"/{code}/")
    assert heading in response.content.decode()
    assert listed_titles(response) == [f"Day {day} {code.upper()}" for day in (3, 5, 7)]
    assert f'href="{AGENDA[code]}"' in response.content.decode()


def test_zone_page_shows_its_next_events_in_its_language(client, agenda, locales, zones):
    add_event(agenda, locales, titles("Here later"), zone=zones["baluty"], start=warsaw(2030, 5, 9, 18))
    add_event(agenda, locales, titles("Here"), zone=zones["baluty"], start=warsaw(2030, 5, 2, 18))
    add_event(agenda, locales, titles("Elsewhere"), zone=zones["widzew"], start=warsaw(2030, 5, 3, 18))
    english = zones["baluty"].get_translation(locales["en"])
    assert listed_titles(client.get(english.url)) == ["Here EN", "Here later EN"]
    assert listed_titles(client.get(zones["baluty"].url)) == ["Here PL", "Here later PL"]


def test_next_three_match_the_whole_year_expanded(agenda):
    """The bounded look-up of the home page's next events gives what expanding a year would."""
    from forum.agenda import listing
    from forum.models import EventPage

    EventPageFactory(
        parent=agenda, title="Seria", start=warsaw(2030, 4, 1, 17), repeat="weekly", repeat_count=20
    )
    EventPageFactory(parent=agenda, title="Za dwa dni", start=warsaw(2030, 5, 3, 10))
    EventPageFactory(parent=agenda, title="Za rok", start=warsaw(2031, 4, 1, 10))
    EventPageFactory(parent=agenda, title="Zaraz", start=warsaw(2030, 5, 1, 18))
    events = EventPage.objects.live()
    expected = listing.occurrences(
        events.filter(span_end__gt=NOW, span_start__lt=NOW + HORIZON), NOW, NOW + HORIZON
    )[:3]
    found = listing.next_occurrences(events, 3, NOW)
    assert [(o.occasion.title, o.start) for o in found] == [(o.occasion.title, o.start) for o in expected]
    assert [o.occasion.title for o in found] == ["Zaraz", "Za dwa dni", "Seria"]
