"""Languages: the switcher, hreflang alternates and the translated 404 page."""

import re

import pytest

from tests.factories.home import StandardPageFactory, translate

pytestmark = pytest.mark.django_db


def switcher_links(content):
    nav = content[content.index('class="language-switcher"') :]
    nav = nav[: nav.index("</nav>")]
    return {lang: url for url, lang in re.findall(r'href="([^"]+)" hreflang="([a-z]+)"', nav)}


def alternates(content):
    return dict(re.findall(r'rel="alternate" hreflang="([^"]+)" href="([^"]+)"', content))


def test_switcher_leads_to_the_same_page_in_each_language(client, home, locales):
    page = StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")
    translate(page, locales["en"], title="About", slug="about")
    translate(page, locales["uk"], title="Про проєкт", slug="pro-proiekt")
    content = client.get("/pl/o-projekcie/").content.decode()
    assert switcher_links(content) == {"en": "/en/about/", "uk": "/uk/pro-proiekt/"}
    for url in switcher_links(content).values():
        assert client.get(url).status_code == 200


def test_hreflang_alternates_and_x_default_resolve(client, home, locales):
    page = StandardPageFactory(parent=home, slug="o-projekcie")
    translate(page, locales["en"], slug="about")
    translate(page, locales["uk"], slug="pro-proiekt")
    links = alternates(client.get("/en/about/").content.decode())
    assert links == {
        "pl": "http://testserver/pl/o-projekcie/",
        "x-default": "http://testserver/pl/o-projekcie/",
        "en": "http://testserver/en/about/",
        "uk": "http://testserver/uk/pro-proiekt/",
    }
    for url in links.values():
        assert client.get(url).status_code == 200


def test_untranslated_page_switches_to_nearest_translated_ancestor(client, home, locales):
    StandardPageFactory(parent=home, slug="tylko-po-polsku")
    content = client.get("/pl/tylko-po-polsku/").content.decode()
    assert switcher_links(content) == {"en": "/en/", "uk": "/uk/"}
    assert 'hreflang="en" href' not in content


@pytest.mark.parametrize(
    ("path", "lang", "text"),
    [
        ("/pl/nie-ma/", "pl", "Nie znaleziono strony"),
        ("/en/missing/", "en", "Page not found"),
        ("/uk/nemaie/", "uk", "Сторінку не знайдено"),
    ],
)
def test_unknown_path_gives_translated_404(client, home, path, lang, text):
    response = client.get(path)
    assert response.status_code == 404
    content = response.content.decode()
    assert f'<html lang="{lang}"' in content
    assert text in content


def test_unknown_language_prefix_is_not_a_server_error(client, home):
    response = client.get("/xx/cokolwiek/", follow=True, HTTP_ACCEPT_LANGUAGE="pl")
    assert response.status_code == 404
    assert "Nie znaleziono strony" in response.content.decode()


def test_server_error_page_is_translated(rf):
    from core.http.error_pages import server_error

    response = server_error(rf.get("/uk/zlamano/"))
    assert response.status_code == 500
    assert "Помилка сервера" in response.content.decode()
    assert '<html lang="uk">' in response.content.decode()


@pytest.mark.parametrize(("language", "label"), [("pl", "Hasło"), ("uk", "Пароль"), ("en", "Password")])
def test_the_admin_login_form_speaks_the_editors_language(client, home, language, label):
    content = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    labels = [
        re.sub(r"<[^>]+>|\s+", " ", text).strip()
        for text in re.findall(r"<label[^>]*>(.*?)</label>", content, re.S)
    ]
    assert any(text.startswith(label) for text in labels), labels
    if language != "en":
        assert not any(text.startswith("Password") for text in labels), labels
