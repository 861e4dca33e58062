"""What residents fill in: an idea for their zone, and a support for someone's idea (crispy-forms)."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Field, Layout, Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms.honeypot import honeypot_field, honeypot_layout
from core.forms.personal import BoundedModelChoiceField, ConsentMixin, consent_field
from zones.models import NeedsFinding

CONSENT = _(
    "I agree to the processing of my personal data by the organisers to handle this idea and tell "
    "me about it, as the privacy notice describes (%(url)s). My e-mail address is never shown."
)


class NeedChoiceField(BoundedModelChoiceField):
    """A need of the zone's own diagnosis, by its label."""

    def label_from_instance(self, obj):
        return obj.label


class ProposeForm(ConsentMixin, forms.Form):
    consent_wording = CONSENT

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
    consent = consent_field()
    website = honeypot_field()

    def __init__(self, *args, zone, action, privacy_url, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["need"].queryset = zone.needs_findings.filter(kind=NeedsFinding.NEED)
        self.set_consent(privacy_url)
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
            honeypot_layout(),
        )
        self.helper.add_input(Submit("propose", _("Send my idea")))

    def clean(self):
        data = super().clean()
        for name in ("title", "description", "help_needed", "public_name"):
            if name in data:
                data[name] = data[name].strip()
        return data


class SupportForm(ConsentMixin, forms.Form):
    consent_wording = CONSENT

    email = forms.EmailField(
        label=_("Your e-mail"),
        max_length=254,
        help_text=_("We send a link here: your support counts once you confirm. Never shown."),
    )
    notify = forms.BooleanField(label=_("Tell me when this idea's status changes (optional)"), required=False)
    consent = consent_field()
    website = honeypot_field()

    def __init__(self, *args, action, privacy_url, **kwargs):
        super().__init__(*args, **kwargs)
        self.set_consent(privacy_url)
        self.helper = FormHelper()
        self.helper.form_action = action
        self.helper.layout = Layout(
            Field("email", autocomplete="email"),
            "notify",
            "consent",
            honeypot_layout(),
        )
        self.helper.add_input(Submit("support", _("Support this idea")))
