"""Search engines: the sitemap lists every language and robots.txt points to it."""

import re

import pytest

from tests.factories.home import StandardPageFactory, translate

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


def test_robots_txt_points_to_the_sitemap(client, home):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
