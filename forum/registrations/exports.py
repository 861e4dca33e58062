"""Spreadsheets of registrations, with formulas neutralised (core/spreadsheets.py)."""

from wagtail.admin.views.generic import IndexView

from core.spreadsheets import neutralise


class RegistrationIndexView(IndexView):
    """The registrations listing; its CSV and XLSX exports neutralise formulas."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralise(super().preprocess_field_value(field, value, export_format))
