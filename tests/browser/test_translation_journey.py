"""The communications editor writes a Polish page, translates it into Ukrainian in wagtail-localize's
editor and publishes it; after she changes the Polish page, she syncs its translations, translates
the changed title, and the Ukrainian page shows it."""

import re
import sqlite3

import pytest
from playwright.sync_api import expect

from demo.management.commands.demo_editors import COMMUNICATIONS_EDITOR
from tests.browser.test_journeys import admin_login

pytestmark = pytest.mark.browser

TITLE = "Kawiarenka językowa"
CHANGED_TITLE = "Kawiarenka językowa co tydzień"
UKRAINIAN_TITLE = "Мовна кав'ярня"
CHANGED_UKRAINIAN_TITLE = "Мовна кав'ярня щотижня"


def query(database, sql, *parameters):
    with sqlite3.connect(database) as connection:
        return connection.execute(sql, parameters).fetchone()


def polish_home_id(database):
    return query(
        database,
        "SELECT page.id FROM wagtailcore_page page JOIN wagtailcore_locale locale "
        "ON page.locale_id = locale.id WHERE page.depth = 2 AND locale.language_code = 'pl'",
    )[0]


def translation_of(database, page_id, language_code):
    """The id and public address of the page's translation into `language_code`."""
    page_id, url_path = query(
        database,
        "SELECT page.id, page.url_path FROM wagtailcore_page page JOIN wagtailcore_locale locale "
        "ON page.locale_id = locale.id WHERE locale.language_code = ? AND page.translation_key = "
        "(SELECT translation_key FROM wagtailcore_page WHERE id = ?)",
        language_code,
        page_id,
    )
    return page_id, f"/{language_code}/{url_path.split('/', 2)[2]}"


def publish_in_the_editor(editor):
    editor.get_by_role("button", name="Więcej akcji").click()
    with editor.expect_navigation():
        editor.get_by_role("button", name="Opublikuj", exact=True).click()


def translate_title(editor, ukrainian_title):
    """In wagtail-localize's editor: translate the title segment, save it, publish the translation."""
    editor.get_by_role("button", name="Tłumacz").first.click()
    editor.locator("textarea").fill(ukrainian_title)
    editor.get_by_role("button", name="Zapisz").click()
    expect(editor.get_by_text(ukrainian_title, exact=True)).to_be_visible()
    with editor.expect_navigation():
        editor.get_by_role("button", name=re.compile("^Opublikuj w")).click()
    expect(editor.locator(".messages")).to_contain_text(f'Opublikowano "{ukrainian_title}"')


def test_the_communications_editor_translates_a_page_and_syncs_it_after_a_change(demo_server, browser):
    base, _urls, database = demo_server
    context, editor = admin_login(browser, base, "desktop", COMMUNICATIONS_EDITOR)

    editor.goto(f"{base}/admin/pages/add/home/standardpage/{polish_home_id(database)}/")
    editor.get_by_role("textbox", name="Tytuł").fill(TITLE)
    editor.get_by_role("textbox", name="Tytuł").press("Tab")  # the admin makes the slug from the title
    expect(editor.locator("#id_slug")).not_to_have_value("")
    publish_in_the_editor(editor)
    (page_id,) = query(database, "SELECT id FROM wagtailcore_page WHERE title = ?", TITLE)

    editor.goto(f"{base}/admin/pages/{page_id}/edit/")
    editor.get_by_role("button", name="Akcje").click()
    editor.get_by_role("link", name="Przetłumacz tę stronę").click()
    editor.get_by_label("Українська").check()
    with editor.expect_navigation():
        editor.get_by_role("button", name="Wyślij").click()
    translate_title(editor, UKRAINIAN_TITLE)

    ukrainian_id, ukrainian_url = translation_of(database, page_id, "uk")
    public = browser.new_page()
    public.goto(base + ukrainian_url)
    expect(public.locator("h1")).to_have_text(UKRAINIAN_TITLE)

    editor.goto(f"{base}/admin/pages/{page_id}/edit/")
    editor.get_by_role("textbox", name="Tytuł").fill(CHANGED_TITLE)
    publish_in_the_editor(editor)
    editor.goto(f"{base}/admin/pages/{page_id}/edit/")
    editor.get_by_role("button", name="Akcje").click()
    with editor.expect_navigation():
        editor.get_by_role("link", name="Zsynchronizuj przetłumaczone strony").click()
    with editor.expect_navigation():
        editor.get_by_role("button", name="Wyślij").click()

    editor.goto(f"{base}/admin/pages/{ukrainian_id}/edit/")
    expect(editor.get_by_text(CHANGED_TITLE, exact=True)).to_be_visible()
    translate_title(editor, CHANGED_UKRAINIAN_TITLE)
    context.close()

    public.reload()
    expect(public.locator("h1")).to_have_text(CHANGED_UKRAINIAN_TITLE)
    public.close()
