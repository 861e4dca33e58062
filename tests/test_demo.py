"""The demo content: built by one command, unchanged by a second run, every page served."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Revision, Site

from home.models import SiteSettings

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": list(
            Page.objects.order_by("path").values_list("path", "slug", "live", "locale__language_code")
        ),
        "revisions": Revision.objects.count(),
        "images": Image.objects.count(),
        "groups": Group.objects.count(),
        "sites": list(Site.objects.values_list("hostname", "port", "root_page")),
        "settings": SiteSettings.objects.count(),
    }


@pytest.fixture
def demo(demo_site, db):
    """The demo as `load_demo` builds it (once for this module)."""


def test_second_run_changes_nothing(demo):
    before = snapshot()
    call_command("load_demo", stdout=StringIO())
    assert snapshot() == before


def test_demo_has_the_programme_pages_in_three_languages(demo, client):
    for url, text in [
        ("/pl/o-projekcie/", "62 470 EUR"),
        ("/en/about/", "EUR 62,470"),
        ("/uk/pro-proiekt/", "62 470 євро"),
        ("/pl/partnerzy/", "Polsk-Norsk Forening Razem=Sammen"),
        ("/en/accessibility-statement/", "partially compliant with the act on digital accessibility"),
        ("/uk/kontakty/", "Повідомлення"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.content.decode(), url


def test_every_demo_page_is_served_in_its_language(demo, client):
    pages = Page.objects.live().filter(depth__gte=2).select_related("locale").specific()
    assert {page.locale.language_code for page in pages} == {"pl", "en", "uk"}
    for page in pages:
        url = page.get_url()
        response = client.get(url)
        assert response.status_code == 200, url
        assert f'<html lang="{page.locale.language_code}"' in response.content.decode(), url


def test_english_and_ukrainian_pages_are_translations_not_copies(demo):
    translations = list(
        Page.objects.live().filter(depth__gte=2).exclude(locale__language_code="pl").select_related("locale")
    )
    assert {page.locale.language_code for page in translations} == {"en", "uk"}
    for page in translations:
        polish = page.get_translation(Locale.get_default())
        assert page.title != polish.title, page.url_path
