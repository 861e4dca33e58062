"""Site search: diacritic-free queries, types and zones, bad input, promotions and autocomplete."""

import html
import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.rich_text import RichText

from tests.factories.forum import fix_clock
from tests.factories.home import StandardPageFactory, translate

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]

SEARCH = {"pl": "/pl/szukaj/", "en": "/en/search/", "uk": "/uk/poshuk/"}


def result_titles(response):
    content = response.content.decode()
    listing = content[content.find('class="list-unstyled search-results"') :]
    return [
        html.unescape(title)
        for title in re.findall(r'<h2 class="h5 mb-1"><a href="[^"]+">([^<]+)</a>', listing)
    ]


@pytest.fixture
def pages(home, locales):
    about = StandardPageFactory(
        parent=home,
        title="Strefa Aktywności Sąsiedzkiej w Łódź",
        slug="o-strefie",
        intro="Sąsiedzka aktywność w bibliotece.",
        body=[("paragraph", RichText("<p>Warsztaty dla mieszkańców osiedla Teofilów.</p>"))],
    )
    translate(
        about,
        locales["uk"],
        title="Зона сусідської активності",
        slug="pro-zonu",
        intro="Волонтери в бібліотеці.",
        body=[("paragraph", RichText("<p>Майстер-класи для мешканців.</p>"))],
    )
    StandardPageFactory(
        parent=home, title="Kontakt z biblioteką", slug="kontakt-biblioteka", intro="Telefon."
    )
    return about


@pytest.mark.parametrize("query", ["lodz", "Łódź", "sasiedzkiej", "aktywnosci", "AKTYWNOŚCI"])
def test_queries_without_polish_letters_find_pages_with_them(client, pages, query):
    response = client.get("/pl/szukaj/", {"q": query})
    assert response.status_code == 200
    assert "Strefa Aktywności Sąsiedzkiej w Łódź" in result_titles(response)
    assert "Kontakt z biblioteką" not in result_titles(response)


def test_body_text_is_found_and_highlighted(client, pages):
    response = client.get("/pl/szukaj/", {"q": "teofilow"})
    assert result_titles(response) == ["Strefa Aktywności Sąsiedzkiej w Łódź"]
    assert "<mark>Teofilów</mark>" in response.content.decode()


def test_results_are_in_the_visitors_language_only(client, pages):
    response = client.get("/uk/poshuk/", {"q": "волонтери"})
    assert result_titles(response) == ["Зона сусідської активності"]
    assert result_titles(client.get("/pl/szukaj/", {"q": "волонтери"})) == []
    assert result_titles(client.get("/uk/poshuk/", {"q": "volonteri"})) == ["Зона сусідської активності"]


def test_type_facets_show_counts_and_filter(client, pages):
    content = client.get("/pl/szukaj/", {"q": "aktywnosci"}).content.decode()
    assert "Strony główne (1)" in content
    assert "Strony zwykłe (1)" in content
    filtered = client.get("/pl/szukaj/", {"q": "kontakt", "type": "standardpage"})
    assert result_titles(filtered) == ["Kontakt z biblioteką"]


def test_empty_query_shows_the_empty_state(client, pages):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert "Type a word, for example a street, a library branch or a topic." in response.content.decode()
    assert result_titles(response) == []


def test_nothing_found_shows_a_translated_message(client, pages):
    content = client.get("/pl/szukaj/", {"q": "xyzzy"}).content.decode()
    assert "Nic nie znaleziono dla „xyzzy”." in html.unescape(content)


@pytest.mark.parametrize(
    "params",
    [
        {"q": "a" * 2000},
        {"q": '"Łódź" OR 1=1; DROP TABLE wagtailcore_page; --'},
        {"q": "(a|b)*[^x] AND NOT +-~"},
        {"q": "lodz\x00sasiedzka"},
        {"q": "lodz", "page": "-1"},
        {"q": "lodz", "page": "99999"},
        {"q": "lodz", "page": "abc"},
        {"q": "lodz", "type": "nonexistent"},
        {"q": "lodz", "zone": "nowhere"},
        {"q": "'"},
        {"q": "%", "type": "%"},
    ],
)
def test_bad_input_gives_a_normal_page(client, pages, params):
    response = client.get("/pl/szukaj/", params)
    assert response.status_code == 200
    assert '<html lang="pl"' in response.content.decode()


