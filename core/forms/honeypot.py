"""The field only robots fill in: hidden from people (by CSS and aria-hidden), named like a field a
robot expects to fill. Every public form carries it; what a filled-in one costs the sender is the
form's choice (refused in words, or dropped quietly)."""

from crispy_forms.layout import Div, Field
from django import forms
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "website"


def honeypot_field():
    """The field itself, declared on a form as `HONEYPOT_FIELD`."""
    return forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )


def honeypot_layout():
    """Where a crispy-forms layout puts the field: in a box people never see."""
    return Div(Field(HONEYPOT_FIELD), css_class="honeypot", aria_hidden="true")


def filled_in(data):
    """Whether the submitted `data` fill in the field, as only a robot does."""
    return bool(data.get(HONEYPOT_FIELD))
