"""The admin fits a zone librarian: her dashboard shows her zone with one-click additions to it and
her submissions, the explorer opens at her zone, no avatar is fetched from outside the site, and the
Polish and Ukrainian admin speak her language."""

import json
import re

import pytest
from django.urls import reverse

from forum.models import EventPage
from tests.factories.home import staff_member
from tests.factories.zones import StoryPageFactory, ZonePageFactory, translated, zone_indexes
from zones.editors import ensure_editors
from zones.models import StoryPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def zones(homes, locales):
    index = zone_indexes(homes, locales)
    zones = {
        name: ZonePageFactory(parent=index["pl"], title=f"Strefa {name}") for name in ("Chojny", "Radogoszcz")
    }
    for zone in zones.values():
        translated(zone, locales)
    return zones


@pytest.fixture
def groups(zones):
    communications, zone_groups = ensure_editors()
    return {"communications": communications, "Chojny": zone_groups[0]}


def editor(group, username, language="pl"):
    return staff_member(username, language=language, group=group)


@pytest.fixture
def librarian(client, groups):
    user = editor(groups["Chojny"], "bibliotekarka")
    client.force_login(user)
    return user


def add_url(model, parent):
    return reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])


def sidebar_items(content):
    """The main menu's items as the admin's sidebar receives them (its JSON props)."""
    props = json.loads(
        re.search(r'<script id="wagtail-sidebar-props"[^>]*>(.*?)</script>', content, re.S).group(1)
    )
    found = []

    def walk(node):
        if isinstance(node, dict):
            if str(node.get("_type", "")).endswith("MenuItem"):
                found.append(node["_args"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(props)
    return found


def test_her_dashboard_shows_her_zone_and_one_click_additions_to_it(client, librarian, zones):
    zone = zones["Chojny"]
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Twoja strefa: Strefa Chojny" in content
    assert "Strefa Radogoszcz" not in content
    assert f'href="{reverse("wagtailadmin_explore", args=[zone.pk])}"' in content
    assert f'href="{add_url(StoryPage, zone)}"' in content
    assert f'href="{add_url(EventPage, zone)}"' in content
    assert "Dodaj historię" in content
    assert "Dodaj wydarzenie" in content
    assert client.get(add_url(StoryPage, zone)).status_code == 200
    assert client.get(add_url(EventPage, zone)).status_code == 200


def test_communications_staff_have_no_zone_panel(client, groups, zones):
    client.force_login(editor(groups["communications"], "komunikacja"))
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Twoja strefa" not in content


def test_her_submissions_show_on_her_dashboard_with_their_state(client, librarian, zones):
    story = StoryPageFactory(parent=zones["Chojny"], title="Święto ulicy")
    story.save_revision(user=librarian)
    story.get_workflow().start(story, librarian)
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Twoje strony i skrawki w procesie" in content
    assert "Święto ulicy" in content
    assert "Akceptacja przez komunikację" in content


def test_the_explorer_opens_at_her_zone(client, librarian, zones):
    zone = zones["Chojny"]
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    explorer = next(args for args in sidebar_items(content) if args[0]["name"] == "explorer")
    assert explorer[1] == zone.pk
    assert explorer[0]["url"] == reverse("wagtailadmin_explore", args=[zone.pk])


def test_the_explorer_of_communications_staff_opens_at_the_root_of_the_site(client, groups, zones):
    client.force_login(editor(groups["communications"], "komunikacja"))
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    explorer = next(args for args in sidebar_items(content) if args[0]["name"] == "explorer")
    assert explorer[1] != zones["Chojny"].pk


def test_no_admin_page_asks_gravatar_for_her_avatar(client, librarian, zones):
    for url in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[zones["Chojny"].pk]),
        reverse("wagtailadmin_account"),
        reverse("wagtailimages:index"),
    ):
        content = client.get(url).content.decode()
        assert "gravatar" not in content.lower(), url
        assert "default-user-avatar" in content, url


@pytest.mark.parametrize(
    ("language", "menu", "summary", "phrases"),
    [
        (
            "pl",
            ["Strony", "Obrazy", "Dokumenty"],
            ["0 obrazów", "0 dokumentów"],
            ["Pokaż skróty klawiszowe", "Szukaj we wszystkich stronach…"],
        ),
        (
            "uk",
            ["Сторінки", "Зображення", "Документи"],
            ["0 зображень", "0 документів"],
            ["Показати клавіатурні скорочення", "Шукати в усіх сторінках…", "Зберегти зміни"],
        ),
    ],
)
def test_the_admin_speaks_her_language(client, groups, zones, language, menu, summary, phrases):
    """Neither English (strings Wagtail's catalogue lacks) nor Polish (what Django shows for a string
    the Ukrainian catalogue lacks: Polish is the site's default language)."""
    client.force_login(editor(groups["Chojny"], "bibliotekarka", language))
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    labels = [args[0]["label"] for args in sidebar_items(content)]
    assert all(label in labels for label in menu), labels
    assert "Images" not in labels and "Documents" not in labels
    text = re.sub(r"<[^>]+>|\s+", " ", content)
    assert all(count in text for count in summary)
    assert all(phrase in content for phrase in phrases)
    assert "Show keyboard shortcuts" not in content
    if language == "uk":
        assert "Zapisz zmiany" not in content


@pytest.mark.parametrize(
    ("language", "username", "password"), [("pl", "Nazwa użytkownika", "Hasło"), ("uk", "Ім", "Пароль")]
)
def test_the_login_form_speaks_her_language(client, home, language, username, password):
    content = client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE=language).content.decode()
    labels = [
        re.sub(r"<[^>]+>|\s+", " ", text).strip()
        for text in re.findall(r"<label[^>]*>(.*?)</label>", content, re.S)
    ]
    assert any(text.startswith(username) for text in labels), labels
    assert any(text.startswith(password) for text in labels), labels
    assert not any(text.startswith(("Username", "Password")) for text in labels), labels
