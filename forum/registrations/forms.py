"""The registration form residents fill in, and the seat change on the manage page (crispy-forms)."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Field, Layout, Submit
from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.forms.honeypot import honeypot_field, honeypot_layout
from core.forms.personal import (
    BoundedModelChoiceField,
    ConsentMixin,
    MailboxMixin,
    OneLineField,
    consent_field,
    normalise_email,
)
from forum.models import OrganiserMessage
from zones.models import ZonePage

CONSENT = _(
    "I agree to the processing of my personal data by the organisers to handle this registration, "
    "as the privacy notice describes (%(url)s). The data are erased after the event."
)


class RegistrationForm(ConsentMixin, forms.Form):
    consent_wording = CONSENT

    name = OneLineField(label=_("Your name"), max_length=200)
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("We send a link here: your registration counts once you open it and confirm."),
    )
    phone = forms.CharField(label=_("Phone (optional)"), max_length=40, required=False)
    seats = forms.TypedChoiceField(label=_("Number of seats"), coerce=int)
    zone_of_residence = BoundedModelChoiceField(
        label=_("The zone you live in (optional)"),
        queryset=ZonePage.objects.none(),
        required=False,
        empty_label=_("I'd rather not say"),
    )
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("E.g. wheelchair access, sign language interpretation, a quiet place for a child."),
    )
    consent = consent_field()
    newsletter = forms.BooleanField(
        label=_("Send me news about the Neighbourhood Activity Zones (optional)"), required=False
    )
    website = honeypot_field()

    def __init__(self, *args, occasion, locale, privacy_url, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["seats"].choices = [(n, n) for n in range(1, occasion.max_seats_per_registration + 1)]
        self.fields["zone_of_residence"].queryset = (
            ZonePage.objects.live().filter(locale=locale).order_by("title")
        )
        self.set_consent(privacy_url)
        self.helper = FormHelper()
        self.helper.form_action = reverse("registration_form", args=[occasion.pk])
        self.helper.layout = Layout(
            Field("name", autocomplete="name"),
            Field("email", autocomplete="email"),
            Field("phone", autocomplete="tel"),
            "seats",
            "zone_of_residence",
            "accessibility_needs",
            "consent",
            "newsletter",
            honeypot_layout(),
        )
        self.helper.add_input(Submit("register", _("Register")))


class SeatsForm(forms.Form):
    seats = forms.TypedChoiceField(label=_("Number of seats"), coerce=int)

    def __init__(self, *args, occasion, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["seats"].choices = [(n, n) for n in range(1, occasion.max_seats_per_registration + 1)]
        self.helper = FormHelper()
        self.helper.form_tag = False


class RequestLinksForm(MailboxMixin, forms.Form):
    """An address to send the links of its registrations to, when an old link no longer works."""

    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    website = honeypot_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_action = reverse("registration_links")
        self.helper.layout = Layout(
            Field("email", autocomplete="email"),
            honeypot_layout(),
        )
        self.helper.add_input(Submit("send", _("Send me my links")))


class DeskRegistrationForm(forms.Form):
    """A resident registered by an organiser at the library desk or on the phone."""

    name = forms.CharField(label=_("Resident's name"), max_length=200)
    phone = forms.CharField(label=_("Phone"), max_length=40)
    email = forms.EmailField(label=_("E-mail (optional)"), max_length=254, required=False)
    seats = forms.TypedChoiceField(label=_("Number of seats"), coerce=int)
    language = forms.ChoiceField(label=_("Language to write in"), choices=settings.LANGUAGES)
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField(
        label=_("The person agreed to the processing of her personal data for this registration")
    )

    def __init__(self, *args, occasion, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["seats"].choices = [(n, n) for n in range(1, occasion.max_seats_per_registration + 1)]

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"]) if self.cleaned_data["email"] else ""


class OrganiserMessageForm(forms.ModelForm):
    """What organisers write to the people registered for an occasion."""

    class Meta:
        model = OrganiserMessage
        fields = ["audience", "subject", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 10})}
