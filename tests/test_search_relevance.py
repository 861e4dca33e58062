"""Search understands inflected words in Polish, Ukrainian and English, completes titles from a few
letters, and costs the same number of queries however much it finds (how it ranks what it finds:
tests/test_search_ranking.py).

Runs on the configured backend: SQLite by default, PostgreSQL with DATABASE_URL, OpenSearch with
OPENSEARCH_URL (the index is rebuilt after the pages are made, as OpenSearch shows new documents
only after a refresh).
"""

import json
import os

import pytest
from django.core.management import call_command
from wagtail.search.backends import get_search_backend

from home.models import StandardPage
from home.search_fields import search_index_is_current
from search.engines import DatabaseEngine, OpenSearchEngine, engine
from tests.conftest import build_in_module_site
from tests.factories.home import StandardPageFactory, translate
from tests.query_counts import queries_for
from tests.shell import last_printed_line
from tests.test_search import SEARCH, result_titles

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]

LIBRARY = {"pl": "Biblioteka na Widzewie", "uk": "Бібліотека на Відзеві", "en": "Library in Widzew"}
WORKSHOPS = {"pl": "Warsztaty w Łodzi", "uk": "Майстер-класи в Лодзі", "en": "Workshops in Łódź"}
NEIGHBOURS = {"pl": "Łódź sąsiedzka", "uk": "Сусідська Лодзь", "en": "Neighbourly Łódź"}
CONTACT = {"pl": "Kontakt", "uk": "Контакт", "en": "Contact"}
TEXTS = {
    "library": {
        "pl": "Spotkanie sąsiadów w bibliotece.",
        "uk": "Зустріч сусідів у бібліотеці.",
        "en": "Neighbours meet in the library.",
    },
    "workshops": {
        "pl": "Zapraszamy do biblioteki na Piotrkowskiej.",
        "uk": "Запрошуємо до бібліотеки на Пйотрковській.",
        "en": "Come to the libraries on Piotrkowska.",
    },
    "neighbours": {
        "pl": "Sąsiad pomaga sąsiadowi.",
        "uk": "Сусід допомагає сусідові.",
        "en": "A neighbour helps neighbours.",
    },
    "contact": {"pl": "Telefon do sekretariatu.", "uk": "Телефон секретаріату.", "en": "Call the office."},
}


def reindex_when_needed():
    """OpenSearch shows what was indexed after a refresh; the database index is current at once."""
    if not isinstance(engine(), DatabaseEngine):
        call_command("update_index", verbosity=0)


def build_library(home, locales):
    """Four pages in three languages whose words the searches below look for."""
    pages = []
    for slug, titles in (
        ("library", LIBRARY),
        ("workshops", WORKSHOPS),
        ("neighbours", NEIGHBOURS),
        ("contact", CONTACT),
    ):
        page = StandardPageFactory(parent=home, title=titles["pl"], slug=slug, intro=TEXTS[slug]["pl"])
        for language in ("uk", "en"):
            translate(page, locales[language], title=titles[language], slug=slug, intro=TEXTS[slug][language])
        pages.append(page)
    reindex_when_needed()
    return [page.pk for page in pages]


@pytest.fixture(scope="module")
def _shared_library(_module_ground, django_db_blocker):
    """Built once for the module: every test here only searches them (or undoes what it changes)."""
    return build_in_module_site(_module_ground, django_db_blocker, build_library)


@pytest.fixture
def library_pages(home, _shared_library):
    return [StandardPage.objects.get(pk=key) for key in _shared_library]


def found(client, language, query):
    """The titles of our pages found, in order (the home pages also speak of neighbours and libraries)."""
    ours = {*LIBRARY.values(), *WORKSHOPS.values(), *NEIGHBOURS.values(), *CONTACT.values()}
    return [title for title in result_titles(client.get(SEARCH[language], {"q": query})) if title in ours]


RELEVANCE = [
    # Polish: dictionary form, inflected forms, without diacritics, two words.
    ("pl", "Łódź", [WORKSHOPS, NEIGHBOURS]),
    ("pl", "Łodzi", [WORKSHOPS, NEIGHBOURS]),
    ("pl", "lodz", [WORKSHOPS, NEIGHBOURS]),
    ("pl", "biblioteka", [LIBRARY, WORKSHOPS]),
    ("pl", "bibliotece", [LIBRARY, WORKSHOPS]),
    ("pl", "bibliotek", [LIBRARY, WORKSHOPS]),
    ("pl", "sąsiad", [LIBRARY, NEIGHBOURS]),
    ("pl", "sasiad", [LIBRARY, NEIGHBOURS]),
    ("pl", "sąsiadów", [LIBRARY, NEIGHBOURS]),
    ("pl", "sasiadow", [LIBRARY, NEIGHBOURS]),
    ("pl", "biblioteke", [LIBRARY, WORKSHOPS]),
    ("pl", "warsztat", [WORKSHOPS]),
    ("pl", "warsztaty", [WORKSHOPS]),
    ("pl", "warsztatach", [WORKSHOPS]),
    ("pl", "biblioteka Łódź", [WORKSHOPS]),
    ("pl", "sąsiedzi biblioteka", [LIBRARY]),
    ("pl", "sasiedzi bibliotece", [LIBRARY]),
    # Ukrainian, and Ukrainian typed in Latin letters.
    ("uk", "Лодзь", [WORKSHOPS, NEIGHBOURS]),
    ("uk", "Лодзі", [WORKSHOPS, NEIGHBOURS]),
    ("uk", "lodz", [WORKSHOPS, NEIGHBOURS]),
    ("uk", "бібліотека", [LIBRARY, WORKSHOPS]),
    ("uk", "бібліотеці", [LIBRARY, WORKSHOPS]),
    ("uk", "сусід", [LIBRARY, NEIGHBOURS]),
    ("uk", "сусідів", [LIBRARY, NEIGHBOURS]),
    ("uk", "майстер-клас", [WORKSHOPS]),
    ("uk", "бібліотека Лодзь", [WORKSHOPS]),
    # English: Snowball stems.
    ("en", "workshop", [WORKSHOPS]),
    ("en", "workshops", [WORKSHOPS]),
    ("en", "library", [LIBRARY, WORKSHOPS]),
    ("en", "libraries", [LIBRARY, WORKSHOPS]),
    ("en", "lodz", [WORKSHOPS, NEIGHBOURS]),
    ("en", "neighbour", [LIBRARY, NEIGHBOURS]),
    ("en", "library Łódź", [WORKSHOPS]),
]


