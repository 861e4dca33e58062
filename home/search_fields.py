"""What a page indexes for search beside its own fields: its words folded and in dictionary form
(core/text/folding.py), in the page's language.

The title keeps its own field (every backend weighs a field named "title" as the title): it holds
the title as written followed by its normalised words. The rest of the page's text is indexed
normalised under `search_terms`, which search/engines.py reads.
"""

from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search import index
from wagtail.search.query import And, PlainText

from core.text.folding import WORD, folded_tokens, normalised_text, word_terms

SEARCH_TERMS = "search_terms"


def page_language(page):
    return page.locale.language_code


def searchable_text(page):
    """The text of the page's own search fields except the title, HTML tags stripped."""
    parts = []
    for field in page.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name in (SEARCH_TERMS, "title"):
            continue
        value = field.get_value(page)
        if isinstance(value, list | tuple):
            parts.extend(str(part) for part in value)
        elif value:
            parts.append(str(value))
    return strip_tags(" ".join(parts))


def page_search_terms(page):
    """The normalised words of the page's text besides its title, in the page's language."""
    return normalised_text(searchable_text(page), page_language(page))


class TitleSearchField(index.SearchField):
    """The title as written (for the admin's search) and its normalised words."""

    def get_value(self, obj):
        return f"{obj.title} {normalised_text(obj.title, page_language(obj))}"


class TitleAutocompleteField(index.AutocompleteField):
    """The title as written and folded, so "lod" completes "Łódź" and "bibl" "бібліотека"."""

    def get_value(self, obj):
        return f"{obj.title} {' '.join(folded_tokens(obj.title))}"


def with_normalised_fields(search_fields):
    """`search_fields` plus the normalising title fields and the normalised text, each added once.

    Page's own title fields stay (Wagtail checks that they are there); on the database backends
    the title field then holds the title twice and its normalised words, on OpenSearch the
    normalising field's value replaces the plain one under the same name.
    """
    added = [
        TitleSearchField("title", boost=2),
        TitleAutocompleteField("title"),
        index.SearchField(SEARCH_TERMS),
    ]
    present = {(type(field), getattr(field, "field_name", None)) for field in search_fields}
    return [*search_fields, *(field for field in added if (type(field), field.field_name) not in present)]


def search_index_is_current():
    """Whether the search index holds normalised words: one live page's title in dictionary form
    finds that page. False after an upgrade that changed the normalisation, or before the task
    worker has indexed new pages; `make run` then rebuilds the index (`update_index`)."""
    page = Page.objects.live().filter(depth__gt=1).order_by("path").specific().first()
    if page is None or not hasattr(page, SEARCH_TERMS):
        return True
    forms = [word_terms(word, page_language(page))[1] for word in WORD.findall(page.title)]
    terms = [PlainText(word_forms[0]) for word_forms in forms if word_forms]
    return not terms or Page.objects.filter(pk=page.pk).search(And(terms)).count() == 1
