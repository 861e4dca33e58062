"""The month view, rendered on the server: days in a grid, previous and next month, filters
carried along, local times right on both sides of a daylight-saving change, bad input 404."""

import re
from datetime import date

import pytest
from bs4 import BeautifulSoup

from tests.factories.forum import EventIndexPageFactory, EventPageFactory, fix_clock, warsaw
from tests.factories.home import translate

pytestmark = pytest.mark.django_db

AGENDA = {"pl": "/pl/kalendarium/", "en": "/en/agenda/", "uk": "/uk/kalendar/"}
MONTH_NAMES = {"pl": "Marzec 2030", "en": "March 2030", "uk": "Березень 2030"}


@pytest.fixture
def agenda(home, locales, monkeypatch):
    fix_clock(monkeypatch, warsaw(2030, 3, 15, 12))
    index = EventIndexPageFactory(parent=home)
    translate(index, locales["en"], title="Agenda", slug="agenda")
    translate(index, locales["uk"], title="Календар", slug="kalendar")
    return index


def add_event(agenda, locales, name, **fields):
    event = EventPageFactory(parent=agenda, title=f"{name} PL", **fields)
    for code in ("en", "uk"):
        translate(event, locales[code], title=f"{name} {code.upper()}")
    return event


def calendar_cells(response):
    """{day number: [link texts]} from the month table."""
    table = (
        response.content.decode()
        .split('<table class="table table-bordered month-calendar')[1]
        .split("</table>")[0]
    )
    cells = {}
    for cell in re.findall(r"<td[^>]*>(.*?)</td>", table, re.S):
        day = re.search(r'<div class="fw-bold">(\d+)</div>', cell)
        if day:
            cells[int(day.group(1))] = [text.strip() for text in re.findall(r"<a [^>]+>([^<]+)</a>", cell)]
    return cells


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
def test_weekly_series_keeps_its_hour_across_the_march_change(client, agenda, locales, code):
    # Clocks go forward on Sunday 31 March 2030.
    add_event(agenda, locales, "Training", start=warsaw(2030, 3, 18, 18), repeat="weekly", repeat_count=4)
    add_event(agenda, locales, "Saturday", start=warsaw(2030, 3, 30, 20))
    add_event(agenda, locales, "Sunday", start=warsaw(2030, 3, 31, 20))
    response = client.get(f"{AGENDA[code]}2030/3/")
    assert response.status_code == 200
    content = response.content.decode()
    assert MONTH_NAMES[code] in content
    cells = calendar_cells(response)
    suffix = code.upper()
    assert cells[18] == cells[25] == [f"18:00 Training {suffix}"]
    assert cells[30] == [f"20:00 Saturday {suffix}"]
    assert cells[31] == [f"20:00 Sunday {suffix}"]
    assert '<time datetime="2030-03-30T20:00:00+01:00">' in content
    assert '<time datetime="2030-03-31T20:00:00+02:00">' in content
    april = calendar_cells(client.get(f"{AGENDA[code]}2030/4/"))
    assert april[1] == april[8] == [f"18:00 Training {suffix}"]


def test_october_change_and_an_event_across_the_night_of_the_change(client, agenda, locales):
    # Clocks go back on Sunday 27 October 2030, at 03:00.
    add_event(agenda, locales, "Before", start=warsaw(2030, 10, 26, 19))
    add_event(agenda, locales, "After", start=warsaw(2030, 10, 27, 19))
    add_event(agenda, locales, "Night", start=warsaw(2030, 10, 26, 23), end=warsaw(2030, 10, 27, 4))
    response = client.get("/en/agenda/2030/10/")
    cells = calendar_cells(response)
    assert cells[26] == ["19:00 Before EN", "23:00 Night EN"]
    assert cells[27] == ["19:00 After EN"]
    content = response.content.decode()
    assert '<time datetime="2030-10-27T19:00:00+01:00">' in content
    assert '<time datetime="2030-10-27T04:00:00+01:00">' in content


def test_all_day_events_fill_each_of_their_days_and_only_in_the_month(client, agenda, locales):
    add_event(
        agenda,
        locales,
        "Fair",
        start=None,
        end=None,
        all_day=True,
        start_date=date(2030, 3, 30),
        end_date=date(2030, 4, 2),
    )
    march = calendar_cells(client.get("/uk/kalendar/2030/3/"))
    assert march[30] == march[31] == ["Fair UK"]
    assert march[1] == []
    april = calendar_cells(client.get("/uk/kalendar/2030/4/"))
    assert april[1] == april[2] == ["Fair UK"]
    assert april[3] == []


def test_cancelled_event_is_marked_in_the_grid(client, agenda, locales):
    add_event(agenda, locales, "Picnic", start=warsaw(2030, 3, 20, 12), status="cancelled")
    assert calendar_cells(client.get("/en/agenda/2030/3/"))[20] == ["12:00 Picnic EN (Cancelled)"]


def test_previous_and_next_links_keep_the_filters(client, agenda, locales):
    content = client.get("/pl/kalendarium/2030/1/", {"type": "workshop"}).content.decode()
    assert 'rel="prev" href="/pl/kalendarium/2029/12/?type=workshop"' in content
    assert 'rel="next" href="/pl/kalendarium/2030/2/?type=workshop"' in content
    december = client.get("/pl/kalendarium/2030/12/").content.decode()
    assert 'rel="next" href="/pl/kalendarium/2031/1/"' in december


def test_filters_apply_to_the_month(client, agenda, locales):
    add_event(agenda, locales, "Workshop", start=warsaw(2030, 3, 5, 10), event_type="workshop")
    add_event(agenda, locales, "Meeting", start=warsaw(2030, 3, 6, 10), event_type="meeting")
    cells = calendar_cells(client.get("/en/agenda/2030/3/", {"type": "workshop"}))
    assert cells[5] == ["10:00 Workshop EN"]
    assert cells[6] == []


def test_this_month_shows_the_current_month(client, agenda, locales):
    add_event(agenda, locales, "Now", start=warsaw(2030, 3, 16, 10))
    response = client.get("/en/agenda/month/")
    assert "March 2030" in response.content.decode()
    assert calendar_cells(response)[16] == ["10:00 Now EN"]


@pytest.mark.parametrize(
    "path",
    [
        "2030/13/",
        "2030/0/",
        "99999/1/",
        "1999/12/",
        "2101/1/",
        "2030/abc/",
        "march/",
        "2030/3/extra/",
        "-1/3/",
    ],
)
def test_bad_months_give_404(client, agenda, path):
    assert client.get(f"/en/agenda/{path}").status_code == 404


def test_bad_filter_on_the_month_gives_404(client, agenda):
    assert client.get("/en/agenda/2030/3/", {"audience": "martians"}).status_code == 404


@pytest.mark.parametrize(
    "subpages",
    [{"pl": "2030/5/", "en": "2030/5/", "uk": "2030/5/"}, {"pl": "minione/", "en": "past/", "uk": "mynuli/"}],
)
def test_month_and_archive_views_name_themselves_canonical_in_each_language(
    client, agenda, locales, subpages
):
    agendas = {code: agenda.get_translation(locales[code]).url for code in ("pl", "en", "uk")}
    for code, address in agendas.items():
        head = BeautifulSoup(client.get(address + subpages[code]).content, "html.parser").head
        assert head.find("link", rel="canonical")["href"] == f"http://testserver{address}{subpages[code]}"
        alternates = {
            link["hreflang"]: link["href"] for link in head.find_all("link", rel="alternate", hreflang=True)
        }
        assert alternates["uk"] == f"http://testserver{agendas['uk']}{subpages['uk']}", code
