"""The dictionary forms of a word in each of the site's languages, so "Łodzi" and "Łódź" meet.

Polish and Ukrainian inflect every noun, and none of the search backends reduces their words to
one form on its own, so pages index, and the search view asks for, the dictionary forms these
libraries give:

- Polish: Morfeusz 2 (morfeusz2, with the SGJP dictionary inside the package), the analyser of
  the Polish Academy of Sciences; it knows proper names ("Łodzi" is "Łódź") and plural-only nouns
  ("warsztaty" is also "warsztat"). Stemmers (pystempel) guess wrong on such words.
- Ukrainian: pymorphy3 with the dictionaries of the pymorphy3-dicts-uk package (VESUM).
- English: the Snowball stemmer (PyStemmer), the same algorithm search engines use for English.

The analysers load on first use, once per process (under a second each), and their answers are
cached per word: a process that loads the site but normalises no word (the web master before its
workers fork, a command) holds no dictionary.

A resident often types Polish without its diacritics ("sasiadow"), which no analyser knows; for
what she types (never for page text, which is written with them) the spellings with diacritics
restored are analysed too, and the dictionary forms of those that are words join the word's own.
"""

import functools
import itertools
import math
import re

MAX_FORMS = 4
POLISH_DIACRITICS = {"a": "ą", "c": "ć", "e": "ę", "l": "ł", "n": "ń", "o": "ó", "s": "ś", "z": "źż"}
MAX_SPELLINGS = 512


@functools.cache
def _morfeusz():
    import morfeusz2

    return morfeusz2.Morfeusz(generate=False, expand_tags=False)


@functools.cache
def _ukrainian():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="uk")


@functools.cache
def _english():
    import Stemmer

    return Stemmer.Stemmer("english")


def _polish_forms(word):
    """Lemmas of the word's first segment; "ign" is Morfeusz's tag for a word it does not know."""
    return [
        lemma.split(":")[0]
        for start, _end, (_orth, lemma, tag, *_rest) in _morfeusz().analyse(word)
        if start == 0 and tag != "ign"
    ]


def _ukrainian_forms(word):
    return [parse.normal_form for parse in _ukrainian().parse(word) if "UNKN" not in parse.tag]


def _english_forms(word):
    return [_english().stemWord(word.lower())]


ANALYSERS = {"pl": _polish_forms, "uk": _ukrainian_forms, "en": _english_forms}
CYRILLIC = re.compile("[\u0400-\u04ff]")


def _analyser(word, language):
    """The language's analyser; a word in Latin letters on a Ukrainian page is most often a Polish
    name or address ("Biblioteka Miejska w Łodzi"), so Polish analyses it."""
    language = (language or "")[:2]
    if language == "uk" and not CYRILLIC.search(word):
        language = "pl"
    return ANALYSERS.get(language)


@functools.lru_cache(maxsize=200_000)
def dictionary_forms(word, language):
    """Up to four dictionary forms of `word` in `language`, lower case, most likely first.

    A word the analyser does not know (a name, a word typed without its diacritics) gives nothing;
    a language without an analyser gives nothing either.
    """
    analyser = _analyser(word, language)
    if analyser is None:
        return ()
    forms = []
    for form in analyser(word):
        form = form.lower()
        if form and form not in forms:
            forms.append(form)
    return tuple(forms[:MAX_FORMS])


def _restored_spellings(word):
    """The spellings of an ASCII word with Polish diacritics put back, the word itself excepted;
    none for a word with too many letters that could carry one (each spelling costs an analysis)."""
    choices = [letter + POLISH_DIACRITICS.get(letter, "") for letter in word.lower()]
    if math.prod(len(choice) for choice in choices) > MAX_SPELLINGS:
        return []
    return ["".join(letters) for letters in itertools.product(*choices)][1:]


@functools.lru_cache(maxsize=10_000)
def typed_forms(word, language):
    """The dictionary forms of a word of a query: its own, then, for Polish typed without
    diacritics, those of the spellings with them restored ("sasiadow" gives "sąsiad", "lodz"
    "łódź"), at most twice as many as `dictionary_forms` gives."""
    forms = list(dictionary_forms(word, language))
    if _analyser(word, language) is _polish_forms and word.isascii():
        for spelling in _restored_spellings(word):
            forms.extend(form.lower() for form in _polish_forms(spelling) if form.lower() not in forms)
    return tuple(dict.fromkeys(forms))[: 2 * MAX_FORMS]
