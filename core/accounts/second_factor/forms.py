"""The code fields, labelled for screen readers and filled in by password managers and phones."""

from django import forms
from django.utils.translation import gettext_lazy as _

WRONG_CODE = _(
    "This code is not right. Type the code your app shows now, or a recovery code you have not used."
)
THROTTLED = _(
    "Too many wrong codes in a row. Wait a little and try again: each wrong code makes the wait longer."
)


class AppCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app"),
        help_text=_("Six digits; the app shows a new one every 30 seconds."),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class RecoveryCodeForm(forms.Form):
    recovery_code = forms.CharField(
        label=_("Recovery code"),
        help_text=_("One of the codes you kept when you set up the app; each works once."),
        max_length=40,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )
