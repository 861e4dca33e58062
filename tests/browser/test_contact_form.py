"""The contact form sent from a real browser, with and without JavaScript: the resident reads the
thank-you text in her language, and staff get her message through the outbox, answering to her."""

import sqlite3

import pytest

pytestmark = pytest.mark.browser

THANKS = {"pl": "Dziękujemy! Odpowiemy", "en": "Thank you! We will answer", "uk": "Дякуємо! Ми відповімо"}


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_a_resident_writes_to_staff_and_staff_get_her_message(demo_server, visitor, language, size, request):
    base, urls, database = demo_server
    javascript = request.node.callspec.params["visitor"].replace(" ", "-")
    email = f"kontakt-{language}-{size}-{javascript}@example.org"
    message = "Czy w strefie na Bałutach\nbędą zajęcia dla seniorów? 🙂"
    visitor.goto(base + urls[language]["form page"])

    fields = visitor.locator("main form").get_by_role("textbox")
    fields.nth(0).fill("Ola Kontaktowa")
    fields.nth(1).fill(email)
    fields.nth(2).fill(message)
    with visitor.expect_navigation():
        visitor.locator("main form [type=submit]").click()

    assert THANKS[language] in visitor.locator("main").inner_text()
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            'SELECT "to", reply_to, body, sent_at FROM core_outgoingmail WHERE kind = ? AND reply_to = ?',
            ("form_submission", email),
        ).fetchall()
    assert len(rows) == 1
    to, reply_to, body, sent_at = rows[0]
    assert (to, reply_to) == ("kontakt@sas.example.org", email)
    assert "Ola Kontaktowa" in body and "seniorów? 🙂" in body
    assert sent_at is not None
