"""Spreadsheets of registrations that cannot run formulas in the organiser's spreadsheet app.

A name typed as `=HYPERLINK(...)` or `@SUM(...)` would run when the file is opened; any text
cell starting with = + - @ (or a tab or carriage return) gets a leading apostrophe, which
spreadsheet apps show as plain text (OWASP "CSV injection").
"""

from wagtail.admin.views.generic import IndexView

DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    if isinstance(value, str) and value.startswith(DANGEROUS_STARTS):
        return "'" + value
    return value


class RegistrationIndexView(IndexView):
    """The registrations listing; its CSV and XLSX exports neutralise formulas."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralise(super().preprocess_field_value(field, value, export_format))
