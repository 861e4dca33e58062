"""The accessibility statement (deklaracja dostępności): the sections and element ids the Polish act's
template asks for, in Polish, English and Ukrainian, filled from Site settings and the zone pages."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, rich_text

from home.models import AccessibilityStatementPage, SiteSettings
from tests.factories.home import AccessibilityStatementPageFactory, translate
from tests.factories.zones import ZonePageFactory, translated, zone_indexes
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db

SECTION_IDS = (
    "a11y-wstep",
    "a11y-podmiot",
    "a11y-url",
    "a11y-data-publikacja",
    "a11y-data-aktualizacja",
    "a11y-status",
    "a11y-data-sporzadzenie",
    "a11y-data-przeglad",
    "a11y-ocena",
    "a11y-kontakt",
    "a11y-osoba",
    "a11y-email",
    "a11y-telefon",
    "a11y-procedura",
    "a11y-architektura",
    "a11y-aplikacje",
)


@pytest.fixture
def organisation(home):
    site_settings = SiteSettings.for_site(Site.objects.get())
    site_settings.organisation_name = "Fundacja Sąsiedzka"
    site_settings.email = "dostepnosc@sas.example.org"
    site_settings.phone = "+48 42 111 22 33"
    site_settings.address = "ul. Przykładowa 1\n90-001 Łódź"
    site_settings.save()
    return site_settings


def add_branches(homes, locales, count):
    zones = zone_indexes(homes, locales)
    for number in range(count):
        zone = ZonePageFactory(
            parent=zones["pl"],
            title=f"Strefa Bałuty {number}",
            step_free_entry=True,
            induction_loop=False,
            accessibility_notes="Winda od podwórza.",
        )
        translated(
            zone,
            locales,
            en={"title": f"Bałuty zone {number}", "accessibility_notes": "Lift from the courtyard."},
            uk={"title": f"Зона Балути {number}", "accessibility_notes": "Ліфт із двору."},
        )


@pytest.fixture
def statements(homes, locales, organisation):
    add_branches(homes, locales, 1)
    page = AccessibilityStatementPageFactory(parent=homes["pl"])
    return {
        "pl": page,
        "en": translate(page, locales["en"], slug="accessibility-statement", title="Accessibility statement"),
        "uk": translate(page, locales["uk"], slug="deklaratsiia-dostupnosti", title="Декларація доступності"),
    }


def read(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_the_polish_statement_has_every_part_the_act_asks_for(client, statements):
    html = read(client, statements["pl"])

    assert [ident for ident in SECTION_IDS if html.find(id=ident) is None] == []
    assert html.find(id="a11y-podmiot").get_text() == "Fundacja Sąsiedzka"
    assert html.find(id="a11y-url")["href"] == "http://testserver"
    assert html.find(id="a11y-data-publikacja")["datetime"] == "2022-03-01"
    assert html.find(id="a11y-data-publikacja").get_text() == "1 marca 2022"
    assert html.find(id="a11y-data-aktualizacja")["datetime"] == "2026-11-02"
    assert "częściowo zgodna" in html.find(id="a11y-status").get_text()
    assert "Filmy z Forum nie mają napisów." in html.get_text()
    assert "samooceny" in html.find(id="a11y-ocena").get_text()
    assert html.find(id="a11y-osoba").get_text() == "Ewa Dostępna"
    assert html.find(id="a11y-email")["href"] == "mailto:dostepnosc@sas.example.org"
    assert html.find(id="a11y-telefon")["href"] == "tel:+48421112233"
    assert "7 dni" in html.get_text()
    assert html.find("a", href="https://bip.brpo.gov.pl/") is not None
    assert "Nie publikujemy aplikacji mobilnych." in html.find(id="a11y-aplikacje").find_next("p").get_text()
    headings = [heading.get_text() for heading in html.select("article h2")]
    assert headings == [
        "Stan zgodności z ustawą",
        "Przygotowanie deklaracji",
        "Skróty klawiszowe",
        "Informacje zwrotne i dane kontaktowe",
        "Dostępność architektoniczna",
        "Aplikacje mobilne",
    ]


def test_the_branches_are_listed_from_their_zone_pages(client, statements):
    html = read(client, statements["pl"])
    branch = html.find("h3", string="Strefa Bałuty 0")

    assert branch is not None
    details = branch.find_next("ul").get_text()
    assert "Wejście bez schodów" in details
    assert "Brak pętli indukcyjnej." in details
    assert "Winda od podwórza." in details


@pytest.mark.parametrize(
    ("language", "status", "contact_heading", "branch", "notes"),
    [
        (
            "en",
            "partially compliant",
            "Feedback and contact details",
            "Bałuty zone 0",
            "Lift from the courtyard.",
        ),
        (
            "uk",
            "частково відповідає",
            "Зворотний зв’язок і контактні дані",
            "Зона Балути 0",
            "Ліфт із двору.",
        ),
    ],
)
def test_the_translations_keep_the_structure_in_their_language(
    client, statements, language, status, contact_heading, branch, notes
):
    html = read(client, statements[language])

    assert html.find("html")["lang"] == language
    assert [ident for ident in SECTION_IDS if html.find(id=ident) is None] == []
    assert status in html.find(id="a11y-status").get_text()
    assert html.find(id="a11y-kontakt").get_text() == contact_heading
    assert html.find(id="a11y-osoba").get_text() == "Ewa Dostępna"
    assert html.find("h3", string=branch) is not None
    assert notes in html.get_text()


def test_an_audit_names_the_auditor_and_a_full_compliance_needs_no_list(client, statements):
    page = statements["pl"]
    page.compliance = AccessibilityStatementPage.Compliance.FULL
    page.non_accessible_content = ""
    page.assessment = AccessibilityStatementPage.Assessment.AUDIT
    page.auditor = "Pracownia Audytów"
    page.save_revision().publish()

    html = read(client, page)

    assert html.find(id="a11y-audytor").get_text() == "Pracownia Audytów"
    assert "jest w pełni zgodna" in html.find(id="a11y-status").get_text()


def statement_form(**fields):
    return nested_form_data(
        {
            "title": "Deklaracja dostępności",
            "slug": "deklaracja-dostepnosci",
            "site_published_on": "2022-03-01",
            "last_updated_on": "2026-11-02",
            "compliance": "partial",
            "non_accessible_content": rich_text(""),
            "prepared_on": "2022-03-31",
            "reviewed_on": "",
            "assessment": "audit",
            "auditor": "",
            "contact_person": "Ewa Dostępna",
            "architecture": rich_text(""),
            "mobile_apps": "",
            **fields,
        }
    )


def test_the_editor_is_told_in_polish_what_a_statement_still_lacks(client, homes, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("redakcja", "r@example.org", "secret"))
    add_url = reverse("wagtailadmin_pages:add", args=["home", "accessibilitystatementpage", homes["pl"].pk])

    refused = client.post(add_url, statement_form(), HTTP_ACCEPT_LANGUAGE="pl")

    assert refused.status_code == 200
    page = refused.content.decode()
    assert "Opisz, co jest niedostępne — strona nie jest w pełni zgodna." in page
    assert "Podaj, kto przeprowadził audyt." in page
    assert not AccessibilityStatementPage.objects.exists()

    accepted = client.post(
        add_url,
        statement_form(
            non_accessible_content=rich_text("<p>Filmy bez napisów.</p>"), auditor="Pracownia Audytów"
        ),
    )
    assert accepted.status_code == 302
    assert AccessibilityStatementPage.objects.get().auditor == "Pracownia Audytów"


def test_query_count_does_not_grow_with_the_branches(client, homes, locales, organisation):
    page = AccessibilityStatementPageFactory(parent=homes["pl"])
    add_branches(homes, locales, 1)
    few = queries_for(client, page.url)
    for child in homes["pl"].get_children().exclude(pk=page.pk):
        child.delete()
    add_branches(homes, locales, 6)

    assert queries_for(client, page.url) == few
