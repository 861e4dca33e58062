"""What every public form that takes personal data shares: the consent worded with the privacy
notice's address and kept word for word, the e-mail address as one person's key, choices that a
number too large for the database cannot break, and names of one line."""

import unicodedata

from django import forms
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _


def consent_text(wording, privacy_url):
    """The consent as the person reads it, stored word for word with what she gave."""
    return str(wording) % {"url": privacy_url}


def consent_html(wording, privacy_url):
    """The same words under the checkbox, with the privacy notice's address as a link to it."""
    if not privacy_url:
        return consent_text(wording, privacy_url)
    return mark_safe(
        conditional_escape(str(wording)) % {"url": format_html('<a href="{0}">{0}</a>', privacy_url)}
    )


def normalise_email(value):
    """Trimmed and wholly in lower case: the key of one person's registrations, supports, ideas,
    calendar and data. The standard lets a mailbox's local part tell case apart, but mailbox
    providers treat it case-insensitively in practice (Sec.Fan@ and sec.fan@ reach the same inbox),
    and one mailbox must be one voice: one support of an idea, one registration for an event."""
    return value.strip().lower()


def one_line(value):
    """`value` on one line: every run of spaces, line breaks and other control characters becomes
    one space. What goes into an e-mail before its reader has confirmed her address can then add
    no paragraph of a stranger's choosing."""
    return " ".join("".join(" " if _breaks_line(c) else c for c in value).split())


def _breaks_line(character):
    return unicodedata.category(character) in ("Cc", "Zl", "Zp")


class OneLineField(forms.CharField):
    """A short text that must fit on one line (a name): line breaks, tabs and other control
    characters are refused with a message, so a person sees why rather than a changed name."""

    default_error_messages = {
        "multiline": _("Please write this on one line, without line breaks or special characters."),
    }

    def validate(self, value):
        super().validate(value)
        if any(_breaks_line(c) for c in value):
            raise forms.ValidationError(self.error_messages["multiline"], code="multiline")


class BoundedModelChoiceField(forms.ModelChoiceField):
    """A choice from a list; a number no database could hold is an unknown choice like any other."""

    def to_python(self, value):
        try:
            return super().to_python(value)
        except OverflowError as error:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            ) from error


def consent_field():
    """The required checkbox; the app's own wording of what is agreed to stands under it."""
    return forms.BooleanField(label=_("I agree to the processing of my personal data (required)"))


class MailboxMixin:
    """A form whose `email` is one person's key (see `normalise_email`)."""

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])


class ConsentMixin(MailboxMixin):
    """A form that asks a person's mailbox and her consent in the app's `consent_wording` (with the
    privacy notice's address): the wording stands under the `consent` checkbox, and
    `consent_text` keeps the words she read, to be stored with what she gave."""

    consent_wording = ""

    def set_consent(self, privacy_url):
        self.consent_text = consent_text(self.consent_wording, privacy_url)
        self.fields["consent"].help_text = consent_html(self.consent_wording, privacy_url)
