"""What residents and editors do, done in a real browser at phone and desktop size: reading a zone
in Ukrainian, finding events, registering with the keyboard alone and cancelling from the e-mail,
taking a calendar address (the residents' journeys with and without JavaScript), and a zone
editor's story going through moderation to the communications editor's approval."""

import re
import sqlite3

import pytest
from playwright.sync_api import expect

from demo.management.commands.demo_editors import COMMUNICATIONS_EDITOR, ZONE_EDITOR
from demo.management.commands.demo_editors import PASSWORD as DEMO_EDITOR_PASSWORD
from tests.browser.conftest import SIZES
from tests.browser.screenshots import screenshot

pytestmark = pytest.mark.browser


def test_a_visitor_reads_a_zone_story_in_ukrainian_then_the_diagnosis(demo_server, visitor):
    base, urls, _database = demo_server
    visitor.goto(base + urls["pl"]["zone page"])
    with visitor.expect_navigation():
        visitor.get_by_role("link", name="Українська").first.click()
    assert visitor.locator("html").get_attribute("lang") == "uk"
    visitor.goto(base + urls["uk"]["story"])
    assert visitor.locator("html").get_attribute("lang") == "uk"
    assert visitor.locator("h1").inner_text()
    zone_link = visitor.locator("article a[href^='/uk/zony/']").first
    zone_link.click()
    # The click only starts the navigation: wait for the zone page to load before looking.
    visitor.wait_for_load_state()
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
    with visitor.expect_navigation():
        visitor.get_by_role("link", name="Miesiąc").click()
    assert f"zone={zone_slug}" in visitor.url
    assert visitor.locator("#month-heading").is_visible()


def test_registering_with_the_keyboard_confirming_and_cancelling_from_the_email(
    demo_server, visitor, size, request
):
    base, urls, database = demo_server
    page_at = visitor
    page_at.goto(base + urls["pl"]["open workshop"])
    # The click only starts the navigation: tabbing before the form has loaded finds no document.
    with page_at.expect_navigation():
        page_at.get_by_role("link", name="Zapisz się").first.click()
    javascript = request.node.callspec.params["visitor"].replace(" ", "-")
    email = f"klawiatura-{size}-{javascript}@example.org"
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
    # The key only starts the form's submission: wait for the page it leads to.
    with page_at.expect_navigation():
        page_at.keyboard.press("Enter")
    assert page_at.get_by_role("heading", level=1).inner_text() == "Sprawdź pocztę"
    assert "Wysłaliśmy wiadomość" in page_at.locator("[role=status]").inner_text()
    screenshot(page_at, f"journey-{size}-{javascript}-check-your-email")

    with sqlite3.connect(database) as connection:
        (body,) = connection.execute(
            'SELECT body FROM core_outgoingmail WHERE "to" = ? ORDER BY id DESC LIMIT 1', (email,)
        ).fetchone()
    manage_link = re.search(r"http://127\.0\.0\.1:\d+(/pl/zapisy/zarzadzaj/\S+/)", body).group(1)
    page_at.goto(base + manage_link)
    for _ in range(80):
        page_at.keyboard.press("Tab")
        if page_at.evaluate("document.activeElement.textContent.trim()") == "Potwierdź":
            break
    with page_at.expect_navigation():
        page_at.keyboard.press("Enter")
    assert "Dziękujemy za potwierdzenie" in page_at.locator("[role=status]").inner_text()
    screenshot(page_at, f"journey-{size}-{javascript}-confirmed")
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
    # The label changes once the clipboard has taken the address: wait for it rather than look once.
    expect(box.get_by_role("button", name="Copied")).to_be_visible()
    assert (
        box.get_by_role("link", name="Add to Google Calendar")
        .get_attribute("href")
        .startswith("https://calendar.google.com/calendar/render?cid=webcal")
    )
    context.close()


