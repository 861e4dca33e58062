"""Stories: the site-wide list with filters and pages, a story's page, and the latest stories on home."""

import re
from urllib.parse import quote

import pytest
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from tests.conftest import build_in_module_site
from tests.factories.zones import (
    StoryPageFactory,
    ZonePageFactory,
    story_indexes,
    translated,
    translated_tag,
    zone_indexes,
)
from tests.test_zones_permissions import edit_url, story_form
from zones.models import StoryPage, StoryTopic

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'<h[23] class="h5 card-title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


def build_site(home, locales):
    """The story and zone lists and two zones, each in three languages, by primary key."""
    homes = {code: home.get_translation(locale) for code, locale in locales.items()}
    zones = zone_indexes(homes, locales)
    north = ZonePageFactory(parent=zones["pl"], title="Strefa Bałuty", slug="baluty")
    south = ZonePageFactory(parent=zones["pl"], title="Strefa Górna", slug="gorna")
    pages = {
        "stories": story_indexes(homes, locales),
        "north": translated(north, locales, en={"title": "Bałuty zone"}, uk={"title": "Зона Балути"}),
        "south": translated(south, locales, en={"title": "Górna zone"}, uk={"title": "Зона Гурна"}),
    }
    return {name: {code: page.pk for code, page in each.items()} for name, each in pages.items()}


@pytest.fixture(scope="module")
def _shared_site(_module_ground, django_db_blocker):
    """Built once for the module: its tests add stories to it, undone after each of them."""
    return build_in_module_site(_module_ground, django_db_blocker, build_site)


@pytest.fixture
def site(home, _shared_site):
    return {
        name: {code: Page.objects.get(pk=key).specific for code, key in each.items()}
        for name, each in _shared_site.items()
    }


def story(zone, locales, title, tags=(), **fields):
    page = StoryPageFactory(parent=zone["pl"], title=title, **fields)
    if tags:
        page.tags.add(*tags)
        page.save_revision().publish()
    return translated(page, locales, en={"title": f"{title} (en)"}, uk={"title": f"{title} (uk)"})


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_story_index_lists_stories_of_its_language_newest_first(client, site, locales, language):
    story(site["north"], locales, "Starsza")
    story(site["south"], locales, "Nowsza")

    response = client.get(site["stories"][language].url)

    assert response.status_code == 200
    suffix = "" if language == "pl" else f" ({language})"
    assert titles(response) == [f"Nowsza{suffix}", f"Starsza{suffix}"]


def test_story_index_filters_by_zone(client, site, locales):
    story(site["north"], locales, "Z Bałut")
    story(site["south"], locales, "Z Górnej")

    response = client.get(site["stories"]["en"].url, {"zone": "gorna"})

    assert titles(response) == ["Z Górnej (en)"]
    assert '<option value="gorna" selected>Górna zone</option>' in response.content.decode()


def test_story_index_filters_by_tag(client, site, locales):
    tagged = StoryPageFactory(parent=site["north"]["pl"], title="Ogród")
    tagged.tags.add("ogród")
    tagged.save_revision().publish()
    StoryPageFactory(parent=site["north"]["pl"], title="Bez tagu")

    response = client.get(site["stories"]["pl"].url, {"tag": "ogród"})

    assert titles(response) == ["Ogród"]
    assert '<option value="ogród" selected>ogród</option>' in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"zone": "nowhere"},
        {"tag": "no-such-tag"},
        {"tag": "<script>"},
        {"zone": "%00"},
        {"page": "abc"},
        {"page": "-3"},
    ],
)
def test_story_index_survives_bad_filters_and_page_numbers(client, site, locales, query):
    story(site["north"], locales, "Jedyna")

    response = client.get(site["stories"]["pl"].url, query)

    assert response.status_code == 200
    assert "<h1>Historie</h1>" in response.content.decode()


def test_story_index_paginates_and_shows_the_last_page_beyond_it(client, site):
    for number in range(12):
        StoryPageFactory(parent=site["north"]["pl"], title=f"Historia numer {number:02d}")
    url = site["stories"]["pl"].url

    first = client.get(url)
    second = client.get(url, {"page": 2})

    assert len(titles(first)) == 10
    assert titles(second) == ["Historia numer 01", "Historia numer 00"]
    assert 'rel="next" href="?page=2"' in first.content.decode()
    assert "Strona 1 z 2" in first.content.decode()
    for beyond in (3, 99999999999999999999):
        response = client.get(url, {"page": beyond})
        assert response.status_code == 200
        assert titles(response) == titles(second)
        assert 'rel="prev" href="?page=1"' in response.content.decode()


