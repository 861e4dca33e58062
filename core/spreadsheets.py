"""Spreadsheets that cannot run formulas in the reader's spreadsheet app.

A name typed as `=HYPERLINK(...)` or `@SUM(...)` would run when the file is opened; any text
cell starting with = + - @ (or a tab or carriage return) gets a leading apostrophe, which
spreadsheet apps show as plain text (OWASP "CSV injection").

An XLSX file is XML, which has no place for most control characters (nor U+FFFE, U+FFFF): openpyxl
refuses some, spreadsheet apps the others. A cell keeps none of them, in CSV too: they are
invisible, and a file must not fail to build for a stray one pasted into a name or a title.
"""

from core.xml_text import xml_text

DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """`value` as a cell that shows it as text (characters no cell can hold left out first, so that
    none can hide a formula's first character)."""
    if not isinstance(value, str):
        return value
    value = xml_text(value)
    return "'" + value if value.startswith(DANGEROUS_STARTS) else value
