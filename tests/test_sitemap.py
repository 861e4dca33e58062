"""Search engines: the sitemap lists every language and robots.txt points to it."""

import re

import pytest

from tests.factories.forum import (
    EventIndexPageFactory,
    ForumPageFactory,
    SessionPageFactory,
    SessionSpeakerFactory,
    SpeakerFactory,
)
from tests.factories.home import StandardPageFactory, translate
from tests.factories.zones import GuidePageFactory

pytestmark = pytest.mark.django_db


def test_sitemap_lists_every_live_page_in_all_three_languages(client, home, locales):
    page = StandardPageFactory(parent=home, slug="o-projekcie")
    translate(page, locales["en"], slug="about")
    translate(page, locales["uk"], slug="pro-proiekt")
    draft = StandardPageFactory(parent=home, slug="szkic")
    draft.unpublish()
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locations = set(re.findall(r"<loc>([^<]+)</loc>", response.content.decode()))
    assert locations == {
        "http://testserver/pl/",
        "http://testserver/en/",
        "http://testserver/uk/",
        "http://testserver/pl/o-projekcie/",
        "http://testserver/en/about/",
        "http://testserver/uk/pro-proiekt/",
    }


def test_sitemap_lists_the_sub_pages_search_engines_should_find(client, home, locales):
    forum = ForumPageFactory(parent=home)
    translate(forum, locales["en"], title="Neighbourhood Forum", slug="neighbourhood-forum")
    session = SessionPageFactory(parent=forum, slug="otwarcie")
    SessionSpeakerFactory(session=session, speaker=SpeakerFactory(slug="anna-kowalska"), sort_order=0)
    EventIndexPageFactory(parent=home, slug="kalendarium")
    GuidePageFactory(parent=home, slug="jak-stworzyc-sas")

    locations = set(re.findall(r"<loc>([^<]+)</loc>", client.get("/sitemap.xml").content.decode()))

    assert {
        "http://testserver/pl/forum-sasiedzkie/program/",
        "http://testserver/pl/forum-sasiedzkie/prelegenci/",
        "http://testserver/pl/forum-sasiedzkie/prelegenci/anna-kowalska/",
        "http://testserver/en/neighbourhood-forum/timetable/",
        "http://testserver/pl/kalendarium/minione/",
        "http://testserver/pl/jak-stworzyc-sas/caly-poradnik/",
    } <= locations
    assert not any(word in location for location in locations for word in ("/teraz/", "/now/", "/miesiac/"))
    for location in locations:
        assert client.get(location.removeprefix("http://testserver")).status_code == 200, location


def test_robots_txt_points_to_the_sitemap(client, home):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
