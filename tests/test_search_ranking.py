"""Search ranks what it finds as a resident expects: titles before text, the form of a word she
typed before its other forms, and events to come before past ones."""

import pytest

from tests.factories.forum import EventIndexPageFactory, EventPageFactory, warsaw
from tests.factories.home import StandardPageFactory
from tests.test_search import result_titles
from tests.test_search_relevance import reindex_when_needed

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


def test_title_matches_come_before_text_matches(client, home):
    StandardPageFactory(parent=home, title="Ogród społeczny", slug="ogrod", intro="Grządki.")
    StandardPageFactory(
        parent=home, title="Spacer po osiedlu", slug="spacer", intro="Do ogrodu i z powrotem."
    )
    reindex_when_needed()
    assert result_titles(client.get("/pl/szukaj/", {"q": "ogród"})) == [
        "Ogród społeczny",
        "Spacer po osiedlu",
    ]


def test_the_form_typed_comes_before_other_forms(client, home):
    StandardPageFactory(parent=home, title="Warsztat ceramiczny", slug="warsztat", intro="Glina.")
    StandardPageFactory(parent=home, title="Warsztaty ceramiki", slug="warsztaty", intro="Glina.")
    reindex_when_needed()
    assert result_titles(client.get("/pl/szukaj/", {"q": "warsztat"})) == [
        "Warsztat ceramiczny",
        "Warsztaty ceramiki",
    ]
    assert result_titles(client.get("/pl/szukaj/", {"q": "warsztaty"})) == [
        "Warsztaty ceramiki",
        "Warsztat ceramiczny",
    ]


def test_events_to_come_go_before_past_ones_of_equal_relevance(client, home):
    agenda = EventIndexPageFactory(parent=home)
    coming = EventPageFactory(
        parent=agenda, title="Kino sąsiedzkie", slug="kino-2030", start=warsaw(2030, 3, 1)
    )
    past = EventPageFactory(
        parent=agenda, title="Kino sąsiedzkie", slug="kino-2020", start=warsaw(2020, 3, 1)
    )
    reindex_when_needed()
    content = client.get("/pl/szukaj/", {"q": "kino"}).content.decode()
    assert content.index(f'href="{coming.url}"') < content.index(f'href="{past.url}"')