def test_without_javascript_the_calendar_address_is_there_to_select(demo_server, browser):
    base, urls, _database = demo_server
    context = browser.new_context(viewport={"width": 375, "height": 812}, java_script_enabled=False)
    tab = context.new_page()
    tab.goto(base + urls["en"]["agenda"] + "?type=workshop")
    box = tab.locator(".calendar-subscribe").first
    address = box.get_by_role("textbox")
    assert address.is_visible()
    assert address.input_value().endswith("/en/calendar/events.ics?type=workshop")
    assert box.get_by_role("button", name="Copy").count() == 0, "no button that could not work"
    assert box.get_by_role("link", name="Add to Google Calendar").is_visible()
    context.close()


def zone_editors_story(database):
    """The first zone editors' group's zone, as the explorer shows the way to it (the titles from the
    home page down), and that zone's first story: (titles, the story's public address, its title)."""
    with sqlite3.connect(database) as connection:
        (group,) = connection.execute(
            "SELECT name FROM auth_group WHERE name LIKE 'Redakcja strefy: %' ORDER BY name LIMIT 1"
        ).fetchone()
        path, depth = connection.execute(
            "SELECT page.path, page.depth FROM wagtailcore_page page JOIN wagtailcore_locale locale "
            "ON page.locale_id = locale.id WHERE page.title = ? AND locale.language_code = 'pl'",
            (group.removeprefix("Redakcja strefy: "),),
        ).fetchone()
        trail = [
            connection.execute(
                "SELECT title FROM wagtailcore_page WHERE path = ?", (path[: 4 * level],)
            ).fetchone()[0]
            for level in range(2, depth + 1)
        ]
        url_path, story_title = connection.execute(
            "SELECT url_path, title FROM wagtailcore_page WHERE path LIKE ? AND depth = ? ORDER BY path LIMIT 1",
            (path + "%", depth + 1),
        ).fetchone()
    # The Polish home page answers at /pl/: its own slug gives way to the language prefix.
    return trail, "/pl/" + url_path.split("/", 2)[2], story_title


def admin_login(browser, base, size, username):
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="pl-PL")
    tab = context.new_page()
    tab.goto(base + "/admin/login/")
    tab.get_by_label("Nazwa użytkownika").fill(username)
    # Wagtail 8's Polish catalogue leaves this field's label in English ("Password").
    tab.locator("input[name=password]").fill(DEMO_EDITOR_PASSWORD)
    tab.get_by_role("button", name="Zaloguj się").click()
    tab.wait_for_load_state()
    return context, tab


def test_a_zone_editor_submits_her_story_and_communications_approves_it(demo_server, browser, size):
    base, _urls, database = demo_server
    trail, story_url, story_title = zone_editors_story(database)
    corrected = f"{story_title.split(' (')[0]} ({size})"

    editor_context, editor = admin_login(browser, base, size, ZONE_EDITOR)
    editor.goto(base + "/admin/pages/")
    for title in trail:
        editor.get_by_role("link", name=f"Przeglądaj strony pochodne '{title}'").click()
    editor.get_by_role("link", name=story_title, exact=True).click()
    editor.get_by_role("textbox", name="Tytuł").fill(corrected)
    editor.get_by_role("button", name="Więcej akcji").click()
    editor.get_by_role("button", name="Wyślij do Moderacja treści stref").click()
    editor.wait_for_load_state()
    assert "została przekazana do przeglądu" in editor.locator(".messages").inner_text()
    screenshot(editor, f"journey-{size}-story-submitted")
    editor_context.close()

    public_page = browser.new_page()
    public_page.goto(base + story_url)
    assert public_page.locator("h1").inner_text() == story_title

    approver_context, approver = admin_login(browser, base, size, COMMUNICATIONS_EDITOR)
    waiting = approver.locator("#awaiting-review-section tr", has_text=corrected)
    waiting.get_by_role("button", name="Akcje").click()
    waiting.get_by_role("button", name="Akceptuj", exact=True).click()
    # Approving posts in the background and reloads the dashboard without the story in the queue.
    waiting.wait_for(state="detached")
    screenshot(approver, f"journey-{size}-story-approved")
    approver_context.close()

    public_page.reload()
    assert public_page.locator("h1").inner_text() == corrected
    public_page.close()
