"""The Forum programme where editors left gaps or changed plans: a cancelled session is left out of
now and next, a speaker or room not yet translated is marked as Polish, and a venue without an
address gives the host zone's. Each test builds its own Forum (tests/test_forum_programme.py shares
one with a whole programme)."""

import pytest
from bs4 import BeautifulSoup

from tests.factories.forum import RoomFactory, SpeakerFactory, fix_clock, warsaw
from tests.factories.zones import ZoneIndexPageFactory, ZonePageFactory
from tests.test_forum_programme import (
    BEFORE_THE_FORUM,
    FORUM,
    add_session,
    add_speaker,
    build_forum,
    sub_page,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def forum(home, locales, monkeypatch):
    fix_clock(monkeypatch, BEFORE_THE_FORUM)
    return build_forum(home, locales)


def test_now_and_next_skips_cancelled_sessions(client, forum, locales, monkeypatch):
    add_session(
        forum,
        locales,
        "Dropped",
        0,
        status="cancelled",
        start=warsaw(2030, 5, 18, 10),
        end=warsaw(2030, 5, 18, 11),
    )
    add_session(forum, locales, "Kept", 1, start=warsaw(2030, 5, 18, 10), end=warsaw(2030, 5, 18, 11))
    fix_clock(monkeypatch, warsaw(2030, 5, 18, 10, 30))
    response = client.get(f"{FORUM['en']}now/")
    assert response.status_code == 200
    happening_now = response.content.decode().split('<h2 id="now-heading">Happening now</h2>')[1]
    assert "Kept EN" in happening_now
    assert "Dropped EN" not in happening_now


@pytest.mark.parametrize(
    ("venue", "address"),
    [
        ({"venue_name": "Sala konferencyjna", "venue_address": ""}, "ul. Piotrkowska 100, 90-001 Łódź"),
        (
            {"venue_name": "Sala konferencyjna", "venue_address": "ul. Wólczańska 5, 90-001 Łódź"},
            "ul. Wólczańska 5, 90-001 Łódź",
        ),
    ],
)
def test_forum_overview_gives_the_host_zone_address_when_the_venue_has_none(
    client, forum, locales, venue, address
):
    zone = ZonePageFactory(
        parent=ZoneIndexPageFactory(parent=forum.get_parent()), street="ul. Piotrkowska 100"
    )
    forum.zone = zone
    for field, value in venue.items():
        setattr(forum, field, value)
    forum.save_revision().publish()
    response = client.get(FORUM["pl"])
    assert response.status_code == 200
    content = response.content.decode()
    assert "· Sala konferencyjna</p>" in content
    assert f"<p>Adres: {address}</p>" in content


def test_a_speaker_and_room_not_yet_translated_are_marked_as_polish(client, forum, locales):
    translated = add_speaker(locales, "Anna Kowalska", "anna-kowalska", "Neighbours")
    untranslated = SpeakerFactory(
        name="Jan Nowak", slug="jan-nowak", organisation="Rada Osiedla", bio="<p>Sąsiad z Bałut.</p>"
    )
    annex = RoomFactory(forum=forum, name="Aneks")
    session = add_session(
        forum,
        locales,
        "Talk",
        speakers=[translated, untranslated],
        start=warsaw(2030, 5, 18, 10),
        end=warsaw(2030, 5, 18, 11),
    )
    session.room = annex
    session.save_revision().publish()
    english = session.get_translation(locales["en"])
    english.room = annex
    english.save_revision().publish()

    page = BeautifulSoup(client.get(english.url).content, "html.parser")
    assert page.find(string="Aneks").parent["lang"] == "pl"
    assert page.find(string="Rada Osiedla").parent["lang"] == "pl"
    assert not page.find(string="Neighbours EN").parent.has_attr("lang")

    speaker = BeautifulSoup(client.get(sub_page("en", "speakers", "jan-nowak/")).content, "html.parser")
    assert speaker.find(string="Rada Osiedla").parent["lang"] == "pl"
    assert speaker.find(string="Sąsiad z Bałut.").find_parent("div")["lang"] == "pl"
    own = BeautifulSoup(client.get(sub_page("en", "speakers", "anna-kowalska/")).content, "html.parser")
    assert not own.find(string="Neighbours EN").parent.has_attr("lang")
    polish = BeautifulSoup(client.get(sub_page("pl", "speakers", "jan-nowak/")).content, "html.parser")
    assert not polish.find(string="Rada Osiedla").parent.has_attr("lang")
