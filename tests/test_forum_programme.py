"""The Forum programme as visitors see it: the timetable grid and list, filters by kind, now and
next with a fixed clock, the speakers and each speaker's sessions, in Polish, English, Ukrainian."""

import json
import re

import pytest
from bs4 import BeautifulSoup

from forum.models import ForumPage
from tests.conftest import build_in_module_site
from tests.factories.forum import (
    ForumPageFactory,
    RoomFactory,
    SessionPageFactory,
    SessionSpeakerFactory,
    SpeakerFactory,
    fix_clock,
    warsaw,
)
from tests.factories.home import translate

pytestmark = pytest.mark.django_db

FORUM = {"pl": "/pl/forum-sasiedzkie/", "en": "/en/neighbourhood-forum/", "uk": "/uk/susidskyi-forum/"}
SEGMENTS = {
    "timetable": {"pl": "program/", "en": "timetable/", "uk": "rozklad/"},
    "now": {"pl": "teraz/", "en": "now/", "uk": "zaraz/"},
    "speakers": {"pl": "prelegenci/", "en": "speakers/", "uk": "dopovidachi/"},
}


def sub_page(code, name, rest=""):
    """The address of a Forum sub-page in a language's own words ("/pl/forum-sasiedzkie/program/")."""
    return FORUM[code] + SEGMENTS[name][code] + rest


ROOM_NAMES = {
    "pl": ["Sala główna", "Pracownia", "Czytelnia"],
    "en": ["Main hall", "Workshop room", "Reading room"],
    "uk": ["Головна зала", "Майстерня", "Читальня"],
}


def localized(code, name):
    return f"{name} {code.upper()}"


# The day the tests look from, before the Forum; tests of now and next move the clock into it.
BEFORE_THE_FORUM = warsaw(2030, 5, 1, 12)


def build_forum(home, locales):
    """A two-day Forum with three rooms, in three languages."""
    forum = ForumPageFactory(parent=home)
    for name in ROOM_NAMES["pl"]:
        RoomFactory(forum=forum, name=name)
    translate(forum, locales["en"], title="Neighbourhood Forum 2030", slug="neighbourhood-forum")
    translate(forum, locales["uk"], title="Сусідський форум 2030", slug="susidskyi-forum")
    for code in ("en", "uk"):
        for room, name in zip(
            forum.get_translation(locales[code]).rooms.all(), ROOM_NAMES[code], strict=True
        ):
            room.name = name
            room.save()
    return forum


def add_speaker(locales, name, slug, organisation):
    speaker = SpeakerFactory(name=name, slug=slug, organisation=localized("pl", organisation))
    for code in ("en", "uk"):
        translation = speaker.copy_for_translation(locales[code])
        translation.organisation = localized(code, organisation)
        translation.save()
    return speaker


def add_session(forum, locales, name, room_index=None, speakers=(), **fields):
    rooms = list(forum.rooms.all())
    session = SessionPageFactory(
        parent=forum,
        title=localized("pl", name),
        room=None if room_index is None else rooms[room_index],
        **fields,
    )
    for order, speaker in enumerate(speakers):
        SessionSpeakerFactory(session=session, speaker=speaker, sort_order=order)
    for code in ("en", "uk"):
        translate(session, locales[code], title=localized(code, name))
    return session


def build_programme(forum, locales):
    """Sessions over both days, in every room and across all three, with speakers in three
    languages (and one speaking at none of them)."""
    anna = add_speaker(locales, "Anna Kowalska", "anna-kowalska", "Neighbours")
    olena = add_speaker(locales, "Olena Shevchenko", "olena-shevchenko", "Library")
    add_speaker(locales, "Idle Speaker", "idle", "Nowhere")
    add_session(
        forum, locales, "Opening", None, [anna], start=warsaw(2030, 5, 18, 9), end=warsaw(2030, 5, 18, 10)
    )
    add_session(
        forum, locales, "Talk", 0, [olena, anna], start=warsaw(2030, 5, 18, 10), end=warsaw(2030, 5, 18, 11)
    )
    add_session(
        forum,
        locales,
        "Workshop",
        1,
        [olena],
        kind="workshop",
        capacity=15,
        start=warsaw(2030, 5, 18, 10),
        end=warsaw(2030, 5, 18, 12),
    )
    add_session(
        forum,
        locales,
        "Coffee",
        None,
        kind="break",
        start=warsaw(2030, 5, 18, 12),
        end=warsaw(2030, 5, 18, 12, 30),
    )
    add_session(
        forum,
        locales,
        "Panel",
        2,
        [anna],
        kind="panel",
        start=warsaw(2030, 5, 19, 10),
        end=warsaw(2030, 5, 19, 11),
    )


