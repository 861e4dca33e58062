"""axe-core (bundled by axe-playwright-python, no CDN) finds no WCAG 2.0/2.1 A or AA violation on any
page type, in Polish, English and Ukrainian, at phone (320 px) and desktop size; each page is
photographed into out/screenshots/ for a reviewer (both done in the tour's one visit)."""

import pytest

from tests.browser.tour import TOUR_SIZES

pytestmark = pytest.mark.browser


def describe(violations):
    return [
        (violation["id"], [node["target"] for node in violation["nodes"]][:3]) for violation in violations
    ]


@pytest.mark.parametrize("size", list(TOUR_SIZES))
@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_no_wcag_violation_on_any_page_type(tour, language, size):
    facts = tour(language, size)
    assert {page_type: found["lang"] for page_type, found in facts.items() if found["lang"] != language} == {}
    failures = {
        page_type: describe(found["violations"]) for page_type, found in facts.items() if found["violations"]
    }
    assert failures == {}
