"""Editors' text as Hypothesis makes it for tests/test_editor_text_*.py, and what each output format
may make of it: every kind of line break, iCalendar's and CSV's separators (`;` `,` `\\`), quotes,
HTML's `<>&`, a spreadsheet formula's first character, emoji, right-to-left and other invisible
marks, other scripts, control characters, 10,000 characters, an empty optional field.

Two characters are never generated, because no request can bring them and no output can carry them:
a lone surrogate has no UTF-8 form (Django decodes a request's bytes, so it would arrive as U+FFFD),
and NUL is refused at input by every form field, the admin's included, with "Null characters are not
allowed." (tests/test_editor_text.py shows it), and PostgreSQL cannot store it. Every other character
goes everywhere; a format that cannot carry one (XML, a spreadsheet cell, iCalendar TEXT cannot
carry most control characters) drops it, as the normalisers below expect.
"""

import contextlib
import re

from django.core.cache import caches
from django.db import transaction
from hypothesis import strategies as st

from forum.models import Status

LONGEST = 10_000
CHARACTERS = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")
AWKWARD = (
    *("\n", "\r\n", "\r", "\u2028", "\x85", "\x0b", "\x0c"),
    *(";", ",", "\\", '"', "'", "<", ">", "&", "</script>", "]]>", "&amp;"),
    *("=", "+", "-", "@", "\t", " ", "  "),
    *("😀", "👩🏽‍🔧", "🇵🇱", "\u200f", "\u200e", "\u202e", "\u200b", "\ufeff", "\ufffd", "\uffff"),
    *("ł", "Źródliska", "Ї", "ґ", "שלום", "مرحبا", "\u0301", "\x01", "\x1f", "\x7f", "\x9f"),
)


def text(max_size=LONGEST, min_size=0):
    """Text an editor may type into a field of `max_size` characters."""
    pieces = st.one_of(st.sampled_from(AWKWARD), st.text(CHARACTERS, max_size=8))
    mixed = st.lists(pieces, max_size=30).map("".join)
    longest = st.text(CHARACTERS, min_size=1, max_size=12).map(
        lambda piece: piece * (max_size // len(piece) + 1)
    )
    return (
        st.one_of(mixed, mixed, mixed, longest)
        .map(lambda value: value[:max_size])
        .filter(lambda value: len(value.strip()) >= min_size)
    )


def title(max_size=255):
    """A page title: the admin refuses a blank one, and keeps at most 255 characters."""
    return text(max_size, min_size=1)


# What the editor of an event and of a Forum session types (a session takes place at its Forum's venue).
SESSION_TEXT = {
    "title": title(),
    "search_description": text(),
    "status_reason": text(),
    "accessibility_notes": text(),
    "status": st.sampled_from([Status.SCHEDULED, Status.POSTPONED]),
}
EVENT_TEXT = st.fixed_dictionaries(
    {**SESSION_TEXT, "intro": text(), "venue_name": text(200), "venue_address": text(250)}
)
FORUM_TEXT = st.fixed_dictionaries({"title": title(), "venue_name": text(200), "venue_address": text(250)})


def edit(record, fields):
    """`record` (a page, a speaker) as stored, with `fields` changed; the test's own object stays as it was."""
    record = type(record).objects.get(pk=record.pk)
    for name, value in fields.items():
        setattr(record, name, value)
    record.save()
    return record


def one_line(value):
    """Text as a reader sees it once white space is folded: in HTML, a header, a list cell."""
    return " ".join(value.split())


# iCalendar TEXT carries no control character but the tab (RFC 5545, 3.3.11), and icalendar no
# byte order mark at the start of a value.
ICALENDAR_REFUSED = re.compile("[\x00-\x08\x0a-\x1f\x7f\ufeff]")


def as_icalendar(value):
    """`value` as iCalendar TEXT carries it: each kind of line break a line break, no control
    characters, no byte order mark."""
    return "\n".join(ICALENDAR_REFUSED.sub("", line) for line in value.splitlines())


# The characters XML 1.0 has no place for, not even as a character reference.
XML_REFUSED = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def as_xml(value):
    """`value` as an XML parser reads it back: line ends as \\n, characters XML cannot carry gone."""
    return XML_REFUSED.sub("", value).replace("\r\n", "\n").replace("\r", "\n")


@contextlib.contextmanager
def example():
    """One generated example: it starts with empty caches, and what it changes in the database is
    undone after it, so that the next one starts from the same site."""
    for each in caches.all():
        each.clear()
    with transaction.atomic():
        yield
        transaction.set_rollback(True)
