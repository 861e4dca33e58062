"""The accessibility panel works as a plain form and is remembered."""

import pytest

pytestmark = pytest.mark.django_db


def test_larger_text_and_high_contrast_are_remembered(client, home):
    response = client.post("/display-preferences/", {"text": "large", "next": "/en/"})
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    client.post("/display-preferences/", {"contrast": "high", "next": "/en/"})
    content = client.get("/en/").content.decode()
    assert '<html lang="en" class="pref-contrast-high pref-text-large">' in content
    assert 'value="large" class="btn btn-sm btn-outline-dark" aria-pressed="true"' in content


def test_reset_returns_to_defaults(client, home):
    client.post("/display-preferences/", {"text": "large", "next": "/pl/"})
    client.post("/display-preferences/", {"reset": "1", "next": "/pl/"})
    assert '<html lang="pl" class="">' in client.get("/pl/").content.decode()


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "javascript:alert(1)"])
def test_never_redirects_to_another_site(client, home, target):
    response = client.post("/display-preferences/", {"text": "large", "next": target})
    assert response["Location"] == "/"


def test_unknown_values_are_ignored(client, home):
    client.cookies["sas_display"] = "text-huge.contrast-<script>"
    client.post("/display-preferences/", {"text": "gigantic", "next": "/pl/"})
    assert '<html lang="pl" class="">' in client.get("/pl/").content.decode()


def test_get_is_not_allowed(client, home):
    assert client.get("/display-preferences/").status_code == 405
