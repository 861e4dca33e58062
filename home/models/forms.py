"""The contact form: residents write to the programme's staff."""

from django.db import models, transaction
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import AbstractFormField, EmailFormMixin, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from core.forms.honeypot import HONEYPOT_FIELD, honeypot_field
from core.forms.refusal import Refusal
from core.mail import outbox

from .pages import BasePage

# A robot's message is dropped quietly (see `FormPage.process_form_submission`), never refused.
REFUSAL = Refusal(
    bucket="contact-form",
    limit_setting="CONTACT_FORM_RATE_LIMIT",
    too_many=_("Too many messages from your connection. Please try again in an hour."),
)


class FormField(TranslatableMixin, AbstractFormField):
    """A field of a form page; translatable, so each language's form asks in its own words (the
    Ukrainian page's labels are translated in wagtail-localize's editor, not copied from Polish).
    Its name stays the Polish page's: submissions in every language share their columns."""

    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")

    override_translatable_fields = [SynchronizedField("clean_name")]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        pass


class HoneypotFormBuilder(FormBuilder):
    """Adds a field people never see and bots fill in, so spam can be dropped quietly."""

    @property
    def formfields(self):
        fields = super().formfields
        fields[HONEYPOT_FIELD] = honeypot_field()
        return fields


class FormPage(EmailFormMixin, FormMixin, BasePage):
    """A form for residents (contact, questions); each submission is stored and e-mailed to staff.

    The e-mail is written to the outbox (core/mail/) in the transaction that stores the submission
    and sent by the task worker, never inside the request; while SMTP is down it waits and is tried
    again, like every message the site sends.
    """

    summary_field = None  # its introduction is rich text, not a plain description

    intro = RichTextField(blank=True, features=["bold", "italic", "link"], verbose_name=_("Introduction"))
    thank_you_text = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        verbose_name=_("Thank-you text"),
        help_text=_("Shown after the form has been sent."),
    )
    form_builder = HoneypotFormBuilder

    content_panels = [
        *BasePage.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail to staff"),
        ),
    ]

    class Meta:
        verbose_name = _("Form page")
        verbose_name_plural = _("Form pages")

    def serve(self, request, *args, **kwargs):
        """Refuse a visitor past CONTACT_FORM_RATE_LIMIT submissions this hour, keeping what she
        typed on the page."""
        refusal = REFUSAL.reason(request) if request.method == "POST" else None
        if refusal:
            context = self.get_context(request)
            context["form"] = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            context["refusal"], status = refusal
            return TemplateResponse(request, self.get_template(request), context, status=status)
        return super().serve(request, *args, **kwargs)

    def process_form_submission(self, form):
        if form.cleaned_data.pop(HONEYPOT_FIELD, ""):
            return None
        with transaction.atomic():  # the submission and the e-mail to staff exist together or not at all
            return super().process_form_submission(form)

    def send_mail(self, form):
        """One message per staff address, answering to the first e-mail address the resident gave."""
        email_fields = [field.clean_name for field in self.get_form_fields() if field.field_type == "email"]
        reply_to = next((form.cleaned_data[name] for name in email_fields if form.cleaned_data.get(name)), "")
        subject, body = self.subject or self.title, self.render_email(form)
        for address in self.to_address.split(","):
            outbox.write(
                "form_submission", address.strip(), subject, body, sender=self.from_address, reply_to=reply_to
            )