def test_pagination_links_keep_the_filters(client, site):
    for number in range(11):
        StoryPageFactory(parent=site["north"]["pl"], title=f"Historia {number}")

    content = client.get(site["stories"]["pl"].url, {"zone": "baluty"}).content.decode()

    assert 'href="?zone=baluty&amp;page=2"' in content


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_story_page_shows_date_author_zone_body_and_related_stories(client, site, locales, language):
    first = story(site["north"], locales, "Pierwsza", author="Jan Kowalski")
    story(site["north"], locales, "Druga")

    response = client.get(first[language].url)

    assert response.status_code == 200
    content = response.content.decode()
    assert f"<h1>{first[language].title}</h1>" in content
    assert "Jan Kowalski" in content
    assert f'<a href="{site["north"][language].url}">{site["north"][language].title}</a>' in content
    assert "Treść historii." in content
    assert "Related stories" in content or language != "en"
    suffix = "" if language == "pl" else f" ({language})"
    assert f"Druga{suffix}</a>" in content


def test_story_page_uses_its_photo_for_link_previews(client, site):
    photo = Image.objects.create(title="Ogród", file=get_test_image_file(size=(1600, 900)))
    page = StoryPageFactory(parent=site["north"]["pl"], hero_image=photo, hero_alt="Sąsiedzi sadzą kwiaty")

    content = client.get(page.url).content.decode()

    assert re.search(r'<meta property="og:image" content="http://testserver/[^"]+\.jpg">', content)
    assert '<meta property="og:image:alt" content="Sąsiedzi sadzą kwiaty">' in content
    assert '<meta property="og:description" content="Krótko o tym, co się wydarzyło.">' in content
    assert 'alt="Sąsiedzi sadzą kwiaty"' in content


def test_a_story_is_previewed_as_an_article_with_its_publication_time(client, site):
    page = StoryPageFactory(parent=site["north"]["pl"], title="Ogród na podwórku")
    page.save_revision().publish()
    page.refresh_from_db()

    content = client.get(page.url).content.decode()
    index = client.get(site["stories"]["pl"].url).content.decode()

    assert '<meta property="og:type" content="article">' in content
    published = re.search(r'<meta property="article:published_time" content="([^"]+)">', content)[1]
    assert published.startswith(timezone.localtime(page.first_published_at).strftime("%Y-%m-%dT%H:%M:%S"))
    assert '<meta property="og:type" content="website">' in index
    assert "article:published_time" not in index


def test_a_story_belongs_to_the_zone_it_is_written_under(site, locales):
    page = story(site["south"], locales, "Gdzie")

    assert page["pl"].zone == site["south"]["pl"]
    assert page["uk"].zone == site["south"]["uk"]


def test_zone_page_shows_its_latest_stories_and_links_to_all(client, site, locales):
    for number in range(4):
        story(site["north"], locales, f"Bałuty {number}")
    story(site["south"], locales, "Z innej strefy")

    content = client.get(site["north"]["en"].url).content.decode()

    assert re.findall(r'card-title"><a href="[^"]+">([^<]+)</a>', content) == [
        "Bałuty 3 (en)",
        "Bałuty 2 (en)",
        "Bałuty 1 (en)",
    ]
    assert f'href="{site["stories"]["en"].url}?zone=baluty"' in content


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_home_page_shows_the_latest_stories_of_its_language(client, homes, site, locales, language):
    story(site["north"], locales, "Na stronie głównej")

    content = client.get(homes[language].url).content.decode()

    suffix = "" if language == "pl" else f" ({language})"
    assert f"Na stronie głównej{suffix}</a>" in content
    assert f'href="{site["stories"][language].url}"' in content


def test_a_story_moved_to_another_zone_is_listed_under_it(client, site):
    page = StoryPageFactory(parent=site["north"]["pl"], title="Przeniesiona")

    page.move(site["south"]["pl"], pos="last-child")

    response = client.get(site["stories"]["pl"].url, {"zone": "gorna"})
    assert titles(response) == ["Przeniesiona"]


@pytest.fixture
def tags(locales):
    return {
        "garden": translated_tag("ogród", locales, en="garden", uk="сад"),
        "council": translated_tag("samorząd", locales, en="local government", uk="місцеве самоврядування"),
    }


def tag_options(response):
    select = re.search(r'<select[^>]+id="story-tag".*?</select>', response.content.decode(), re.S)[0]
    return re.findall(r'<option value="([^"]+)"', select)


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_a_story_shows_the_tags_of_its_language_linking_to_their_filter(
    client, site, locales, tags, language
):
    page = story(site["north"], locales, "Grządki", tags=[tags["garden"]["pl"], tags["council"]["pl"]])

    content = client.get(page[language].url).content.decode()

    for tag in (tags["garden"][language], tags["council"][language]):
        assert f'href="{site["stories"][language].url}?tag={quote(tag.slug)}">{tag.name}</a>' in content
    if language != "pl":
        assert "ogród" not in content
        assert "samorząd" not in content


