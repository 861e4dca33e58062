"""Addresses read in the page's language: sub-pages and search answer at their own words in
Polish, English and Ukrainian, name themselves so to search engines, and every older address
(English words under /pl/, another language's words, an old slug) answers 301 to the new one."""

import pytest
from bs4 import BeautifulSoup

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

PAGES = {
    "forum": {"pl": "/pl/forum/", "en": "/en/forum/", "uk": "/uk/forum/"},
    "agenda": {"pl": "/pl/kalendarium/", "en": "/en/agenda/", "uk": "/uk/kalendar/"},
    "guide": {"pl": "/pl/poradnik/", "en": "/en/guide/", "uk": "/uk/posibnyk/"},
}
SUB_PAGES = [
    ("forum", {"pl": "program/", "en": "timetable/", "uk": "rozklad/"}),
    ("forum", {"pl": "teraz/", "en": "now/", "uk": "zaraz/"}),
    ("forum", {"pl": "prelegenci/", "en": "speakers/", "uk": "dopovidachi/"}),
    ("forum", {"pl": "prelegenci/anna/", "en": "speakers/anna/", "uk": "dopovidachi/anna/"}),
    ("agenda", {"pl": "minione/", "en": "past/", "uk": "mynuli/"}),
    ("agenda", {"pl": "miesiac/", "en": "month/", "uk": "misyats/"}),
    ("guide", {"pl": "caly-poradnik/", "en": "whole/", "uk": "uves-posibnyk/"}),
]
SEARCH = {"pl": "/pl/szukaj/", "en": "/en/search/", "uk": "/uk/poshuk/"}


@pytest.fixture
def routable_pages(home, locales):
    """A Forum with a speaker, an agenda and a guide, each in three languages."""
    forum = ForumPageFactory(parent=home, slug="forum")
    session = SessionPageFactory(parent=forum)
    SessionSpeakerFactory(session=session, speaker=SpeakerFactory(slug="anna"), sort_order=0)
    agenda = EventIndexPageFactory(parent=home)
    guide = GuidePageFactory(parent=home)
    for page, name in ((forum, "forum"), (agenda, "agenda"), (guide, "guide")):
        for code in ("en", "uk"):
            translate(page, locales[code], slug=PAGES[name][code].split("/")[2])
    for code in ("en", "uk"):
        translate(session, locales[code])


def address(name, segments, code):
    return PAGES[name][code] + segments[code]


def head_of(response):
    return BeautifulSoup(response.content, "html.parser").head


@pytest.mark.parametrize(("name", "segments"), SUB_PAGES)
def test_each_sub_page_answers_at_its_own_words_and_names_them_in_every_language(
    client, routable_pages, name, segments
):
    for code in ("pl", "en", "uk"):
        response = client.get(address(name, segments, code))
        assert response.status_code == 200, address(name, segments, code)
        head = head_of(response)
        own = "http://testserver" + address(name, segments, code)
        assert head.find("link", rel="canonical")["href"] == own
        assert head.find("meta", property="og:url")["content"] == own
        alternates = {
            link["hreflang"]: link["href"] for link in head.find_all("link", rel="alternate", hreflang=True)
        }
        assert alternates == {
            **{other: "http://testserver" + address(name, segments, other) for other in ("pl", "en", "uk")},
            "x-default": "http://testserver" + address(name, segments, "pl"),
        }


@pytest.mark.parametrize(("name", "segments"), SUB_PAGES)
def test_a_sub_page_in_another_languages_words_redirects_to_the_pages_own(
    client, routable_pages, name, segments
):
    for code in ("pl", "en", "uk"):
        for other in ("pl", "en", "uk"):
            if segments[other] == segments[code]:
                continue
            response = client.get(PAGES[name][code] + segments[other])
            assert (response.status_code, response["Location"]) == (301, address(name, segments, code))


def test_an_old_english_address_keeps_its_query_and_an_unknown_one_stays_not_found(client, routable_pages):
    response = client.get("/pl/forum/timetable/", {"kind": "workshop"})
    assert (response.status_code, response["Location"]) == (301, "/pl/forum/program/?kind=workshop")
    assert client.get("/pl/forum/harmonogram/").status_code == 404
    assert client.get("/uk/forum/dopovidachi/nobody/").status_code == 404


def test_the_forums_links_use_the_pages_own_words(client, routable_pages):
    content = client.get("/uk/forum/").content.decode()
    assert 'href="/uk/forum/rozklad/"' in content
    assert 'href="/uk/forum/dopovidachi/"' in content
    assert 'href="/pl/kalendarium/minione/"' in client.get("/pl/kalendarium/").content.decode()


def test_search_answers_at_its_address_in_each_language(client, home):
    for code, path in SEARCH.items():
        response = client.get(path, {"q": "sąsiedzi"})
        assert response.status_code == 200, path
        switcher = BeautifulSoup(response.content, "html.parser").select("a[hreflang][lang]")
        assert {link["hreflang"]: link["href"] for link in switcher} == {
            other: other_path for other, other_path in SEARCH.items() if other != code
        }
        assert f'action="{path}"' in response.content.decode()


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/pl/search/?q=lodz", "/pl/szukaj/?q=lodz"),
        ("/uk/search/", "/uk/poshuk/"),
        ("/pl/search/autocomplete/?q=lo", "/pl/szukaj/autocomplete/?q=lo"),
    ],
)
def test_the_old_search_address_redirects_to_the_languages_own(client, home, old, new):
    response = client.get(old)
    assert (response.status_code, response["Location"]) == (301, new)


def test_a_page_whose_slug_changes_leaves_its_old_address_redirecting(
    client, home, locales, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(parent=home, title="Kontakt", slug="contact")
    english = translate(page, locales["en"], title="Contact", slug="contact")

    with django_capture_on_commit_callbacks(execute=True):
        page.slug = "kontakt"
        page.save_revision().publish()

    response = client.get("/pl/contact/")
    assert (response.status_code, response["Location"]) == (301, "/pl/kontakt/")
    assert client.get("/pl/kontakt/").status_code == 200
    assert client.get(english.url).status_code == 200


def test_a_page_saved_without_a_slug_gets_its_titles_in_latin_letters(client, home, locales):
    page = StandardPageFactory(parent=home, title="Łódź – Stoki", slug="")
    translation = page.copy_for_translation(locales["uk"])
    translation.title, translation.slug = "Розклад занять", ""
    translation.save()
    translation.save_revision().publish()
    second = StandardPageFactory(parent=home, title="Łódź – Stoki", slug="")

    assert (page.slug, second.slug, translation.slug) == ("lodz-stoki", "lodz-stoki-2", "rozklad-zanyat")
    assert client.get("/uk/rozklad-zanyat/").status_code == 200
