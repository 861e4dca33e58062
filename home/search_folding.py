"""Search text that is the same at index and query time on every backend: folded and normalised.

Letters such as "ł" have no Unicode decomposition, so no backend's accent folding maps them to
"l", and no backend knows that "Łodzi" is a form of "Łódź". So every page indexes, beside its own
fields, its words normalised here, and the search view normalises the query the same way:

- each word folded to lower-case ASCII (Cyrillic transliterated), so "lodz" finds "Łódź" and
  "volonteri" finds "волонтери";
- each word's dictionary forms in the page's language (home.search_morphology), folded too and
  marked with a trailing "0", so "biblioteka" finds "bibliotece" while the form a person typed can
  still be told apart from another form of the same word (ranking puts the exact form first).

The title keeps its own field (every backend weighs a field named "title" as the title): it holds
the title as written followed by its normalised words.
"""

import functools
import re

from anyascii import anyascii
from django.utils.html import strip_tags
from wagtail.search import index

from home.search_morphology import dictionary_forms, typed_forms

SEARCH_TERMS = "search_terms"
DICTIONARY_FORM_MARK = "0"
WORD = re.compile(r"[^\W_]+")
ASCII_TOKEN = re.compile(r"[a-z0-9]+")


def fold(text):
    return anyascii(text or "")


def folded_tokens(text):
    """Lower-case ASCII tokens of `text`: "Łódź" gives ["lodz"], "Лодзь" ["lodz"].

    Transliteration writes the soft sign as an apostrophe, which would split the word.
    """
    return ASCII_TOKEN.findall(fold(text).replace("'", "").lower())


@functools.lru_cache(maxsize=100_000)
def word_terms(word, language, typed=False):
    """(the word's folded spellings, its dictionary forms folded and marked).

    A word the language's analyser does not know stands for its own dictionary form, so "lodz"
    meets the "Łódź" that "Łodzi" is indexed under. A `typed` word (of a query) also takes the
    forms of its spellings with Polish diacritics restored (home.search_morphology.typed_forms).
    """
    exact = tuple(folded_tokens(word))
    forms = (typed_forms if typed else dictionary_forms)(word, language) or (word,)
    marked = tuple(
        dict.fromkeys(token + DICTIONARY_FORM_MARK for form in forms for token in folded_tokens(form))
    )
    return exact, marked


def normalised_text(text, language):
    """Every word of `text` as its folded spellings followed by its marked dictionary forms."""
    terms = []
    for word in WORD.findall(text or ""):
        exact, marked = word_terms(word, language)
        terms.extend(exact)
        terms.extend(marked)
    return " ".join(terms)


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


def query_words(query, language, limit=8):
    """The words of a query as (exact term, marked dictionary-form terms), at most `limit` of them.

    One-letter words are left out (they match nearly every page); so is a word folding to nothing.
    """
    words = []
    for word in WORD.findall(query or ""):
        exact, marked = word_terms(word, language, typed=True)
        if len(exact) == 1 and len(exact[0]) > 1:
            words.append((exact[0], marked))
        else:
            words.extend((token, (token + DICTIONARY_FORM_MARK,)) for token in exact if len(token) > 1)
    return words[:limit]


def search_index_is_current():
    """Whether the search index holds normalised words: one live page's title in dictionary form
    finds that page. False after an upgrade that changed the normalisation, or before the task
    worker has indexed new pages; `make run` then rebuilds the index (`update_index`)."""
    from wagtail.models import Page
    from wagtail.search.query import And, PlainText

    page = Page.objects.live().filter(depth__gt=1).order_by("path").specific().first()
    if page is None or not hasattr(page, SEARCH_TERMS):
        return True
    forms = [word_terms(word, page_language(page))[1] for word in WORD.findall(page.title)]
    terms = [PlainText(word_forms[0]) for word_forms in forms if word_forms]
    return not terms or Page.objects.filter(pk=page.pk).search(And(terms)).count() == 1
