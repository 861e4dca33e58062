"""RSS 2.0 and Atom feeds of stories, site-wide and per zone, in each language, with autodiscovery."""

import xml.etree.ElementTree as ET

import pytest

from tests.factories.zones import StoryPageFactory, ZonePageFactory, story_indexes, translated, zone_indexes

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def site(homes, locales):
    zones = zone_indexes(homes, locales)
    north = translated(ZonePageFactory(parent=zones["pl"], title="Strefa Bałuty"), locales)
    south = translated(ZonePageFactory(parent=zones["pl"], title="Strefa Górna"), locales)
    for zone, title in ((north, "Bałuty"), (south, "Górna")):
        page = StoryPageFactory(parent=zone["pl"], title=f"Historia {title}", author="Ewa Lis")
        page.tags.add("sąsiedzi")
        page.save_revision().publish()
        translated(page, locales, en={"title": f"Story {title}"}, uk={"title": f"Історія {title}"})
    return {"stories": story_indexes(homes, locales), "north": north}


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        ("pl", ["Historia Górna", "Historia Bałuty"]),
        ("en", ["Story Górna", "Story Bałuty"]),
        ("uk", ["Історія Górna", "Історія Bałuty"]),
    ],
)
def test_site_wide_rss_lists_the_stories_of_the_language(client, site, language, titles):
    response = client.get(f"{site['stories'][language].url}feed/rss/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == language
    assert [item.findtext("title") for item in channel.findall("item")] == titles
    first = channel.findall("item")[0]
    assert first.findtext("link").startswith("http://testserver/")
    assert first.findtext("description") == "Krótko o tym, co się wydarzyło."
    assert first.findtext("category") == "sąsiedzi"


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_site_wide_atom_parses_and_links_to_the_stories(client, site, language):
    response = client.get(f"{site['stories'][language].url}feed/atom/")

    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 2
    assert entries[0].find(f"{ATOM}link").get("href").startswith(f"http://testserver/{language}/")
    assert entries[0].find(f"{ATOM}author").findtext(f"{ATOM}name") == "Ewa Lis"


def test_zone_feeds_list_only_that_zones_stories(client, site):
    rss = ET.fromstring(client.get(f"{site['north']['en'].url}feed/rss/").content)
    atom = ET.fromstring(client.get(f"{site['north']['en'].url}feed/atom/").content)

    assert [item.findtext("title") for item in rss.find("channel").findall("item")] == ["Story Bałuty"]
    assert [entry.findtext(f"{ATOM}title") for entry in atom.findall(f"{ATOM}entry")] == ["Story Bałuty"]


def test_pages_announce_their_feeds_in_the_head(client, site):
    index = site["stories"]["uk"]
    zone = site["north"]["uk"]

    index_head = client.get(index.url).content.decode().split("</head>")[0]
    zone_head = client.get(zone.url).content.decode().split("</head>")[0]

    assert (
        f'<link rel="alternate" type="application/rss+xml" title="{index.title} (RSS)" href="{index.url}feed/rss/">'
        in index_head
    )
    assert (
        f'<link rel="alternate" type="application/atom+xml" title="{index.title} (Atom)" href="{index.url}feed/atom/">'
        in index_head
    )
    assert f'href="{zone.url}feed/rss/"' in zone_head
