"""A person's data (core/privacy/): whatever an app keeps about a person joins the staff's screen
through the "register_personal_data" hook, and is found, exported and erased with the rest; the
screen opens only to staff holding every permission the contributors name."""

import json

import pytest
from django.contrib.auth.models import Permission
from wagtail import hooks

from core.privacy.contributors import PersonalData
from core.privacy.permissions import reads_personal_data

URL = "/admin/registrations-person/"
CARD = {"card": "K-17", "branch": "Ochota"}


def library_cards(kept, permission=""):
    """A contributor the screen has never heard of: a library's cards, kept by address."""

    def erase(email):
        return len(kept.pop(email.lower(), []))

    return PersonalData(
        key="library_cards",
        label="Karty biblioteczne",
        find=lambda email: kept.get(email.lower(), []),
        describe=lambda record: f"{record['card']} · {record['branch']}",
        erase=erase,
        permission=permission,
    )


@pytest.fixture
def cards():
    kept = {"anna@example.org": [CARD]}
    with hooks.register_temporarily("register_personal_data", lambda: library_cards(kept)):
        yield kept


def test_a_contributor_registered_through_the_hook_is_found_exported_and_erased(client, organiser, cards):
    page = client.get(URL, {"email": "Anna@example.org"}).content.decode()
    assert "Karty biblioteczne" in page and "K-17 · Ochota" in page
    assert page.index("Zapisy") < page.index("Pomysły i poparcia") < page.index("Karty biblioteczne")

    exported = client.post(URL, {"email": "anna@example.org", "action": "export"})
    assert exported["Content-Disposition"] == 'attachment; filename="personal-data.json"'
    assert json.loads(exported.content) == {"registrations": [], "ideas": [], "library_cards": [CARD]}

    erased = client.post(URL, {"email": "anna@example.org", "action": "erase"}, follow=True).content.decode()
    assert "Zapisy: usunięto 0." in erased and "Karty biblioteczne: usunięto 1." in erased
    assert cards == {}
    page = client.get(URL, {"email": "anna@example.org"}).content.decode()
    assert "K-17" not in page and "Nic nie przechowujemy pod tym adresem." in page


def test_the_screen_and_its_menu_item_open_to_staff_holding_every_contributor_s_permission(
    client, organiser, django_user_model
):
    assert "Dane osoby" in client.get("/admin/").content.decode()
    with hooks.register_temporarily(
        "register_personal_data", lambda: library_cards({}, permission="ideas.delete_idea")
    ):
        assert "Dane osoby" not in client.get("/admin/").content.decode()
        closed = client.get(URL, {"email": "anna@example.org"})
        assert (closed.status_code, closed["Location"]) == (302, "/admin/")
        # Whoever holds a permission that opens the screen gives a second factor, declared or not.
        librarian = django_user_model.objects.create_user("bibliotekarka", "b@example.org", "haslo-haslo-1")
        assert not reads_personal_data(librarian)
        librarian.user_permissions.add(
            Permission.objects.get(content_type__app_label="ideas", codename="delete_idea")
        )
        assert reads_personal_data(django_user_model.objects.get(pk=librarian.pk))
