"""What residents fill in: an idea for their zone, and a support for someone's idea (crispy-forms)."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Field, Layout, Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from home.models.forms import HONEYPOT_FIELD
from home.personal_forms import (
    BoundedModelChoiceField,
    consent_html,
    consent_text,
    honeypot_field,
    normalise_email,
)
from zones.models import NeedsFinding

CONSENT = _(
    "I agree to the processing of my personal data by the organisers to handle this idea and tell "
    "me about it, as the privacy notice describes (%(url)s). My e-mail address is never shown."
)


class NeedChoiceField(BoundedModelChoiceField):
    """A need of the zone's own diagnosis, by its label."""

    def label_from_instance(self, obj):
        return obj.label


class ConsentMixin:
    """The consent checkbox under the privacy notice's address, remembered word for word."""

    def _set_consent(self, privacy_url):
        self.consent_text = consent_text(CONSENT, privacy_url)
        self.fields["consent"].help_text = consent_html(CONSENT, privacy_url)

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])


class ProposeForm(ConsentMixin, forms.Form):
    title = forms.CharField(label=_("Title of your idea"), max_length=120)
    description = forms.CharField(
        label=_("What is it?"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("What would happen, for whom, and why it matters to the neighbourhood."),
    )
    need = NeedChoiceField(
        label=_("Which need found by the diagnosis does it answer? (optional)"),
        queryset=NeedsFinding.objects.none(),
        required=False,
        empty_label=_("None in particular"),
    )
    help_needed = forms.CharField(
        label=_("What help would it need? (optional)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A place, materials, volunteers..."),
    )
    public_name = forms.CharField(
        label=_("Name shown with the idea (optional)"),
        max_length=100,
        required=False,
        help_text=_("Leave empty to propose without a name."),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("We send a link here: your idea counts once you open it and confirm. Never shown."),
    )
    consent = forms.BooleanField(label=_("I agree to the processing of my personal data (required)"))
    website = honeypot_field()

    def __init__(self, *args, zone, action, privacy_url, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["need"].queryset = zone.needs_findings.filter(kind=NeedsFinding.NEED)
        self._set_consent(privacy_url)
        self.helper = FormHelper()
        self.helper.form_action = action
        self.helper.layout = Layout(
            "title",
            "description",
            "need",
            "help_needed",
            Field("public_name", autocomplete="nickname"),
            Field("email", autocomplete="email"),
            "consent",
            Div(Field(HONEYPOT_FIELD), css_class="honeypot", aria_hidden="true"),
        )
        self.helper.add_input(Submit("propose", _("Send my idea")))

    def clean(self):
        data = super().clean()
        for name in ("title", "description", "help_needed", "public_name"):
            if name in data:
                data[name] = data[name].strip()
        return data


class SupportForm(ConsentMixin, forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail"),
        max_length=254,
        help_text=_("We send a link here: your support counts once you confirm. Never shown."),
    )
    notify = forms.BooleanField(label=_("Tell me when this idea's status changes (optional)"), required=False)
    consent = forms.BooleanField(label=_("I agree to the processing of my personal data (required)"))
    website = honeypot_field()

    def __init__(self, *args, action, privacy_url, **kwargs):
        super().__init__(*args, **kwargs)
        self._set_consent(privacy_url)
        self.helper = FormHelper()
        self.helper.form_action = action
        self.helper.layout = Layout(
            Field("email", autocomplete="email"),
            "notify",
            "consent",
            Div(Field(HONEYPOT_FIELD), css_class="honeypot", aria_hidden="true"),
        )
        self.helper.add_input(Submit("support", _("Support this idea")))