@pytest.mark.parametrize("language", ["en", "uk"])
def test_story_lists_and_the_home_page_show_no_polish_tag(client, homes, site, locales, tags, language):
    story(site["north"], locales, "Grządki", tags=[tags["garden"]["pl"], tags["council"]["pl"]])

    for url in (site["stories"][language].url, homes[language].url):
        content = client.get(url).content.decode()
        assert f">{tags['garden'][language].name}</span>" in content
        assert "ogród" not in content
        assert "samorząd" not in content


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_the_tag_filter_works_in_every_language(client, site, locales, tags, language):
    story(site["north"], locales, "Z ogrodu", tags=[tags["garden"]["pl"]])
    story(site["south"], locales, "Z rady", tags=[tags["council"]["pl"]])
    garden = tags["garden"][language]

    response = client.get(site["stories"][language].url, {"tag": garden.slug})

    suffix = "" if language == "pl" else f" ({language})"
    assert titles(response) == [f"Z ogrodu{suffix}"]
    assert f'<option value="{garden.slug}" selected>{garden.name}</option>' in response.content.decode()
    listed = sorted((tags["garden"][language], tags["council"][language]), key=lambda tag: tag.name)
    assert tag_options(response) == [tag.slug for tag in listed]


def test_a_polish_tag_address_on_the_english_list_finds_no_stories(client, site, locales, tags):
    story(site["north"], locales, "Z ogrodu", tags=[tags["garden"]["pl"]])

    response = client.get(site["stories"]["en"].url, {"tag": tags["garden"]["pl"].slug})

    content = response.content.decode()
    assert response.status_code == 200
    assert titles(response) == []
    assert "0 stories" in content
    assert "ogród" not in content


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_related_stories_share_a_tag_in_every_language(client, site, locales, tags, language):
    page = story(site["north"], locales, "Grządki", tags=[tags["garden"]["pl"]])
    story(site["south"], locales, "Sadzonki", tags=[tags["garden"]["pl"]])
    story(site["south"], locales, "Rada", tags=[tags["council"]["pl"]])

    content = client.get(page[language].url).content.decode()

    suffix = "" if language == "pl" else f" ({language})"
    assert f"Sadzonki{suffix}</a>" in content
    assert f"Rada{suffix}</a>" not in content


def test_a_story_translated_before_its_tags_takes_a_copy_its_translators_can_rename(client, site, locales):
    page = story(site["north"], locales, "Nowy znacznik", tags=["sąsiedzi"])
    polish, english = page["pl"].tags.get(), page["en"].tags.get()

    assert (english.locale, english.translation_key) == (locales["en"], polish.translation_key)
    english.name = "neighbours"
    english.save()
    content = client.get(page["en"].url).content.decode()
    assert f'href="{site["stories"]["en"].url}?tag=neighbours">neighbours</a>' in content
    assert client.get(page["pl"].url, {"tag": "sąsiedzi"}).status_code == 200


def test_a_story_translated_with_wagtail_localize_takes_its_tags_translations(
    site, locales, tags, django_capture_on_commit_callbacks
):
    page = StoryPageFactory(parent=site["north"]["pl"], title="Przez tłumaczenie")
    page.tags.add(tags["garden"]["pl"])
    page.save_revision().publish()
    source, _created = TranslationSource.get_or_create_from_instance(page)

    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(locales["uk"], fallback=True)

    translation = page.get_translation(locales["uk"])
    assert list(translation.tags.all()) == [tags["garden"]["uk"]]
    assert list(StoryPage.objects.get(pk=page.pk).tags.all()) == [tags["garden"]["pl"]]
    assert list(translation.get_latest_revision_as_object().tags.all()) == [tags["garden"]["uk"]]


def test_tags_an_editor_types_on_a_translation_belong_to_its_language(
    admin_client, client, site, locales, tags
):
    page = story(site["north"], locales, "Wpisane")
    form = story_form(page["en"], "action-publish", "Typed (en)")

    response = admin_client.post(edit_url(page["en"]), {**form, "tags": "garden, allotment"})

    assert response.status_code == 302
    allotment = StoryTopic.objects.get(name="allotment")
    assert allotment.locale == locales["en"]
    assert set(StoryPage.objects.get(pk=page["en"].pk).tags.all()) == {tags["garden"]["en"], allotment}
    assert not StoryTopic.objects.filter(name="garden", locale=locales["pl"]).exists()
    content = client.get(page["en"].url).content.decode()
    assert f'href="{site["stories"]["en"].url}?tag=allotment">allotment</a>' in content
