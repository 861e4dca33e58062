"""A resident whose manage link broke gets fresh links from the page it opens, in a real Chromium,
with and without JavaScript, in Polish, English and Ukrainian: the broken link leads to the "send me
my links" page, its form is accepted (the browser sends its real Origin there), the fresh link in
her mailbox opens her registration, and the link she had before no longer does."""

import re
import sqlite3

import pytest

from tests.browser.conftest import SIZES

pytestmark = pytest.mark.browser

MANAGE = {
    "pl": "/pl/zapisy/zarzadzaj/",
    "en": "/en/registration/manage/",
    "uk": "/uk/reyestratsiya/keruvannya/",
}
WORDS = {
    "pl": ("Ten link nie działa", "Wyślij mi moje linki", "wysłaliśmy", "Twój zapis"),
    "en": ("This link does not work", "Send me my links", "we have sent", "Your registration"),
    "uk": ("Це посилання не працює", "Надішліть мені мої посилання", "надіслали", "Ваша реєстрація"),
}
LANGUAGES = list(WORDS)


@pytest.fixture
def open_tab(browser):
    """`open_tab(javascript)`: a phone-sized tab with JavaScript on or off."""
    contexts = []

    def tab(javascript):
        width, height = SIZES["phone"]
        context = browser.new_context(
            viewport={"width": width, "height": height}, java_script_enabled=javascript
        )
        contexts.append(context)
        return context.new_page()

    yield tab
    for context in contexts:
        context.close()


def demo_registrant(database, index):
    """A demo registrant of the Forum workshop, her first e-mail written long ago (so asking for her
    links is not throttled) and the manage link that e-mail carried."""
    with sqlite3.connect(database) as connection:
        email, registration_id = connection.execute(
            "SELECT email, id FROM forum_registration WHERE email LIKE 'uczestnik%' "
            "AND status IN ('confirmed', 'waitlisted') ORDER BY id DESC LIMIT 1 OFFSET ?",
            (index,),
        ).fetchone()
        connection.execute(
            "UPDATE core_outgoingmail SET created_at = '2000-01-01 00:00:00' WHERE id IN "
            "(SELECT mail_id FROM forum_registrationmail WHERE registration_id = ?)",
            (registration_id,),
        )
    return email, latest_manage_link(database, email)


def latest_manage_link(database, email):
    with sqlite3.connect(database) as connection:
        (body,) = connection.execute(
            'SELECT body FROM core_outgoingmail WHERE "to" = ? ORDER BY id DESC LIMIT 1', (email,)
        ).fetchone()
    return re.search(rf"http://127\.0\.0\.1:\d+((?:{'|'.join(MANAGE.values())})[^/\s]+/)", body).group(1)


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
@pytest.mark.parametrize("code", LANGUAGES)
def test_a_broken_manage_link_leads_to_fresh_links(demo_server, open_tab, code, javascript):
    base, _urls, database = demo_server
    problem, button, sent, _heading = WORDS[code]
    email, old_link = demo_registrant(database, LANGUAGES.index(code) * 2 + javascript)
    resident = open_tab(javascript)

    resident.goto(base + MANAGE[code] + "broken-link-from-a-mail-client/")
    assert resident.get_by_role("heading", level=1).inner_text() == problem
    resident.locator("input[name=email]").fill(email)
    with resident.expect_navigation():
        resident.get_by_role("button", name=button).click()
    assert sent in resident.locator("[role=status]").inner_text()

    fresh_link = latest_manage_link(database, email)
    assert fresh_link != old_link
    resident.goto(base + fresh_link)
    assert resident.get_by_role("heading", level=1).inner_text().startswith(WORDS[fresh_link[1:3]][3])
    resident.goto(base + old_link)
    assert resident.get_by_role("heading", level=1).inner_text() == WORDS[old_link[1:3]][0]