@pytest.mark.parametrize(("language", "query", "expected"), RELEVANCE)
def test_every_form_of_a_word_finds_the_same_pages(client, library_pages, language, query, expected):
    assert sorted(found(client, language, query)) == sorted(titles[language] for titles in expected)


def test_a_page_in_another_language_is_not_found(client, library_pages):
    assert found(client, "uk", "Відзеві") == [LIBRARY["uk"]]
    assert found(client, "pl", "Відзеві") == []
    assert found(client, "pl", "zapraszamy") == [WORKSHOPS["pl"]]
    assert found(client, "en", "zapraszamy") == []


def test_found_forms_are_highlighted_in_the_excerpt(client, library_pages):
    content = client.get("/pl/szukaj/", {"q": "biblioteka"}).content.decode()
    assert "w <mark>bibliotece</mark>." in content
    assert "do <mark>biblioteki</mark> na" in content


@pytest.mark.parametrize(
    ("language", "query", "title"),
    [
        ("pl", "Łod", NEIGHBOURS["pl"]),
        ("pl", "lod", NEIGHBOURS["pl"]),
        ("pl", "bibliot", LIBRARY["pl"]),
        ("pl", "warsztaty w Ło", WORKSHOPS["pl"]),
        ("uk", "бібл", LIBRARY["uk"]),
        ("uk", "Лод", NEIGHBOURS["uk"]),
        ("en", "libr", LIBRARY["en"]),
    ],
)
def test_autocomplete_completes_folded_beginnings(client, library_pages, language, query, title):
    response = client.get(f"{SEARCH[language]}autocomplete/", {"q": query})
    titles = [item["title"] for item in json.loads(response.content)["results"]]
    assert title in titles
    assert CONTACT[language] not in titles


@pytest.mark.parametrize(
    "query",
    ["a w i", "biblioteka0", "Łódź\x00Łodzi", "((bibliot* OR", '"', "ż" * 300, "NOT biblioteka", "-- ;"],
)
def test_odd_queries_answer_a_normal_page(client, library_pages, query):
    response = client.get("/pl/szukaj/", {"q": query})
    assert response.status_code == 200
    assert '<html lang="pl"' in response.content.decode()
    assert client.get("/pl/szukaj/autocomplete/", {"q": query}).status_code == 200


def test_query_count_does_not_grow_with_the_number_of_matches(
    client, library_pages, home, django_assert_max_num_queries, search_hits_not_due
):
    few = queries_for(client, "/pl/szukaj/", {"q": "biblioteka"})
    for index in range(25):
        StandardPageFactory(parent=home, title=f"Biblioteka {index}", slug=f"biblioteka-{index}")
    reindex_when_needed()
    client.get("/pl/szukaj/", {"q": "biblioteka"})  # publishing renewed the cached site chrome
    with django_assert_max_num_queries(few):
        response = client.get("/pl/szukaj/", {"q": "biblioteka"})
    assert "Strona 1 z 3" in response.content.decode()


def test_an_index_without_normalised_words_is_noticed_and_rebuilt(client, library_pages):
    """What `make run` checks before serving (demo.management.commands.prepare_demo_site)."""
    assert search_index_is_current()
    for page in library_pages:
        get_search_backend().delete(page.specific)
    get_search_backend().delete(library_pages[0].get_parent().specific)
    assert not search_index_is_current()
    assert found(client, "pl", "biblioteka") == []
    call_command("update_index", verbosity=0)
    assert search_index_is_current()
    assert sorted(found(client, "pl", "biblioteka")) == sorted([LIBRARY["pl"], WORKSHOPS["pl"]])


def test_the_analysers_load_on_the_first_search_of_a_process_not_when_it_starts():
    """A process that loads the site (the web master before its workers fork, the scheduler, a
    command) holds no dictionary until it normalises a word; then only the language's analyser."""
    code = (
        "import sys; import search.views; from sas_cms.warm_up import warm_up; warm_up(); "
        "loaded = lambda: sorted(set(sys.modules) & {'morfeusz2', 'pymorphy3', 'Stemmer'}); "
        "started = loaded(); from core.text.folding import query_words; "
        "query_words('Łodzi', 'pl'); print(started, loaded())"
    )
    assert last_printed_line(code) == "[] ['morfeusz2']"


@pytest.mark.skipif(not os.environ.get("OPENSEARCH_URL"), reason="needs OPENSEARCH_URL (a real OpenSearch)")
def test_opensearch_answers_with_the_same_normalised_words(client, library_pages):
    assert isinstance(engine(), OpenSearchEngine)
    assert sorted(found(client, "pl", "bibliotek")) == sorted([LIBRARY["pl"], WORKSHOPS["pl"]])
    assert found(client, "uk", "Лодзь") and found(client, "pl", "Łódź") == found(client, "pl", "lodz")