def build_forum_and_programme(home, locales):
    with pytest.MonkeyPatch.context() as patch:
        fix_clock(patch, BEFORE_THE_FORUM)
        forum = build_forum(home, locales)
        build_programme(forum, locales)
    return forum.pk


@pytest.fixture(scope="module")
def _shared_forum(_module_ground, django_db_blocker):
    """The Forum and its programme, built once for the module: its tests only read them (what one
    changes is undone after it). Tests that need a Forum without this programme are in
    tests/test_forum_programme_gaps.py."""
    return build_in_module_site(_module_ground, django_db_blocker, build_forum_and_programme)


@pytest.fixture
def forum(home, monkeypatch, _shared_forum):
    fix_clock(monkeypatch, BEFORE_THE_FORUM)
    return ForumPage.objects.get(pk=_shared_forum)


@pytest.fixture
def programme(forum):
    """The Forum with its sessions and speakers (built with it, once for the module)."""
    return forum


def grid_rows(content, day_index=0):
    """Rows of the timetable table of one day: [time, cell texts...] with colspans noted."""
    table = re.findall(r'<table class="table table-bordered timetable-grid">(.*?)</table>', content, re.S)[
        day_index
    ]
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>")[1], re.S):
        cells = []
        for attributes, cell in re.findall(r"<t[dh]([^>]*)>(.*?)</t[dh]>", row, re.S):
            text = re.sub(r"<[^>]+>", " ", cell)
            text = " ".join(text.split())
            span = re.search(r'colspan="(\d+)"', attributes)
            cells.append(f"{text} [{span.group(1)}]" if span and span.group(1) != "1" else text)
        rows.append(cells)
    return rows


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
def test_timetable_grid_has_rooms_as_columns_and_times_as_rows(client, programme, code):
    response = client.get(sub_page(code, "timetable"))
    assert response.status_code == 200
    content = response.content.decode()
    header = re.search(r"<thead>(.*?)</thead>", content, re.S).group(1)
    assert re.findall(r'<th scope="col">([^<]+)</th>', header)[1:] == ROOM_NAMES[code]
    rows = grid_rows(content)
    assert [row[0] for row in rows] == ["09:00", "10:00", "11:00", "12:00"]
    assert localized(code, "Opening") in rows[0][1] and rows[0][1].endswith("[3]")
    assert localized(code, "Talk") in rows[1][1]
    assert "Olena Shevchenko, Anna Kowalska" in rows[1][1]
    assert localized(code, "Workshop") in rows[1][2]
    assert rows[1][3] == ""
    assert rows[2][1:] == ["", ""]  # the workshop runs on through 11:00 in its column
    assert localized(code, "Coffee") in rows[3][1] and rows[3][1].endswith("[3]")
    assert localized(code, "Panel") in grid_rows(content, 1)[0][3]
    assert 'rowspan="2"' in content


def test_timetable_list_reads_out_times_and_rooms_for_phones(client, programme):
    content = client.get(f"{FORUM['en']}timetable/").content.decode()
    listing = content.split('<ol class="list-unstyled d-lg-none timetable-list">')[1].split("</ol>")[0]
    text = " ".join(re.sub(r"<[^>]+>", " ", listing).split())
    assert text.startswith(
        "09:00 – 10:00 Opening EN Talk · Anna Kowalska 10:00 – 11:00 , room: Main hall Talk EN"
    )
    assert '<a href="/en/neighbourhood-forum/speakers/anna-kowalska/">Anna Kowalska</a>' in listing


def test_timetable_filters_by_kind(client, programme):
    content = client.get(sub_page("uk", "timetable"), {"kind": "workshop"}).content.decode()
    assert "Workshop UK" in content
    assert "Talk UK" not in content
    assert '<option value="workshop" selected>' in content
    assert client.get(sub_page("uk", "timetable"), {"kind": "party"}).status_code == 404
    empty = client.get(f"{FORUM['en']}timetable/", {"kind": "panel"}).content.decode()
    assert "Panel EN" in empty and "Coffee EN" not in empty


@pytest.mark.parametrize(
    ("code", "now_heading", "next_heading"),
    [
        ("pl", "Teraz trwa", "Za chwilę"),
        ("en", "Happening now", "Coming up next"),
        ("uk", "Зараз триває", "Далі"),
    ],
)
def test_now_and_next_during_the_forum(client, programme, monkeypatch, code, now_heading, next_heading):
    fix_clock(monkeypatch, warsaw(2030, 5, 18, 10, 15))
    content = client.get(sub_page(code, "now")).content.decode()
    now_part, next_part = content.split(f"<h2>{next_heading}</h2>")
    now_part = now_part.split(f'<h2 id="now-heading">{now_heading}</h2>')[1]
    assert localized(code, "Talk") in now_part and localized(code, "Workshop") in now_part
    assert localized(code, "Coffee") in next_part.split("</section>")[0]
    assert localized(code, "Panel") not in content


