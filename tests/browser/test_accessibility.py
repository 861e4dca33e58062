"""axe-core (bundled by axe-playwright-python, no CDN) finds no WCAG 2.0/2.1 A or AA violation on any
page type, in Polish, English and Ukrainian, at phone and desktop size; each page is photographed
into out/screenshots/ for a reviewer."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

LANGUAGES = ("pl", "en", "uk")
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
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


def describe(violations):
    return [
        (violation["id"], [node["target"] for node in violation["nodes"]][:3]) for violation in violations
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_wcag_violation_on_any_page_type(demo_server, page_at, size, language):
    base, urls, _database = demo_server
    axe = Axe()
    failures = {}
    for page_type in PAGE_TYPES:
        page_at.goto(base + urls[language][page_type])
        assert page_at.locator("html").get_attribute("lang") == language, page_type
        violations = axe.run(page_at, options=WCAG_AA).response["violations"]
        if violations:
            failures[page_type] = describe(violations)
        screenshot(page_at, f"{language}-{size}-{page_type.replace(' ', '-')}")
    assert failures == {}
