"""The accessibility statement (deklaracja dostępności) the Polish act of 4 April 2019 on digital
accessibility asks every public body's website to publish, in each of the site's languages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.models.pages import BasePage

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class AccessibilityStatementPage(BasePage):
    """The statement in the structure of the ministry's template, with the element ids (a11y-*)
    that monitoring tools look for. Editors fill in only what nobody else knows (the dates, the
    findings, who answers requests); the organisation, its address and contact details come from
    Site settings, the branches' physical accessibility from the zone pages, and the legal text of
    the request and complaint procedure from the translation catalogues, so it stays the same
    wording in every language and every year."""

    class Compliance(models.TextChoices):
        FULL = "full", _("Fully compliant")
        PARTIAL = "partial", _("Partially compliant")
        NONE = "none", _("Not compliant")

    class Assessment(models.TextChoices):
        SELF = "self", _("Self-assessment")
        AUDIT = "audit", _("Audit by an external body")

    site_published_on = models.DateField(
        verbose_name=_("Website published on"), help_text=_("The day the website first went public.")
    )
    last_updated_on = models.DateField(
        verbose_name=_("Last significant update"),
        help_text=_("The last change of the website's look, structure or way of publishing."),
    )
    compliance = models.CharField(
        max_length=10,
        choices=Compliance.choices,
        default=Compliance.PARTIAL,
        verbose_name=_("Compliance with the act"),
    )
    non_accessible_content = RichTextField(
        blank=True,
        features=RICH_TEXT_FEATURES,
        verbose_name=_("Content that is not accessible"),
        help_text=_(
            "What does not meet WCAG 2.1 AA, why (e.g. a film without subtitles, or a document "
            "published before 23 September 2018) and how to get it another way. Required unless the "
            "website is fully compliant."
        ),
    )
    prepared_on = models.DateField(verbose_name=_("Statement prepared on"))
    reviewed_on = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("Statement last reviewed on"),
        help_text=_("The act asks for a review by 31 March every year."),
    )
    assessment = models.CharField(
        max_length=10,
        choices=Assessment.choices,
        default=Assessment.SELF,
        verbose_name=_("How accessibility was assessed"),
    )
    auditor = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("Auditor"),
        help_text=_("Who carried out the external audit."),
    )
    contact_person = models.CharField(
        max_length=200,
        verbose_name=_("Person handling accessibility requests"),
        help_text=_(
            "Residents' requests go to this person at the contact e-mail and phone in Site settings."
        ),
    )
    architecture = RichTextField(
        blank=True,
        features=RICH_TEXT_FEATURES,
        verbose_name=_("Architectural accessibility of the office"),
        help_text=_(
            "Entrances, lifts, parking, an assistance dog, a sign language interpreter at the "
            "organisation's office. The library branches are listed from their zone pages."
        ),
    )
    mobile_apps = models.TextField(
        blank=True,
        verbose_name=_("Mobile applications"),
        help_text=_("Leave empty when the programme publishes no mobile application."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("site_published_on"), FieldPanel("last_updated_on")], heading=_("Website")
        ),
        MultiFieldPanel(
            [FieldPanel("compliance"), FieldPanel("non_accessible_content")], heading=_("Compliance")
        ),
        MultiFieldPanel(
            [
                FieldPanel("prepared_on"),
                FieldPanel("reviewed_on"),
                FieldPanel("assessment"),
                FieldPanel("auditor"),
            ],
            heading=_("Preparing the statement"),
        ),
        FieldPanel("contact_person"),
        FieldPanel("architecture"),
        FieldPanel("mobile_apps"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("non_accessible_content"),
        index.SearchField("architecture"),
    ]
    override_translatable_fields = [SynchronizedField("contact_person"), SynchronizedField("auditor")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Accessibility statement")
        verbose_name_plural = _("Accessibility statements")

    @property
    def lists_inaccessible_content(self):
        """Whether the list has words: an emptied rich text editor still sends an empty paragraph."""
        return bool(strip_tags(self.non_accessible_content).strip())

    def clean(self):
        super().clean()
        errors = {}
        if self.compliance != self.Compliance.FULL and not self.lists_inaccessible_content:
            errors["non_accessible_content"] = _(
                "Say what is not accessible, as the website is not fully compliant."
            )
        if self.assessment == self.Assessment.AUDIT and not self.auditor:
            errors["auditor"] = _("Name who carried out the audit.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["branches"] = [
            branch
            for hook in hooks.get_hooks("accessibility_statement_branches")
            for branch in hook(Locale.get_active())
        ]
        context["site_url"] = Site.find_for_request(request).root_url
        return context