def test_now_and_next_uses_the_polish_day_not_utc(client, programme, monkeypatch):
    # 23:30 UTC on the 18th is already 01:30 on the 19th in Łódź: next is the next morning's panel.
    fix_clock(monkeypatch, warsaw(2030, 5, 19, 1, 30))
    content = client.get(f"{FORUM['en']}now/").content.decode()
    assert "Nothing is going on right now." in content
    assert "Panel EN" in content.split("<h2>Coming up next</h2>")[1]
    assert "As of Sunday, 19 May 2030, 01:30 (Polish time)." in content


def test_outside_the_forum_days_now_says_nothing_is_on(client, programme):
    content = client.get(sub_page("pl", "now")).content.decode()
    assert "W tej chwili nic się nie odbywa." in content
    assert "Dziś nic więcej." in content


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
def test_speakers_list_shows_who_speaks_at_this_forum(client, programme, code):
    content = client.get(sub_page(code, "speakers")).content.decode()
    names = re.findall(r'<h3 class="h5 mb-0"><a href="([^"]+)">([^<]+)</a>', content)
    assert names == [
        (sub_page(code, "speakers", "anna-kowalska/"), "Anna Kowalska"),
        (sub_page(code, "speakers", "olena-shevchenko/"), "Olena Shevchenko"),
    ]
    assert localized(code, "Neighbours") in content


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
def test_speaker_page_lists_their_sessions_in_order(client, programme, code):
    response = client.get(sub_page(code, "speakers", "anna-kowalska/"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "<h1>Anna Kowalska</h1>" in content
    assert localized(code, "Neighbours") in content
    sessions = re.findall(r'<h3 class="h5 mb-1"><a href="[^"]+">([^<]+)</a>', content)
    assert sessions == [localized(code, name) for name in ("Opening", "Talk", "Panel")]


def test_unknown_or_idle_speaker_gives_404(client, programme):
    assert client.get(f"{FORUM['en']}speakers/nobody/").status_code == 404
    assert client.get(f"{FORUM['en']}speakers/idle/").status_code == 404


def test_session_page_shows_speakers_room_and_json_ld(client, programme, forum, locales):
    session = forum.get_translation(locales["en"]).get_children().get(title="Workshop EN").specific
    response = client.get(session.url)
    content = response.content.decode()
    assert "Workshop room" in content
    assert (
        '<a href="/en/neighbourhood-forum/speakers/olena-shevchenko/">Olena Shevchenko</a> (<span>Library EN</span>)'
        in content
    )
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S).group(1)
    )
    assert data["name"] == "Workshop EN"
    assert data["startDate"] == "2030-05-18T10:00:00+02:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["name"] == "Biblioteka Miejska, Filia 1"
    assert data["maximumAttendeeCapacity"] == 15


def test_forum_overview_lists_rooms_and_links_the_programme(client, programme):
    content = client.get(FORUM["uk"]).content.decode()
    assert "Головна зала" in content
    assert "40 місць" in content
    assert f'href="{sub_page("uk", "timetable")}"' in content
    assert f'href="{sub_page("uk", "speakers")}"' in content


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
@pytest.mark.parametrize(
    ("name", "rest"), [("timetable", ""), ("now", ""), ("speakers", ""), ("speakers", "anna-kowalska/")]
)
def test_each_sub_page_names_itself_canonical_and_its_translations_as_alternates(
    client, programme, code, name, rest
):
    response = client.get(sub_page(code, name, rest))
    assert response.status_code == 200
    head = BeautifulSoup(response.content, "html.parser").head

    own = f"http://testserver{sub_page(code, name, rest)}"
    assert head.find("link", rel="canonical")["href"] == own
    assert head.find("meta", property="og:url")["content"] == own
    alternates = {
        link["hreflang"]: link["href"] for link in head.find_all("link", rel="alternate", hreflang=True)
    }
    assert alternates == {
        **{other: f"http://testserver{sub_page(other, name, rest)}" for other in FORUM},
        "x-default": f"http://testserver{sub_page('pl', name, rest)}",
    }
    switcher = BeautifulSoup(response.content, "html.parser").select("a[hreflang][lang]")
    assert {link["hreflang"]: link["href"] for link in switcher} == {
        other: sub_page(other, name, rest) for other in FORUM if other != code
    }
