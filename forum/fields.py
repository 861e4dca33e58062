"""Model fields the forum's editors need and Django lacks."""

from django import forms
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from forum.agenda.recurrence import WEEKDAYS

WEEKDAY_CHOICES = list(
    zip(
        WEEKDAYS,
        [_("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"), _("Sunday")],
        strict=True,
    )
)


class WeekdaysFormField(forms.MultipleChoiceField):
    """Checkboxes for the days of the week, cleaned to the stored form "MO,WE"."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        super().__init__(choices=WEEKDAY_CHOICES, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, str):
            return [day for day in value.split(",") if day]
        return value

    def clean(self, value):
        chosen = super().clean(value)
        return ",".join(day for day in WEEKDAYS if day in chosen)

    def has_changed(self, initial, data):
        return super().has_changed(self.prepare_value(initial), data)


class WeekdaysField(models.CharField):
    """Days of the week stored as RRULE BYDAY codes separated by commas, e.g. "MO,WE"."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 20)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return WeekdaysFormField(
            required=not self.blank, label=capfirst(self.verbose_name), help_text=self.help_text
        )
