"""What axe cannot judge alone: the skip link, visible focus, heading order, no lost content at
320 px, contrast in the high-contrast mode, reduced motion, and form errors tied to their fields."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.test_accessibility import PAGE_TYPES

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

HEADING_LEVELS = "[...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')].map(h => +h.tagName[1])"


def test_the_skip_link_is_the_first_stop_and_leads_to_the_content(demo_server, page_at):
    base, urls, _database = demo_server
    page_at.goto(base + urls["pl"]["zone page"])
    page_at.keyboard.press("Tab")
    focused = page_at.evaluate(
        "[document.activeElement.className, document.activeElement.getAttribute('href')]"
    )
    assert focused == ["skip-link", "#main"]
    assert page_at.locator(".skip-link").is_visible()
    outline = page_at.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page_at.keyboard.press("Enter")
    assert page_at.evaluate("location.hash") == "#main"


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_headings_never_skip_a_level_and_nothing_overflows_at_320_px(demo_server, browser, language):
    base, urls, _database = demo_server
    context = browser.new_context(viewport={"width": 320, "height": 640})
    tab = context.new_page()
    problems = {}
    for page_type in PAGE_TYPES:
        tab.goto(base + urls[language][page_type])
        levels = tab.evaluate(HEADING_LEVELS)
        skips = [pair for pair in zip(levels, levels[1:], strict=False) if pair[1] > pair[0] + 1]
        overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if levels[:1] != [1] or skips or overflow > 0:
            problems[page_type] = {"first": levels[:1], "skips": skips, "overflow px": overflow}
    context.close()
    assert problems == {}


def test_high_contrast_mode_keeps_contrast(demo_server, browser):
    base, urls, _database = demo_server
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.add_cookies([{"name": "sas_display", "value": "contrast-high", "url": base}])
    tab = context.new_page()
    axe = Axe()
    failures = {}
    for page_type in ("home", "zone page", "agenda", "timetable", "registration form", "search results"):
        tab.goto(base + urls["pl"][page_type])
        assert "pref-contrast-high" in tab.locator("html").get_attribute("class")
        result = axe.run(tab, options={"runOnly": {"type": "rule", "values": ["color-contrast"]}})
        if result.response["violations"]:
            failures[page_type] = [node["target"] for node in result.response["violations"][0]["nodes"]][:3]
    context.close()
    assert failures == {}


def test_reduced_motion_switches_off_smooth_scrolling_and_transitions(demo_server, browser):
    base, urls, _database = demo_server
    context = browser.new_context(reduced_motion="reduce")
    tab = context.new_page()
    tab.goto(base + urls["pl"]["home"])
    styles = tab.evaluate(
        "(() => { const s = getComputedStyle(document.querySelector('a')); return [s.transitionDuration, "
        "getComputedStyle(document.documentElement).scrollBehavior]; })()"
    )
    context.close()
    assert styles == ["0s", "auto"]


def test_form_errors_are_tied_to_their_fields(demo_server, page_at):
    base, urls, _database = demo_server
    page_at.goto(base + urls["pl"]["registration form"])
    page_at.fill("input[name=email]", "nie-adres")
    page_at.locator("form").last.evaluate("form => form.noValidate = true")
    page_at.get_by_role("button", name="Zapisz się").click()
    for name in ("name", "email", "consent"):
        field = page_at.locator(f"[name={name}]")
        described = field.get_attribute("aria-describedby") or ""
        errors = [page_at.locator(f"#{ident}").inner_text() for ident in described.split()]
        assert any(text.strip() for text in errors), name
        assert field.get_attribute("aria-invalid") == "true", name
