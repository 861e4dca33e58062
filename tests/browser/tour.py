"""One visit per page type, language and size, shared by the page-wide checks.

Loading a page in Chromium costs far more than reading it, so every check that looks at all page
types (axe, headings, reflow at 320 px, text zoom, untranslated strings, links leaving the
language) reads what it needs from one visit: the tour. Checks that need a page in another state
(high contrast, 640 px page zoom, no JavaScript) still make their own visits.
"""

from axe_playwright_python.sync_playwright import Axe

from tests.browser.screenshots import screenshot

PAGE_TYPES = (
    "home",
    "standard page",
    "form page",
    "accessibility statement",
    "zone index",
    "zone page",
    "story index",
    "story",
    "training index",
    "training material",
    "guide",
    "guide chapter",
    "whole guide",
    "agenda",
    "agenda month",
    "past events",
    "event",
    "forum",
    "timetable",
    "now and next",
    "speakers",
    "session",
    "search results",
    "search without results",
    "calendar help",
    "registration form",
    "zone ideas",
    "propose an idea",
    "idea",
    "idea confirmation",
    "not found",
    "server error",
)
# The phone is the narrowest one WCAG's reflow criterion (1.4.10) asks for.
TOUR_SIZES = {"phone": (320, 640), "desktop": (1280, 800)}
WCAG_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
# axe-core goes into every page of the tour as it loads, rather than sent again after each load
# (half a megabyte of script), and gives back only its violations.
AXE_SOURCE = Axe().axe_script
AXE_VIOLATIONS = "options => axe.run(document, options).then(found => found.violations)"

HEADING_LEVELS = (
    "[...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')]"
    ".map(h => +h.tagName[1])"
)
OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"
CLIPPED = """[...document.querySelectorAll('body *')].filter(element => {
    const style = getComputedStyle(element);
    return ['hidden', 'clip'].includes(style.overflowX) && element.offsetParent !== null
        && !element.closest('.visually-hidden, .visually-hidden-focusable:not(:focus), [aria-hidden=true]')
        && !element.matches('.leaflet-container')
        && element.scrollWidth > element.clientWidth + 1 && element.innerText.trim() !== '';
}).map(element => element.tagName.toLowerCase() + '.' + [...element.classList].join('.'))"""
OUTSIDE = """[...document.querySelectorAll('header a, header button, main a, main button, footer a')]
    .filter(element => element.offsetParent !== null && !element.closest('[role=region], .table-responsive'))
    .filter(element => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .map(element => element.innerText.trim() || element.getAttribute('aria-label'))"""
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
PAGE_FACTS = f"""(() => ({{
    lang: document.documentElement.lang,
    headings: {HEADING_LEVELS},
    overflow: {OVERFLOW},
    strings: {VISIBLE_STRINGS},
    links: {NAVIGATION_LINKS},
}}))()"""
REFLOW = f"({{overflow: {OVERFLOW}, clipped: {CLIPPED}, outside: {OUTSIDE}}})"


def reflow(tab):
    """What a reader loses when the page is narrow or its text large: sideways scrolling (px),
    boxes that cut their text off, links and buttons out of reach."""
    return tab.evaluate(REFLOW)


def visit_every_page_type(browser, base, urls, language, size):
    """The facts of each page type in `language` at `size`, photographed into out/screenshots/.

    At desktop size the text is then zoomed to 200 % (the root font size doubled, as a browser's
    text-only zoom does) and what it loses is read too."""
    width, height = TOUR_SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height})
    context.add_init_script(AXE_SOURCE)
    tab = context.new_page()
    facts = {}
    for page_type in PAGE_TYPES:
        tab.goto(base + urls[page_type])
        found = tab.evaluate(PAGE_FACTS)
        found["violations"] = tab.evaluate(AXE_VIOLATIONS, WCAG_AA)
        screenshot(tab, f"{language}-{size}-{page_type.replace(' ', '-')}")
        if size == "desktop":
            tab.evaluate("document.documentElement.style.fontSize = '200%'")
            found["text zoom"] = reflow(tab)
        facts[page_type] = found
    context.close()
    return facts
