"""Short excerpts of a page's text around the words searched for, with those words marked."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from home.search_folding import fold

EXCERPT_LENGTH = 220


def _folded_with_positions(text):
    """The text folded to ASCII, and for each folded character the index of its source character."""
    folded, positions = [], []
    for index, character in enumerate(text):
        replacement = fold(character)
        folded.append(replacement.lower())
        positions.extend([index] * len(replacement))
    return "".join(folded), positions


def query_terms(query):
    """The words of the query, folded to ASCII and lower case, without operators or punctuation."""
    return [term for term in re.findall(r"\w+", fold(query).lower()) if len(term) > 1]


def highlighted_excerpt(text, query, length=EXCERPT_LENGTH):
    """About `length` characters of `text` around the first term found, terms wrapped in <mark>.

    Matching ignores case and diacritics, so "lodz" marks "Łódź". Everything else is escaped.
    """
    text = " ".join(text.split())
    terms = query_terms(query)
    folded, positions = _folded_with_positions(text)
    spans = []
    for term in terms:
        for match in re.finditer(re.escape(term), folded):
            spans.append((positions[match.start()], positions[match.end() - 1] + 1))
    first = min((start for start, _ in spans), default=0)
    begin = max(0, first - length // 3)
    if begin:
        begin = text.find(" ", begin) + 1 or begin
    end = min(len(text), begin + length)
    if end < len(text):
        end = text.rfind(" ", begin, end) if text.rfind(" ", begin, end) > begin else end
    pieces, cursor = [], begin
    for start, stop in sorted(spans):
        if start < cursor or stop > end:
            continue
        pieces.append(escape(text[cursor:start]))
        pieces.append(f"<mark>{escape(text[start:stop])}</mark>")
        cursor = stop
    pieces.append(escape(text[cursor:end]))
    prefix = "… " if begin > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)
