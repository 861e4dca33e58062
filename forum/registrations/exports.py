"""Spreadsheets of registrations that cannot run formulas in the organiser's spreadsheet app.

A name typed as `=HYPERLINK(...)` or `@SUM(...)` would run when the file is opened; any text
cell starting with = + - @ (or a tab or carriage return) gets a leading apostrophe, which
spreadsheet apps show as plain text (OWASP "CSV injection").

An XLSX file is XML, which has no place for most control characters (nor U+FFFE, U+FFFF): openpyxl
refuses some, spreadsheet apps the others. A cell keeps none of them, in CSV too: they are
invisible, and a file must not fail to build for a stray one pasted into a name or a title.
"""

from wagtail.admin.views.generic import IndexView

from zones.feeds import xml_text

DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """`value` as a cell that shows it as text (characters no cell can hold left out first, so that
    none can hide a formula's first character)."""
    if not isinstance(value, str):
        return value
    value = xml_text(value)
    return "'" + value if value.startswith(DANGEROUS_STARTS) else value


class RegistrationIndexView(IndexView):
    """The registrations listing; its CSV and XLSX exports neutralise formulas."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralise(super().preprocess_field_value(field, value, export_format))
