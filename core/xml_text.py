"""Editors' and residents' text as XML can carry it, for every output written as XML: feeds of
stories and ideas, and XLSX spreadsheets (core/spreadsheets.py)."""

import re

# XML 1.0 has no place for most control characters, nor U+FFFE and U+FFFF, not even written as
# references: Django's feed writer refuses the first, readers the others.
NOT_IN_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value):
    """`value` without the characters XML cannot hold: a stray control character pasted into a
    title must not stop the feed (or a spreadsheet) being written."""
    return NOT_IN_XML.sub("", value) if value else value
