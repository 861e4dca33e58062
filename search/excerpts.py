"""Short excerpts of a page's text around the words searched for, with those words marked.

A word is marked when it is a form of a query word, as search matches it (core.text.folding):
"biblioteka" marks "bibliotece", "lodz" marks "Łodzi". Everything else is escaped.
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core.text.folding import WORD, query_words, word_terms

EXCERPT_LENGTH = 220


def _matching_spans(text, query, language, length):
    """The found words' spans up to `length` characters past the first one (an excerpt shows no
    more), so a long page's words are not all analysed."""
    words = query_words(query, language)
    exact = {term for term, _forms in words}
    forms = {form for _term, word_forms in words for form in word_forms}
    spans = []
    for match in WORD.finditer(text):
        if spans and match.start() > spans[0][0] + length:
            break
        spellings, dictionary_forms = word_terms(match.group(), language)
        if exact.intersection(spellings) or forms.intersection(dictionary_forms):
            spans.append((match.start(), match.end()))
    return spans


def highlighted_excerpt(text, query, length=EXCERPT_LENGTH):
    """About `length` characters of `text` around the first word found, found words in <mark>."""
    text = " ".join(text.split())
    spans = _matching_spans(text, query, get_language(), length)
    first = spans[0][0] if spans else 0
    begin = max(0, first - length // 3)
    if begin:
        begin = text.find(" ", begin) + 1 or begin
    end = min(len(text), begin + length)
    if end < len(text):
        end = text.rfind(" ", begin, end) if text.rfind(" ", begin, end) > begin else end
    pieces, cursor = [], begin
    for start, stop in spans:
        if start < cursor or stop > end:
            continue
        pieces.append(escape(text[cursor:start]))
        pieces.append(f"<mark>{escape(text[start:stop])}</mark>")
        cursor = stop
    pieces.append(escape(text[cursor:end]))
    prefix = "… " if begin > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)
