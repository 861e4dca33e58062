"""Site-wide settings that communications staff edit once: funding, partners, contact."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Locale, Orderable


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """What the footer of every page shows: the grant rules ask for the funding statement
    and the funders' logos on every page.

    The statement has one field per site language: it is a short legal text, and a settings
    object belongs to the site, not to a language.
    """

    funding_statement_pl = models.TextField(verbose_name=_("Funding statement (Polish)"))
    funding_statement_en = models.TextField(blank=True, verbose_name=_("Funding statement (English)"))
    funding_statement_uk = models.TextField(blank=True, verbose_name=_("Funding statement (Ukrainian)"))
    organisation_name = models.CharField(max_length=200, blank=True, verbose_name=_("Organisation"))
    address = models.TextField(blank=True, verbose_name=_("Postal address"))
    email = models.EmailField(blank=True, verbose_name=_("Contact e-mail"))
    phone = models.CharField(max_length=40, blank=True, verbose_name=_("Contact phone"))
    facebook_url = models.URLField(blank=True, verbose_name=_("Facebook"))
    instagram_url = models.URLField(blank=True, verbose_name=_("Instagram"))
    youtube_url = models.URLField(blank=True, verbose_name=_("YouTube"))
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Privacy notice"),
        help_text=_(
            "The page registration forms link to when they ask for consent (choose the Polish page)."
        ),
    )

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("funding_statement_pl"),
                    FieldPanel("funding_statement_en"),
                    FieldPanel("funding_statement_uk"),
                    InlinePanel("partner_logos", label=_("Funder and partner logos")),
                ],
                heading=_("Funding and partners"),
            ),
            ObjectList(
                [InlinePanel("footer_links", label=_("Footer links")), FieldPanel("privacy_page")],
                heading=_("Footer menu"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldPanel("organisation_name"),
                            FieldPanel("address"),
                            FieldPanel("email"),
                            FieldPanel("phone"),
                        ],
                        heading=_("Contact"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("facebook_url"),
                            FieldPanel("instagram_url"),
                            FieldPanel("youtube_url"),
                        ],
                        heading=_("Social media"),
                    ),
                ],
                heading=_("Contact and social media"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("Site settings")

    @property
    def funding_statement(self):
        """The statement in the active language, Polish when it has no translation."""
        translated = getattr(self, f"funding_statement_{get_language()}", "")
        return translated or self.funding_statement_pl

    @property
    def logos(self):
        return self.partner_logos.select_related("logo").prefetch_related("logo__renditions")

    @property
    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]

    def privacy_url(self, request):
        """The privacy notice in the visitor's language (its Polish original where it has no
        translation), for forms that ask for consent; "" until one is chosen."""
        if self.privacy_page is None:
            return ""
        page = self.privacy_page.get_translation_or_none(Locale.get_active()) or self.privacy_page
        return page.get_full_url(request) or ""


class PartnerLogo(Orderable):
    """A funder's or partner's logo linked to its website, shown in every page footer."""

    ROLE_CHOICES = [("funder", _("Funder")), ("partner", _("Partner"))]

    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="partner_logos")
    name = models.CharField(
        max_length=200, verbose_name=_("Name"), help_text=_("Read out to blind visitors.")
    )
    role = models.CharField(max_length=10, choices=ROLE_CHOICES, default="partner", verbose_name=_("Role"))
    logo = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.PROTECT, related_name="+", verbose_name=_("Logo")
    )
    url = models.URLField(verbose_name=_("Website"))

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("logo"), FieldPanel("url")]

    def __str__(self):
        return self.name


class FooterLink(Orderable):
    """A page linked from every footer (privacy, accessibility statement, contact).

    Choose the Polish page: visitors see its translation in their language.
    """

    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="footer_links")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("Page")
    )

    panels = [FieldPanel("page")]
