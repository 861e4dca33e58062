"""The editors' guide in the admin: in the menu of a zone librarian, in her language, with drawings
described for screen readers, and opened at the right section from the page editor and the
registrations screen; Wagtail's content checks stay on in the editor."""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests.factories.forum import EventPageFactory
from tests.factories.zones import StoryPageFactory, ZonePageFactory, translated, zone_indexes
from zones.editors import ensure_editors

pytestmark = pytest.mark.django_db

HEADINGS = {
    "story": {"pl": "Publikowanie historii", "en": "Publishing a story", "uk": "Публікація історії"},
    "checks": {
        "pl": "Sprawdzanie strony przed wysłaniem",
        "en": "Checking a page before you send it",
        "uk": "Перевірка сторінки перед надсиланням",
    },
    "events": {"pl": "Dodawanie wydarzenia", "en": "Adding an event", "uk": "Додавання події"},
    "repeating-events": {
        "pl": "Wydarzenie cykliczne",
        "en": "A repeating event",
        "uk": "Подія, що повторюється",
    },
    "cancelling-events": {
        "pl": "Odwoływanie wydarzenia",
        "en": "Cancelling an event",
        "uk": "Скасування події",
    },
    "registrations": {
        "pl": "Przeglądanie i eksport zapisów",
        "en": "Reading and exporting registrations",
        "uk": "Перегляд і експорт реєстрацій",
    },
    "translating": {"pl": "Tłumaczenie strony", "en": "Translating a page", "uk": "Переклад сторінки"},
}
# A label the admin itself shows, drawn in the pictures in the editor's language (Wagtail's catalogue).
ADD_CHILD_PAGE = {"pl": "Dodaj stronę podrzędną", "en": "Add child page", "uk": "Додати дочірню сторінку"}


@pytest.fixture
def zone(homes, locales):
    zone = ZonePageFactory(parent=zone_indexes(homes, locales)["pl"], title="Strefa A")
    translated(zone, locales)
    return zone


@pytest.fixture
def librarian(zone):
    _communications, zone_groups = ensure_editors()
    user = get_user_model().objects.create_user("bibliotekarka", "b@example.org", "x")
    user.groups.add(zone_groups[0])
    return user


def speaking(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def guide_page(client, user, language="pl"):
    client.force_login(speaking(user, language))
    response = client.get(reverse("editor_guide"))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def guide_links(html):
    """The sections of the guide an admin page links to."""
    prefix = reverse("editor_guide") + "#"
    soup = BeautifulSoup(html, "html.parser")
    return {
        link["href"].removeprefix(prefix)
        for link in soup.find_all("a", href=True)
        if link["href"].startswith(prefix)
    }


def test_the_guide_is_in_a_zone_librarians_admin_menu(client, librarian):
    client.force_login(librarian)
    response = client.get(reverse("wagtailadmin_home"))

    menu = BeautifulSoup(response.content, "html.parser").find(id="wagtail-sidebar-props").string
    assert f'"{reverse("editor_guide")}"' in menu
    assert "Poradnik redaktora" in json.dumps(json.loads(menu), ensure_ascii=False)


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_the_guide_speaks_the_editors_language_with_described_drawings(client, librarian, language):
    soup = guide_page(client, librarian, language)

    for anchor, titles in HEADINGS.items():
        section = soup.find(id=anchor)
        assert section is not None, anchor
        assert section.find("h2").get_text(strip=True) == titles[language]
        assert soup.find("a", href=f"#{anchor}") is not None, f"contents link to {anchor}"
    drawings = soup.find_all("svg", attrs={"role": "img"})
    assert len(drawings) >= len(HEADINGS) * 2
    for drawing in drawings:
        title = soup.find(id=drawing["aria-labelledby"])
        assert title.name == "title" and title.get_text(strip=True)
    drawn = " ".join(text.get_text() for drawing in drawings for text in drawing.find_all("text"))
    assert ADD_CHILD_PAGE[language] in drawn


def test_the_story_editor_links_to_the_guide(client, librarian, zone):
    story = StoryPageFactory(parent=zone)
    client.force_login(librarian)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))

    assert guide_links(response.content) == {"story"}


def test_the_event_editor_links_repetition_and_cancelling_to_the_guide(client, agenda, django_user_model):
    event = EventPageFactory(parent=agenda)
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "x"))

    response = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))

    assert guide_links(response.content) == {"repeating-events", "cancelling-events"}


def test_the_registrations_screen_links_to_the_guide(client, home, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "x"))

    response = client.get(reverse("forum_registration_summary"))

    assert guide_links(response.content) == {"registrations"}


def test_every_section_the_admin_links_to_exists(client, librarian):
    soup = guide_page(client, librarian)
    linked = {"story", "repeating-events", "cancelling-events", "registrations"}
    assert all(soup.find("section", id=anchor) for anchor in linked)


def checks_in(html):
    """The rules Wagtail's content checker runs on a page of the admin or the site."""
    configuration = BeautifulSoup(html, "html.parser").find(id="checker-axe-configuration")
    return set(json.loads(configuration.string)["options"]["runOnly"])


def test_a_zone_librarian_has_content_checks_in_the_editor_and_over_her_page(client, librarian, zone):
    story = StoryPageFactory(parent=zone)
    client.force_login(librarian)

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    page = client.get(story.url)

    assert BeautifulSoup(editor.content, "html.parser").find(attrs={"data-side-panel": "checks"})
    # Wagtail's rules (heading levels, descriptions that are file names) and a missing description.
    expected = {"heading-order", "alt-text-quality", "image-alt"}
    assert expected <= checks_in(editor.content)
    assert expected <= checks_in(page.content)


@pytest.mark.parametrize("user", [None, "resident"])
def test_people_without_admin_access_are_sent_to_the_admin_login(client, home, user):
    if user:
        client.force_login(get_user_model().objects.create_user(user, f"{user}@example.org", "x"))

    response = client.get(reverse("editor_guide"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
