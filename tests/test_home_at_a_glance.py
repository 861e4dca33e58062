"""The home page shows the programme at a glance to a first-time visitor, in pl, en and uk: what
SAS is with a link to the programme page, the zones on a map and as a list, the next Forum with
its dates and the way to register, the latest stories and the latest ideas; each zone page shows
its branch on a small map. The home page costs the same number of queries however much content."""

import datetime
import json
import re

import pytest

from tests.addresses import url_in
from tests.factories.forum import REGISTRATION_CLOCK, ForumPageFactory, fix_clock
from tests.factories.home import StandardPageFactory, translate
from tests.factories.ideas import IdeaFactory, supported, zone_with_needs
from tests.factories.zones import StoryPageFactory, ZonePageFactory, translated
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(homes, locales):
    about = StandardPageFactory(parent=homes["pl"], title="O projekcie", slug="o-projekcie")
    pages = translated(
        about,
        locales,
        en={"title": "About", "slug": "about"},
        uk={"title": "Про проєкт", "slug": "pro-proiekt"},
    )
    homes["pl"].programme_page = about
    homes["pl"].save_revision().publish()
    return pages


@pytest.fixture
def glance(homes, locales, programme, monkeypatch):
    fix_clock(monkeypatch, REGISTRATION_CLOCK)
    zones = zone_with_needs(homes, locales, title="Strefa Teofilów")
    forum = ForumPageFactory(parent=homes["pl"])
    translated(
        forum, locales, en={"title": "Neighbourhood Forum 2030"}, uk={"title": "Сусідський форум 2030"}
    )
    story = StoryPageFactory(parent=zones["pl"], title="Pierwsza herbatka")
    translated(story, locales, en={"title": "The first tea"}, uk={"title": "Перше чаювання"})
    IdeaFactory(zone=zones["pl"], title="Sąsiedzka herbatka")
    return zones


@pytest.mark.parametrize(
    ("code", "more", "about", "forum", "register", "story"),
    [
        (
            "pl",
            "Więcej o programie",
            "/pl/o-projekcie/",
            "Forum Sąsiedzkie 2030",
            "Program i zapisy",
            "Pierwsza herbatka",
        ),
        (
            "en",
            "More about the programme",
            "/en/about/",
            "Neighbourhood Forum 2030",
            "Programme and registration",
            "The first tea",
        ),
        (
            "uk",
            "Більше про програму",
            "/uk/pro-proiekt/",
            "Сусідський форум 2030",
            "Програма та реєстрація",
            "Перше чаювання",
        ),
    ],
)
def test_the_home_page_shows_the_programme_at_a_glance(
    client, glance, code, more, about, forum, register, story
):
    text = client.get(f"/{code}/").content.decode()
    assert f'<a href="{about}">{more}</a>' in text
    assert glance[code].title in text and glance[code].url in text  # the zone in the no-JavaScript list
    map_data = json.loads(
        re.search(r'<script id="zone-map-data" type="application/json">(.*?)</script>', text)[1]
    )
    assert [zone["title"] for zone in map_data] == [glance[code].title]
    assert forum in text and "18 " in text and register in text
    assert story in text
    assert "Sąsiedzka herbatka" in text
    assert f'href="{url_in(code, "ideas_zone", glance[code].pk)}">{glance[code].title}</a>' in text


def test_a_forum_that_is_over_shows_as_the_latest_not_the_next(client, glance, monkeypatch):
    fix_clock(monkeypatch, REGISTRATION_CLOCK + datetime.timedelta(days=60))
    text = client.get("/en/").content.decode()
    assert "What happened at the Forum" in text and "The next Neighbourhood Forum" not in text


def test_each_zone_page_shows_its_branch_on_a_small_map(client, glance):
    text = client.get(glance["uk"].url).content.decode()
    assert 'class="zone-map zone-map-small mb-4"' in text
    (place,) = json.loads(
        re.search(r'<script id="zone-map-data" type="application/json">(.*?)</script>', text)[1]
    )
    assert (place["title"], place["lat"], place["lng"]) == (glance["uk"].title, 51.75924, 19.45598)


def test_home_page_queries_do_not_grow_with_zones_stories_and_ideas(
    client, homes, locales, programme, monkeypatch
):
    fix_clock(monkeypatch, REGISTRATION_CLOCK)
    ForumPageFactory(parent=homes["pl"])
    zones = zone_with_needs(homes, locales)
    translate(StoryPageFactory(parent=zones["pl"]), locales["en"])
    IdeaFactory(zone=zones["pl"])
    few = queries_for(client, "/en/")
    for number in range(5):
        zone = translated(ZonePageFactory(parent=zones["pl"].get_parent(), title=f"Strefa {number}"), locales)
        StoryPageFactory(parent=zone["pl"])
        translate(StoryPageFactory(parent=zone["pl"]), locales["en"])
        supported(IdeaFactory(zone=zone["pl"]), 3)
    assert queries_for(client, "/en/") == few
