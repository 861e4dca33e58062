"""A resident brings an idea to her zone on a phone without JavaScript, confirms it from the
e-mail, the zone's editor publishes it in the admin, and a neighbour supports it from the idea's
page and confirms from his e-mail: the idea shows one support more."""

import re
import sqlite3

import pytest

from tests.browser.conftest import SIZES
from tests.browser.screenshots import screenshot
from tests.browser.test_journeys import admin_login

pytestmark = pytest.mark.browser

ZONE_EDITOR = "redakcja-strefy"


@pytest.fixture
def phone_without_javascript(browser):
    width, height = SIZES["phone"]
    context = browser.new_context(viewport={"width": width, "height": height}, java_script_enabled=False)
    yield context.new_page()
    context.close()


def zone_editors_zone(database):
    """The public address of the zone of the first zone editors' group (the demo zone editor's)."""
    with sqlite3.connect(database) as connection:
        (group,) = connection.execute(
            "SELECT name FROM auth_group WHERE name LIKE 'Redakcja strefy: %' ORDER BY name LIMIT 1"
        ).fetchone()
        (url_path,) = connection.execute(
            "SELECT page.url_path FROM wagtailcore_page page JOIN wagtailcore_locale locale "
            "ON page.locale_id = locale.id WHERE page.title = ? AND locale.language_code = 'pl'",
            (group.removeprefix("Redakcja strefy: "),),
        ).fetchone()
    return "/pl/" + url_path.split("/", 2)[2]


def confirmation_link(database, email):
    with sqlite3.connect(database) as connection:
        (body,) = connection.execute(
            'SELECT body FROM core_outgoingmail WHERE "to" = ? ORDER BY id DESC LIMIT 1', (email,)
        ).fetchone()
    return re.search(r"http://127\.0\.0\.1:\d+(/pl/pomysly/potwierdz/\S+/)", body).group(1)


def test_a_resident_proposes_and_a_neighbour_supports_an_idea_on_a_phone(
    demo_server, browser, phone_without_javascript
):
    base, _urls, database = demo_server
    resident = phone_without_javascript
    resident.goto(base + zone_editors_zone(database))
    resident.locator("#ideas").get_by_role("link", name="Zaproponuj pomysł").click()
    resident.get_by_label("Tytuł Twojego pomysłu").fill("Wymiana książek na ławce")
    resident.get_by_label("Na czym polega?").fill(
        "Półka z książkami na ławce przed biblioteką: bierzesz jedną, zostawiasz inną."
    )
    resident.get_by_label("Na którą potrzebę wskazaną w diagnozie odpowiada? (opcjonalnie)").select_option(
        index=1
    )
    resident.get_by_label("Imię lub podpis przy pomyśle (opcjonalnie)").fill("Ola")
    resident.locator("input[name=email]").fill("ola-pomysl@example.org")
    resident.get_by_label("Zgadzam się na przetwarzanie moich danych osobowych (wymagane)").check()
    resident.get_by_role("button", name="Wyślij pomysł").click()
    assert resident.get_by_role("heading", level=1).inner_text() == "Sprawdź pocztę"
    assert resident.evaluate("document.documentElement.scrollWidth") <= SIZES["phone"][0]
    screenshot(resident, "ideas-journey-check-your-email")

    resident.goto(base + confirmation_link(database, "ola-pomysl@example.org"))
    resident.get_by_role("button", name="Potwierdź").click()
    assert "pomysł jest potwierdzony" in resident.locator("[role=status]").inner_text()

    editor_context, editor = admin_login(browser, base, "phone", ZONE_EDITOR)
    editor.goto(base + "/admin/ideas/")
    editor.get_by_role("link", name="Wymiana książek na ławce").click()
    editor.locator("select[name=status]").select_option("new")
    editor.get_by_role("button", name="Zapisz").first.click()
    editor.wait_for_load_state()
    editor_context.close()

    resident.goto(base + zone_editors_zone(database))
    resident.get_by_role("link", name="Wymiana książek na ławce").first.click()
    assert "0 osób popiera ten pomysł." in resident.locator("#support").inner_text()
    resident.locator("input[name=email]").fill("sasiad-popiera@example.org")
    resident.get_by_label("Powiadom mnie, gdy zmieni się status pomysłu (opcjonalnie)").check()
    resident.get_by_label("Zgadzam się na przetwarzanie moich danych osobowych (wymagane)").check()
    resident.get_by_role("button", name="Popieram ten pomysł").click()
    assert resident.get_by_role("heading", level=1).inner_text() == "Sprawdź pocztę"

    resident.goto(base + confirmation_link(database, "sasiad-popiera@example.org"))
    resident.get_by_role("button", name="Potwierdź").click()
    resident.get_by_role("link", name="Wróć do pomysłu").click()
    assert "1 osoba popiera ten pomysł." in resident.locator("#support").inner_text()
    assert "sasiad-popiera@example.org" not in resident.content()
    screenshot(resident, "ideas-journey-supported")
