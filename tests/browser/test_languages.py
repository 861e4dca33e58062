"""Every page type in Polish and Ukrainian shows no interface string left in English (the source
language of the catalogues), and no navigation on it leads into another language unannounced."""

from pathlib import Path

import polib
import pytest

from tests.browser.conftest import ROOT

pytestmark = pytest.mark.browser


def source_strings(language):
    """The English msgids our catalogues translate into `language` differently: met verbatim on a
    page in that language, they were left untranslated. Strings with placeholders are left out."""
    strings = set()
    for path in [ROOT / "locale/en/LC_MESSAGES/django.po", *ROOT.glob("*/locale/en/LC_MESSAGES/django.po")]:
        translated = Path(str(path).replace("/en/", f"/{language}/"))
        for entry in polib.pofile(str(translated)):
            if "%" in entry.msgid or "{" in entry.msgid or entry.msgstr == entry.msgid:
                continue
            if len(entry.msgid) >= 4 and any(character.isalpha() for character in entry.msgid):
                strings.add(entry.msgid)
    return strings


def untranslated(texts, sources):
    whole = " ".join(texts)
    exact = {text for text in texts if text in sources}
    sentences = {source for source in sources if len(source) >= 30 and source in whole}
    return sorted(exact | sentences)


def test_the_check_recognises_interface_strings_on_an_english_page(tour):
    texts = tour("en", "desktop")["registration form"]["strings"]

    found = untranslated(texts, source_strings("pl"))

    assert {"Skip to main content", "Main menu", "Search"} <= set(found)


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_no_interface_string_is_left_in_english(tour, language):
    sources = source_strings(language)
    problems = {}
    for page_type, facts in tour(language, "desktop").items():
        found = untranslated(facts["strings"], sources)
        if found:
            problems[page_type] = found
    assert problems == {}


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_navigation_stays_in_the_page_language(demo_server, tour, language):
    """Menus, breadcrumbs, footer links and in-page navigation lead to pages in the same language;
    only the language switcher leads elsewhere, and it says so with hreflang and lang."""
    base, _urls, _database = demo_server
    site_host = base.split("//", 1)[1]
    problems = {}
    for page_type, facts in tour(language, "desktop").items():
        wrong = []
        for link in facts["links"]:
            if link["hreflang"]:
                if link["lang"] != link["hreflang"] or not link["path"].startswith(f"/{link['hreflang']}/"):
                    wrong.append(link)
            elif link["host"] == site_host and not link["path"].startswith(
                (f"/{language}/", "/static/", "/media/")
            ):
                wrong.append(link)
        if wrong:
            problems[page_type] = wrong
    assert problems == {}
