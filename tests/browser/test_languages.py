"""Every page type in Polish and Ukrainian shows no interface string left in English (the source
language of the catalogues), and no navigation on it leads into another language unannounced."""

from pathlib import Path

import polib
import pytest

from tests.browser.conftest import ROOT
from tests.browser.test_accessibility import PAGE_TYPES

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# Every text a visitor or a screen reader meets: text nodes (also visually hidden ones), the names
# given in attributes, and the title; parts marked with another language (the language switcher)
# are left out.
VISIBLE_STRINGS = """(() => {
    const own = document.documentElement.lang;
    const foreign = element => {
        const marked = element.closest('[lang]');
        return marked !== null && marked.getAttribute('lang') !== own;
    };
    const found = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const parent = walker.currentNode.parentElement;
        if (!parent.closest('script, style, noscript') && !foreign(parent)) {
            found.push(walker.currentNode.textContent);
        }
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title], [alt], input[value]')) {
        if (foreign(element)) continue;
        for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
            if (element.hasAttribute(name)) found.push(element.getAttribute(name));
        }
        if (['submit', 'button'].includes(element.type)) found.push(element.value);
    }
    return found.map(text => text.replace(/\\s+/g, ' ').trim()).filter(text => text);
})()"""

NAVIGATION_LINKS = """[...document.querySelectorAll('nav a[href], header a[href], footer a[href]')].map(link => ({
    text: link.innerText.trim(), path: new URL(link.href).pathname, host: new URL(link.href).host,
    hreflang: link.getAttribute('hreflang'), lang: link.getAttribute('lang'),
}))"""


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


def untranslated_on(tab, sources):
    texts = tab.evaluate(VISIBLE_STRINGS)
    whole = " ".join(texts)
    exact = {text for text in texts if text in sources}
    sentences = {source for source in sources if len(source) >= 30 and source in whole}
    return sorted(exact | sentences)


@pytest.fixture(scope="module")
def tab(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    yield context.new_page()
    context.close()


def test_the_check_recognises_interface_strings_on_an_english_page(demo_server, tab):
    base, urls, _database = demo_server
    tab.goto(base + urls["en"]["registration form"])

    found = untranslated_on(tab, source_strings("pl"))

    assert {"Skip to main content", "Main menu", "Search"} <= set(found)


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_no_interface_string_is_left_in_english(demo_server, tab, language):
    base, urls, _database = demo_server
    sources = source_strings(language)
    problems = {}
    for page_type in PAGE_TYPES:
        tab.goto(base + urls[language][page_type])
        found = untranslated_on(tab, sources)
        if found:
            problems[page_type] = found
    assert problems == {}


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_navigation_stays_in_the_page_language(demo_server, tab, language):
    """Menus, breadcrumbs, footer links and in-page navigation lead to pages in the same language;
    only the language switcher leads elsewhere, and it says so with hreflang and lang."""
    base, urls, _database = demo_server
    site_host = base.split("//", 1)[1]
    problems = {}
    for page_type in PAGE_TYPES:
        tab.goto(base + urls[language][page_type])
        wrong = []
        for link in tab.evaluate(NAVIGATION_LINKS):
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