def test_long_query_is_cut_with_a_note(client, pages):
    content = client.get("/en/search/", {"q": "lodz " * 100}).content.decode()
    assert "Your query was longer than 200 characters" in content


def test_unknown_type_shows_all_results(client, pages):
    assert result_titles(client.get("/pl/szukaj/", {"q": "lodz", "type": "nonexistent"})) == [
        "Strefa Aktywności Sąsiedzkiej w Łódź"
    ]


def test_pagination_out_of_range_shows_the_last_page(client, home):
    for index in range(12):
        StandardPageFactory(parent=home, title=f"Warsztat {index}", slug=f"warsztat-{index}")
    first = client.get("/pl/szukaj/", {"q": "warsztat"})
    assert len(result_titles(first)) == 10
    last = client.get("/pl/szukaj/", {"q": "warsztat", "page": "99999"})
    assert len(result_titles(last)) == 2
    assert "Strona 2 z 2" in last.content.decode()


def test_promoted_result_is_shown_in_the_visitors_language(client, pages, locales):
    contact = StandardPageFactory(parent=pages.get_parent(), title="Forum Sąsiedzkie", slug="forum-info")
    translate(contact, locales["en"], title="Neighbourhood Forum", slug="forum-info")
    SearchPromotion.objects.create(query=Query.get("forum"), page=contact, description="Zapisy", sort_order=0)
    content = client.get("/en/search/", {"q": "forum"}).content.decode()
    promoted = content[content.index('id="promoted-heading"') :]
    assert 'href="/en/forum-info/">Neighbourhood Forum</a>' in promoted


def test_autocomplete_returns_at_most_eight_titles_in_the_language(client, home, locales):
    for index in range(10):
        page = StandardPageFactory(parent=home, title=f"Świetlica {index}", slug=f"swietlica-{index}")
    translate(page, locales["en"], title="Common room", slug="common-room")
    response = client.get("/pl/szukaj/autocomplete/", {"q": "swie"})
    assert response.status_code == 200
    data = json.loads(response.content)
    assert len(data["results"]) == 8
    assert all(
        item["title"].startswith("Świetlica") and item["url"].startswith("/pl/") for item in data["results"]
    )
    assert json.loads(client.get("/en/search/autocomplete/", {"q": "swie"}).content)["results"] == []


@pytest.mark.parametrize("query", ["", "\x00", "a" * 5000, "' OR 1=1"])
def test_autocomplete_bad_input_is_an_empty_list(client, home, query):
    response = client.get("/pl/szukaj/autocomplete/", {"q": query})
    assert response.status_code == 200
    assert json.loads(response.content)["results"] == []


def test_header_search_box_works_without_javascript(client, pages):
    content = client.get("/uk/").content.decode()
    form = content[content.index('<form class="site-search"') :]
    form = form[: form.index("</form>")]
    assert 'action="/uk/poshuk/"' in form and 'method="get"' in form
    assert '<label for="site-search-q"' in form


def test_editors_see_the_most_frequent_queries_a_minute_later(
    client, pages, django_user_model, monkeypatch, search_hits_not_due
):
    for query in ["lodz", "Lodz", "lodz", "forum"]:
        client.get("/pl/szukaj/", {"q": query})
    admin = django_user_model.objects.create_superuser("redaktorka", "r@example.org", "haslo")
    client.force_login(admin)
    report = "/admin/searchpicks/reports/search-terms/"
    assert "forum" not in client.get(report).content.decode(), "counted, not yet written"

    fix_clock(monkeypatch, timezone.now() + timedelta(minutes=1))
    client.get("/pl/szukaj/", {"q": "forum"})

    response = client.get(report)
    assert response.status_code == 200
    rows = re.findall(
        r"<td[^>]*>\s*(lodz|forum)\s*</td>\s*<td[^>]*>\s*(\d+)\s*</td>", response.content.decode()
    )
    assert rows == [("lodz", "3"), ("forum", "2")]


