"""Addresses read in the page's language: sub-pages, search and the forum's and ideas' own pages answer at their own words in
Polish, English and Ukrainian, name themselves so to search engines, and every older address
(English words under /pl/, another language's words, an old slug) answers 301 to the new one."""

import pytest
from bs4 import BeautifulSoup

from forum.registrations.links import manage_token
from ideas.links import token as confirm_token
from ideas.models import IdeaStatus
from tests.addresses import url_in
from tests.factories.forum import (
    EventIndexPageFactory,
    ForumPageFactory,
    SessionPageFactory,
    SessionSpeakerFactory,
    SpeakerFactory,
    confirmed_booking,
    fix_clock,
    open_workshop,
    translated_agenda,
    warsaw,
)
from tests.factories.home import StandardPageFactory, translate
from tests.factories.ideas import IdeaFactory, zone_with_needs
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


# The forum's and the ideas' own pages: each address in pl, en and uk, and the English one they had
# in every language before (links in e-mails among them), as the names of their views.
OWN_PAGES = {
    "calendar_help": {"pl": "kalendarz/pomoc/", "en": "calendar/help/", "uk": "kalendar/dovidka/"},
    "registration_form": {
        "pl": "zapisy/{event}/",
        "en": "registration/{event}/",
        "uk": "reyestratsiya/{event}/",
    },
    "registration_sent": {
        "pl": "zapisy/{event}/wyslano/",
        "en": "registration/{event}/sent/",
        "uk": "reyestratsiya/{event}/nadislano/",
    },
    "registration_manage": {
        "pl": "zapisy/zarzadzaj/{manage}/",
        "en": "registration/manage/{manage}/",
        "uk": "reyestratsiya/keruvannya/{manage}/",
    },
    "registration_links": {
        "pl": "zapisy/linki/",
        "en": "registration/links/",
        "uk": "reyestratsiya/posylannya/",
    },
    "ideas_zone": {"pl": "pomysly/strefa/{zone}/", "en": "ideas/zone/{zone}/", "uk": "ideyi/zona/{zone}/"},
    "ideas_propose": {
        "pl": "pomysly/strefa/{zone}/zaproponuj/",
        "en": "ideas/zone/{zone}/propose/",
        "uk": "ideyi/zona/{zone}/zaproponuvaty/",
    },
    "ideas_sent": {
        "pl": "pomysly/strefa/{zone}/wyslano/",
        "en": "ideas/zone/{zone}/sent/",
        "uk": "ideyi/zona/{zone}/nadislano/",
    },
    "ideas_idea": {"pl": "pomysly/{idea}/", "en": "ideas/{idea}/", "uk": "ideyi/{idea}/"},
    "ideas_support": {
        "pl": "pomysly/{idea}/poprzyj/",
        "en": "ideas/{idea}/support/",
        "uk": "ideyi/{idea}/pidtrymaty/",
    },
    "ideas_support_sent": {
        "pl": "pomysly/{idea}/poprzyj/wyslano/",
        "en": "ideas/{idea}/support/sent/",
        "uk": "ideyi/{idea}/pidtrymaty/nadislano/",
    },
    "ideas_confirm": {
        "pl": "pomysly/potwierdz/{confirm}/",
        "en": "ideas/confirm/{confirm}/",
        "uk": "ideyi/pidtverdyty/{confirm}/",
    },
}


@pytest.fixture
def own_pages(home, homes, locales, monkeypatch):
    """The values in the forum's and ideas' addresses, per language: an event taking registrations
    with one booking (its manage token), a zone in three languages with a published idea, and an idea
    waiting for its author's confirmation (its token)."""
    fix_clock(monkeypatch, warsaw(2030, 5, 1, 12))
    event = open_workshop(translated_agenda(home, locales))
    zones = zone_with_needs(homes, locales)
    shared = {
        "event": event.pk,
        "manage": manage_token(confirmed_booking(event)),
        "idea": IdeaFactory(zone=zones["pl"]).pk,
        "confirm": confirm_token(IdeaFactory(zone=zones["pl"], status=IdeaStatus.PENDING, published_at=None)),
    }
    return {code: {**shared, "zone": zones[code].pk} for code in ("pl", "en", "uk")}


def own_address(name, code, values, words=None):
    """The address of the view `name` under /`code`/, in the words of `words` (else of `code`)."""
    return f"/{code}/" + OWN_PAGES[name][words or code].format(**values)


def arguments(name, values):
    return [
        values[key]
        for key in ("event", "manage", "zone", "idea", "confirm")
        if f"{{{key}}}" in OWN_PAGES[name]["en"]
    ]


@pytest.mark.parametrize("name", OWN_PAGES)
def test_the_forums_and_ideas_pages_answer_at_their_own_words_and_are_linked_so(client, own_pages, name):
    for code, values in own_pages.items():
        path = own_address(name, code, values)
        # Supporting is a form on the idea's page: its own address sends a GET there.
        assert client.get(path).status_code == (302 if name == "ideas_support" else 200), path
        assert url_in(code, name, *arguments(name, values)) == path


@pytest.mark.parametrize("name", OWN_PAGES)
def test_their_old_english_addresses_redirect_keeping_token_and_query(client, own_pages, name):
    for code in ("pl", "uk"):
        old = own_address(name, code, own_pages[code], words="en")
        new = own_address(name, code, own_pages[code])
        response = client.get(old, {"from": "mail"})
        assert (response.status_code, response["Location"]) == (301, new + "?from=mail")
        assert (client.head(old).status_code, client.head(old)["Location"]) == (301, new)


@pytest.mark.parametrize(
    "name", ["registration_form", "registration_links", "ideas_propose", "ideas_support"]
)
def test_a_form_posted_to_an_old_address_is_sent_on_with_its_method_and_data(client, own_pages, name):
    old = own_address(name, "uk", own_pages["uk"], words="en")
    response = client.post(old, {"email": "anna@example.org"})
    assert (response.status_code, response["Location"]) == (308, own_address(name, "uk", own_pages["uk"]))


def test_feeds_keep_their_technical_addresses_and_unknown_ones_stay_not_found(client, own_pages):
    zone = own_pages["pl"]["zone"]
    assert client.get(f"/pl/ideas/zone/{zone}/feed/rss/").status_code == 200
    assert client.get("/uk/calendar/events.ics").status_code == 200
    for missing in (
        "/pl/registration/abc/",
        "/pl/zapisy/abc/",
        "/uk/ideas/zone/abc/",
        "/pl/pomysly/99999999999999999999/",
    ):
        assert client.get(missing).status_code == 404, missing
