"""Diacritic-free copies of page text, so "lodz" finds "Łódź" on every search backend.

Letters such as "ł" have no Unicode decomposition, so no backend's accent folding maps them
to "l"; instead every page also indexes its title and text transliterated to ASCII (Cyrillic
too), and the search view transliterates the query the same way.
"""

from anyascii import anyascii
from django.utils.html import strip_tags
from wagtail.search import index

FOLDED_TEXT = "folded_search_text"
FOLDED_TITLE = "folded_title"


def fold(text):
    return anyascii(text or "")


def with_folded_fields(search_fields):
    """`search_fields` plus the folded title and text, each added once."""
    folded = [
        index.SearchField(FOLDED_TITLE, boost=2),
        index.AutocompleteField(FOLDED_TITLE),
        index.SearchField(FOLDED_TEXT),
    ]
    present = {(type(field), getattr(field, "field_name", None)) for field in search_fields}
    return [*search_fields, *(field for field in folded if (type(field), field.field_name) not in present)]


def searchable_text(page):
    """The text of the page's own search fields except the title, HTML tags stripped."""
    parts = []
    for field in page.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name in (
            FOLDED_TEXT,
            FOLDED_TITLE,
            "title",
        ):
            continue
        value = field.get_value(page)
        if isinstance(value, list | tuple):
            parts.extend(str(part) for part in value)
        elif value:
            parts.append(str(value))
    return strip_tags(" ".join(parts))