@pytest.fixture
def zone_content(home, locales):
    from tests.factories.forum import EventIndexPageFactory, EventPageFactory, warsaw
    from tests.factories.zones import StoryPageFactory, ZoneIndexPageFactory, ZonePageFactory

    zones = ZoneIndexPageFactory(parent=home)
    translate(zones, locales["en"], title="Zones", slug="zones")
    stoki = ZonePageFactory(parent=zones, title="Strefa Stoki", slug="stoki")
    translate(stoki, locales["en"], title="Stoki Zone", slug="stoki")
    ZonePageFactory(parent=zones, title="Strefa Chojny", slug="chojny")
    story = StoryPageFactory(parent=stoki, title="Wystawa fotografii", zone=stoki, intro="Zdjęcia sąsiadów.")
    translate(
        story, locales["en"], title="Photo exhibition", slug="photo-exhibition", intro="Neighbours' photos."
    )
    agenda = EventIndexPageFactory(parent=home)
    translate(agenda, locales["en"], title="Agenda", slug="agenda")
    event = EventPageFactory(
        parent=agenda,
        title="Warsztaty fotografii",
        zone=stoki,
        start=warsaw(2030, 5, 10, 18),
        intro="Aparat.",
    )
    translate(
        event, locales["en"], title="Photography workshop", slug="photography-workshop", intro="Camera."
    )
    EventPageFactory(parent=agenda, title="Fotografia na Chojnach", slug="foto-chojny", intro="Aparat.")
    return stoki


def test_results_name_their_zone_and_date_in_the_visitors_language(client, zone_content):
    content = client.get("/en/search/", {"q": "photo"}).content.decode()
    assert "Photo exhibition" in content
    story = content[content.index("Photo exhibition") - 400 : content.index("Photo exhibition")]
    assert "Stoki Zone" in story
    workshop = client.get("/en/search/", {"q": "photography"}).content.decode()
    before = workshop[: workshop.index("Photography workshop")]
    assert "Stoki Zone" in before[-400:]
    assert 'datetime="2030-05-10' in before[-400:]


def test_zone_filter_keeps_the_zones_stories_and_events(client, zone_content):
    response = client.get("/pl/szukaj/", {"q": "fotografii fotografia", "zone": "stoki"})
    assert sorted(result_titles(client.get("/pl/szukaj/", {"q": "fotografii", "zone": "stoki"}))) == [
        "Warsztaty fotografii",
        "Wystawa fotografii",
    ]
    assert sorted(result_titles(client.get("/pl/szukaj/", {"q": "fotografia", "zone": "stoki"}))) == [
        "Warsztaty fotografii",
        "Wystawa fotografii",
    ]
    assert result_titles(client.get("/pl/szukaj/", {"q": "chojnach", "zone": "stoki"})) == []
    assert response.status_code == 200
    assert 'value="stoki" selected' in response.content.decode()


def test_a_zone_renamed_by_an_editor_shows_at_once_in_the_filter_and_the_results(client, zone_content):
    client.get("/pl/szukaj/", {"q": "fotografii"})
    zone_content.title = "Strefa Stoki-Widzew"
    zone_content.save_revision().publish()

    content = client.get("/pl/szukaj/", {"q": "fotografii"}).content.decode()

    assert '<option value="stoki">Strefa Stoki-Widzew</option>' in content
    story = content[: content.index("Wystawa fotografii")]
    assert "Strefa Stoki-Widzew" in story[-400:]


def test_results_are_not_for_search_engines_and_name_no_canonical_address(client, zone_content):
    content = client.get("/pl/szukaj/", {"q": "fotografii"}).content.decode()
    assert '<meta name="robots" content="noindex">' in content
    assert 'rel="canonical"' not in content


def test_nothing_found_suggests_the_agenda_and_the_zones(client, zone_content):
    content = client.get("/en/search/", {"q": "xyzzy"}).content.decode()
    suggestions = content[content.index("You may be looking for") :]
    assert 'href="/en/agenda/"' in suggestions
    assert 'href="/en/zones/"' in suggestions
    assert 'href="/en/zones/stoki/"' in suggestions


def test_result_page_queries_do_not_grow_with_the_number_of_results(
    client, zone_content, search_hits_not_due
):
    from tests.factories.zones import StoryPageFactory
    from tests.query_counts import queries_for

    few = queries_for(client, "/pl/szukaj/", {"q": "fotografii"})
    for index in range(8):
        StoryPageFactory(parent=zone_content, title=f"Spacer fotografii {index}", zone=zone_content)
    assert queries_for(client, "/pl/szukaj/", {"q": "fotografii"}) == few
