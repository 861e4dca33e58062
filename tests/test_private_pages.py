"""Pages an editor makes private stay private: their content and their sub-pages' content open only
with the password, and making a page public again shows it at once."""

import re

import pytest
from wagtail.models import PageViewRestriction

from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_section(home):
    section = StandardPageFactory(parent=home, title="Dla bibliotekarzy", slug="dla-bibliotekarzy")
    child = StandardPageFactory(
        parent=section,
        title="Notatki ze szkolenia",
        slug="notatki",
        body=[("paragraph", "<p>Tajne notatki.</p>")],
    )
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="biblioteka"
    )
    return section, child, restriction


def test_a_private_page_and_its_sub_pages_ask_for_the_password(client, private_section):
    for path in ("/pl/dla-bibliotekarzy/", "/pl/dla-bibliotekarzy/notatki/"):
        response = client.get(path)
        text = response.content.decode()
        assert response.status_code == 200
        assert 'name="password"' in text
        assert "Tajne notatki" not in text


def test_the_password_opens_the_private_page(client, private_section):
    form = client.get("/pl/dla-bibliotekarzy/notatki/").content.decode()
    action = re.search(r'<form action="([^"]+)"', form).group(1)
    response = client.post(
        action, {"password": "biblioteka", "return_url": "/pl/dla-bibliotekarzy/notatki/"}, follow=True
    )
    assert "Tajne notatki" in response.content.decode()


def test_a_page_made_public_again_shows_at_once(client, private_section):
    _section, _child, restriction = private_section
    assert "Tajne notatki" not in client.get("/pl/dla-bibliotekarzy/notatki/").content.decode()
    restriction.delete()
    assert "Tajne notatki" in client.get("/pl/dla-bibliotekarzy/notatki/").content.decode()


def test_a_page_made_private_is_hidden_at_once(client, home):
    page = StandardPageFactory(
        parent=home, title="Zebranie", slug="zebranie", body=[("paragraph", "<p>Plan zebrania.</p>")]
    )
    assert "Plan zebrania" in client.get("/pl/zebranie/").content.decode()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert "Plan zebrania" not in client.get("/pl/zebranie/").content.decode()
