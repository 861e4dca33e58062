"""What residents do, done in a real browser at phone and desktop size: reading a zone in Ukrainian,
finding events, registering with the keyboard alone and cancelling from the e-mail, taking a
calendar address, with and without JavaScript."""

import re
import sqlite3

import pytest

from tests.browser.conftest import SIZES, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.fixture(params=["javascript", "no javascript"])
def visitor(request, browser, size):
    """A tab at the size under test, with JavaScript on or off."""
    width, height = SIZES[size]
    context = browser.new_context(
        viewport={"width": width, "height": height}, java_script_enabled=request.param == "javascript"
    )
    yield context.new_page()
    context.close()


def test_a_visitor_reads_a_zone_story_in_ukrainian_then_the_diagnosis(demo_server, visitor):
    base, urls, _database = demo_server
    visitor.goto(base + urls["pl"]["zone page"])
    visitor.get_by_role("link", name="Українська").first.click()
    assert visitor.locator("html").get_attribute("lang") == "uk"
    visitor.goto(base + urls["uk"]["story"])
    assert visitor.locator("html").get_attribute("lang") == "uk"
    assert visitor.locator("h1").inner_text()
    zone_link = visitor.locator("article a[href^='/uk/zony/']").first
    zone_link.click()
    diagnosis = visitor.locator("#diagnosis")
    assert diagnosis.is_visible()
    assert "Діагностика" in diagnosis.locator("h2").inner_text()


def test_a_resident_filters_the_agenda_by_zone_and_opens_the_month(demo_server, visitor):
    base, urls, _database = demo_server
    visitor.goto(base + urls["pl"]["agenda"])
    zone_choice = visitor.locator("select[name=zone] option").nth(1)
    zone_slug, zone_name = zone_choice.get_attribute("value"), zone_choice.inner_text()
    visitor.select_option("select[name=zone]", zone_slug)
    visitor.locator("form.agenda-filters").get_by_role("button", name="Pokaż").click()
    assert f"zone={zone_slug}" in visitor.url
    assert zone_name in visitor.locator("select[name=zone] option:checked").inner_text()
    visitor.get_by_role("link", name="Miesiąc").click()
    assert f"zone={zone_slug}" in visitor.url
    assert visitor.locator("#month-heading").is_visible()


def test_registering_with_the_keyboard_then_cancelling_from_the_email(demo_server, page_at, size):
    base, urls, database = demo_server
    page_at.goto(base + urls["pl"]["open workshop"])
    page_at.get_by_role("link", name="Zapisz się").first.click()
    email = f"klawiatura-{size}@example.org"
    for _ in range(80):
        page_at.keyboard.press("Tab")
        if page_at.evaluate("document.activeElement.name") == "name":
            break
    page_at.keyboard.type("Ola Klawiaturowa")
    page_at.keyboard.press("Tab")
    page_at.keyboard.type(email)
    while page_at.evaluate("document.activeElement.name") != "consent":
        page_at.keyboard.press("Tab")
    page_at.keyboard.press("Space")
    while page_at.evaluate("document.activeElement.type") != "submit":
        page_at.keyboard.press("Tab")
    page_at.keyboard.press("Enter")
    page_at.wait_for_load_state()
    assert "Zapis przyjęty." in page_at.locator("[role=status]").inner_text()
    screenshot(page_at, f"journey-{size}-registered")

    with sqlite3.connect(database) as connection:
        (body,) = connection.execute(
            'SELECT body FROM forum_emailoutbox WHERE "to" = ? ORDER BY id DESC LIMIT 1', (email,)
        ).fetchone()
    manage_link = re.search(r"http://127\.0\.0\.1:\d+(/pl/registration/manage/\S+/)", body).group(1)
    page_at.goto(base + manage_link)
    page_at.get_by_role("link", name="Odwołaj mój zapis").click()
    page_at.get_by_role("button", name="Tak, odwołuję zapis").click()
    assert "Twój zapis został odwołany." in page_at.locator("[role=status]").inner_text()


def test_a_resident_copies_the_calendar_address(demo_server, browser):
    base, urls, _database = demo_server
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
    tab = context.new_page()
    tab.goto(base + urls["en"]["agenda"] + "?type=workshop")
    box = tab.locator(".calendar-subscribe").first
    address = box.locator("input[readonly]").input_value()
    assert address.endswith("/en/calendar/events.ics?type=workshop")
    box.get_by_role("button", name="Copy").click()
    assert tab.evaluate("navigator.clipboard.readText()") == address
    assert box.get_by_role("button", name="Copied").is_visible()
    assert (
        box.get_by_role("link", name="Add to Google Calendar")
        .get_attribute("href")
        .startswith("https://calendar.google.com/calendar/render?cid=webcal")
    )
    context.close()
