"""Whatever an editor types into a story (or a resident into an idea), its RSS and Atom feeds are
XML that a parser reads back with the text, as XML can carry it. The generated text:
tests/editor_text.py."""

import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ideas.models import Idea
from tests.editor_text import as_xml, edit, example, text, title
from tests.factories.ideas import IdeaFactory, zone_with_needs
from tests.factories.zones import StoryPageFactory, ZonePageFactory, story_indexes, zone_indexes

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

ATOM = "{http://www.w3.org/2005/Atom}"


def items(content, kind):
    """(title, description, author) of each item of an RSS or Atom feed, as an XML parser reads them."""
    root = ET.fromstring(content)
    if kind == "rss":
        creator = "{http://purl.org/dc/elements/1.1/}creator"
        found = root.find("channel").findall("item")
        return [
            (item.findtext("title"), item.findtext("description"), item.findtext(creator)) for item in found
        ]
    return [
        (
            entry.findtext(f"{ATOM}title"),
            entry.findtext(f"{ATOM}summary"),
            entry.findtext(f"{ATOM}author/{ATOM}name"),
        )
        for entry in root.findall(f"{ATOM}entry")
    ]


@pytest.fixture
def stories(homes, locales):
    """The list of stories, and a story of a zone (stories are written under their zone's page)."""
    zone = ZonePageFactory(parent=zone_indexes(homes, locales)["pl"])
    return story_indexes(homes, locales)["pl"], StoryPageFactory(parent=zone)


STORY_TEXT = st.fixed_dictionaries(
    {"title": title(), "intro": text(min_size=1), "author": text(200, min_size=1)}
)


@given(fields=STORY_TEXT, list_title=title())
def test_a_storys_text_reaches_its_feeds(client, stories, fields, list_title):
    index, story = stories
    with example():
        index = edit(index, {"title": list_title})
        edit(story, fields)
        for kind in ("rss", "atom"):
            response = client.get(f"{index.url}feed/{kind}/")

            assert response.status_code == 200
            (item,) = items(response.content, kind)
            assert item == (
                as_xml(fields["title"]),
                as_xml(fields["intro"]),
                as_xml(fields["author"]) or None,
            )
            assert as_xml(list_title) in ET.fromstring(response.content).findtext(
                f".//{ATOM}title" if kind == "atom" else "channel/title"
            )


IDEA_TEXT = st.fixed_dictionaries(
    {"title": text(120, min_size=1), "description": text(3000, min_size=1), "public_name": text(100)}
)


@pytest.fixture
def zone(homes, locales):
    return zone_with_needs(homes, locales)["pl"]


@given(fields=IDEA_TEXT)
def test_an_ideas_text_reaches_its_zones_feeds(client, zone, fields):
    with example():
        IdeaFactory(zone=zone, **fields)
        assert Idea.objects.count() == 1
        for kind in ("rss", "atom"):
            response = client.get(f"/pl/ideas/zone/{zone.pk}/feed/{kind}/")

            assert response.status_code == 200
            (item,) = items(response.content, kind)
            assert item == (
                as_xml(fields["title"]),
                as_xml(fields["description"]),
                as_xml(fields["public_name"]) or None,
            )
