"""What axe cannot judge alone: the skip link, visible focus, heading order, no lost content at
320 px or 200 % zoom, contrast in the high-contrast mode, reduced motion, form errors tied to their
fields, and the month and timetable grids as a screen reader reads them."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.tour import PAGE_TYPES, reflow

pytestmark = pytest.mark.browser


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


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_headings_never_skip_a_level_and_nothing_overflows_at_320_px(tour, language):
    problems = {}
    for page_type, facts in tour(language, "phone").items():
        levels = facts["headings"]
        skips = [pair for pair in zip(levels, levels[1:], strict=False) if pair[1] > pair[0] + 1]
        if levels[:1] != [1] or skips or facts["overflow"] > 0:
            problems[page_type] = {"first": levels[:1], "skips": skips, "overflow px": facts["overflow"]}
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


def lost(found):
    return found["overflow"] > 0 or found["clipped"] or found["outside"]


def test_nothing_is_lost_at_200_percent_page_zoom(demo_server, browser):
    """A 1280x800 window zoomed to 200 % lays pages out in 640x400 CSS pixels: nothing may need
    sideways scrolling, be cut off by its box, or leave a link or button out of reach. Tables
    scroll in their own labelled region and the zone map pans, both of which WCAG 1.4.10 allows."""
    base, urls, _database = demo_server
    context = browser.new_context(viewport={"width": 640, "height": 400})
    tab = context.new_page()
    problems = {}
    for page_type in PAGE_TYPES:
        tab.goto(base + urls["pl"][page_type])
        found = reflow(tab)
        if lost(found):
            problems[page_type] = found
    context.close()
    assert problems == {}


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_nothing_is_lost_at_200_percent_text_zoom(tour, language):
    """Text-only zoom doubles the root font size in the full 1280x800 window (read in the tour)."""
    problems = {page_type: facts["text zoom"] for page_type, facts in tour(language, "desktop").items()}
    assert {page_type: found for page_type, found in problems.items() if lost(found)} == {}


def test_the_month_reads_as_a_table_of_days_and_the_phone_list_holds_the_same_events(demo_server, browser):
    base, urls, _database = demo_server
    desktop = browser.new_context(viewport={"width": 1280, "height": 800}, locale="pl-PL")
    tab = desktop.new_page()
    tab.goto(base + urls["pl"]["agenda month"])
    month = tab.locator("#month-heading").inner_text()
    table = tab.get_by_role("table", name=month)
    weekdays = [day.lower() for day in table.get_by_role("columnheader").all_inner_texts()]
    assert weekdays == ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
    in_table = sorted(link.get_attribute("href") for link in table.get_by_role("link").all())
    assert in_table, "the demo month has events"
    desktop.close()

    phone = browser.new_context(viewport={"width": 375, "height": 812})
    tab = phone.new_page()
    tab.goto(base + urls["pl"]["agenda month"])
    assert tab.get_by_role("table").count() == 0, "the grid is hidden from phones and screen readers there"
    listed = tab.locator(".month-list").get_by_role("link")
    assert sorted({link.get_attribute("href") for link in listed.all()}) == sorted(set(in_table))
    phone.close()


def test_the_timetable_names_its_rooms_and_times_for_a_screen_reader(demo_server, browser):
    base, urls, _database = demo_server
    desktop = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = desktop.new_page()
    tab.goto(base + urls["pl"]["timetable"])
    day = tab.locator(".timetable-day").first
    heading = day.get_by_role("heading", level=2).inner_text()
    region = day.get_by_role("region", name=heading)
    assert region.get_attribute("tabindex") == "0", "the scrolling grid can be reached with the keyboard"
    table = region.get_by_role("table")
    assert table.get_attribute("aria-label") is None
    caption = table.locator("caption").inner_text()
    assert tab.get_by_role("table", name=caption).count() == 1
    headers = table.get_by_role("columnheader").all_inner_texts()
    assert headers[0] == "Godzina" and len(headers) > 1
    times = table.get_by_role("rowheader").all_inner_texts()
    assert times == sorted(times) and all(len(time) == 5 and time[2] == ":" for time in times)
    sessions = sorted({link.get_attribute("href") for link in table.get_by_role("link").all()})
    desktop.close()

    phone = browser.new_context(viewport={"width": 375, "height": 812})
    tab = phone.new_page()
    tab.goto(base + urls["pl"]["timetable"])
    first_day = tab.locator(".timetable-day").first
    assert first_day.get_by_role("table").count() == 0
    listed = first_day.get_by_role("list").first.get_by_role("link", name=re.compile(".+"))
    listed_sessions = {
        href for href in (link.get_attribute("href") for link in listed.all()) if href in sessions
    }
    assert listed_sessions == set(sessions)
    phone.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no javascript"])
def test_the_main_menu_folds_on_phones_and_opens_with_the_keyboard(demo_server, browser, javascript):
    base, urls, _database = demo_server
    context = browser.new_context(viewport={"width": 375, "height": 812}, java_script_enabled=javascript)
    tab = context.new_page()
    tab.goto(base + urls["uk"]["home"])
    menu = tab.get_by_role("navigation", name="Головне меню")
    first_item = menu.get_by_role("link").first
    if javascript:
        toggle = menu.locator("summary")
        assert toggle.inner_text() == "Меню"
        assert not first_item.is_visible(), "folded on a phone, the content starts in the first view"
        toggle.focus()
        tab.keyboard.press("Enter")
    assert first_item.is_visible(), "without JavaScript the menu stays open"
    assert first_item.get_attribute("href").startswith("/uk/")
    if javascript:
        tab.keyboard.press("Enter")
        assert not first_item.is_visible(), "the same key folds it again"

    tab.set_viewport_size({"width": 1280, "height": 800})
    # The page's script opens the menu when the width changes: wait for it (up to Playwright's 5 s).
    expect(first_item).to_be_visible()
    expect(menu.locator("summary")).to_be_hidden()  # wide screens show the menu without a toggle
    context.close()
