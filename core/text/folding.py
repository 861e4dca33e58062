"""Search text that is the same at index and query time on every backend: folded and normalised.

Letters such as "ł" have no Unicode decomposition, so no backend's accent folding maps them to
"l", and no backend knows that "Łodzi" is a form of "Łódź". So every page indexes, beside its own
fields, its words normalised here (home/search_fields.py), and the search view normalises the
query the same way:

- each word folded to lower-case ASCII (Cyrillic transliterated), so "lodz" finds "Łódź" and
  "volonteri" finds "волонтери";
- each word's dictionary forms in the page's language (core.text.morphology), folded too and
  marked with a trailing "0", so "biblioteka" finds "bibliotece" while the form a person typed can
  still be told apart from another form of the same word (ranking puts the exact form first).
"""

import functools
import re

from anyascii import anyascii

from core.text.morphology import dictionary_forms, typed_forms

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
    forms of its spellings with Polish diacritics restored (core.text.morphology.typed_forms).
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
