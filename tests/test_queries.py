"""Query counts of the foundation's pages do not grow with the amount of content."""

import pytest

from tests.factories.home import StandardPageFactory
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/pl/", "/en/"])
def test_home_page_queries_do_not_grow_with_menu_pages(client, home, url):
    for index in range(3):
        StandardPageFactory(parent=home, show_in_menus=True, slug=f"strona-{index}")
    few = queries_for(client, url)
    for index in range(3, 30):
        StandardPageFactory(parent=home, show_in_menus=True, slug=f"strona-{index}")
    assert queries_for(client, url) == few


def test_standard_page_queries_do_not_grow_with_siblings(client, home):
    StandardPageFactory(parent=home, show_in_menus=True, slug="o-projekcie")
    few = queries_for(client, "/pl/o-projekcie/")
    for index in range(30):
        StandardPageFactory(parent=home, show_in_menus=True, slug=f"strona-{index}")
    assert queries_for(client, "/pl/o-projekcie/") == few
