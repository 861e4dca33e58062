"""Shared ground for every test: the three locales and a site whose home page exists in each."""

import pytest
from wagtail.models import Locale, Page, Site

from tests.factories.home import HomePageFactory, translate

LANGUAGES = ("pl", "en", "uk")


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


@pytest.fixture
def home(locales):
    """The Polish home page at the site root, with live English and Ukrainian translations."""
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    for page in root.get_children():
        page.delete()
    home = HomePageFactory(parent=root)
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    translate(home, locales["en"], title="Neighbourhood Activity Zones", intro="Neighbours in libraries.")
    translate(home, locales["uk"], title="Зони сусідської активності", intro="Сусіди в бібліотеках.")
    return home


@pytest.fixture
def homes(home, locales):
    """The home page of each language, by language code."""
    return {code: home.get_translation(locales[code]) for code in LANGUAGES}
