"""The home page and the plain content pages every part of the site builds on."""

from django.db import models
from django.db.models import Case, When
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home import view_restrictions
from home.blocks import BodyBlock
from home.routing import route_by_url_path
from home.search_folding import page_search_terms, with_normalised_fields

from .images import optional_image


class BasePage(Page):
    """Adds what every public page shows in search engines and link previews.

    `summary_field` names the plain-text field that sums the page up ("intro" unless a page type
    says otherwise, None for none): it is the description search engines and link previews show
    when the editor leaves the promote tab's search description empty. `open_graph_type` is what
    link previews are told the page is: "article" (with its first publication time) for pages
    that report something, such as stories and events. A routable page names in
    `sitemap_subpages` the routes of the sub-pages search engines should find, and may add more
    addresses in `sitemap_subpage_paths`.
    """

    summary_field = "intro"
    open_graph_type = "website"
    sitemap_subpages = ()

    social_image = optional_image(
        _("Preview image"), _("Shown when the page is shared on social media. Optional.")
    )

    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]

    class Meta:
        abstract = True

    def __init_subclass__(cls, **kwargs):
        """Every page type also indexes its words folded and in dictionary form (see home.search_folding)."""
        super().__init_subclass__(**kwargs)
        cls.search_fields = with_normalised_fields(cls.search_fields)

    def get_sitemap_urls(self, request=None):
        """The page, then the sub-pages search engines should find, each at its own address."""
        urls = super().get_sitemap_urls(request)
        if urls:
            paths = [
                self.reverse_subpage(name) for name in self.sitemap_subpages
            ] + self.sitemap_subpage_paths()
            urls += [{**urls[0], "location": urls[0]["location"] + path} for path in paths]
        return urls

    def get_view_restrictions(self):
        """The same restrictions Wagtail finds, from a list kept per content generation."""
        found = view_restrictions.restrictions_on(self)
        return super().get_view_restrictions() if found is None else found

    def sitemap_subpage_paths(self):
        """Sub-page addresses besides the `sitemap_subpages` routes ("speakers/anna-kowalska/")."""
        return []

    def get_meta_description(self):
        summary = getattr(self, self.summary_field, "") if self.summary_field else ""
        return self.search_description or summary

    @property
    def search_terms(self):
        return page_search_terms(self)


class HomePage(BasePage):
    """The front page of each language: an introduction and what is new in the zones.

    Edited by communications staff; there is one per language, the translations of one another.
    """

    intro = models.TextField(
        verbose_name=_("Introduction"),
        help_text=_("Two or three sentences shown at the top of the home page."),
    )
    programme_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Page about the programme"),
        help_text=_("Linked under the introduction; each language links to its own translation."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Content"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("programme_page"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Home page")
        verbose_name_plural = _("Home pages")

    def route(self, request, path_components):
        return route_by_url_path(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programme_page"] = self.programme_page_in_language()
        return context

    def programme_page_in_language(self):
        """The programme page chosen here (or on another language's home page, which this one
        follows), in this page's language when it is translated; one query."""
        chosen = (
            HomePage.objects.filter(translation_key=self.translation_key, programme_page__isnull=False)
            .order_by(Case(When(pk=self.pk, then=0), default=1))
            .values("programme_page_id")[:1]
        )
        chosen_key = Page.objects.filter(pk__in=chosen).values("translation_key")
        return (
            Page.objects.live()
            .filter(translation_key__in=chosen_key)
            .order_by(Case(When(locale_id=self.locale_id, then=0), When(pk__in=chosen, then=1), default=2))
            .first()
        )


class StandardPage(BasePage):
    """A plain page of text and media: about the programme, partners, accessibility statement."""

    intro = models.TextField(
        blank=True,
        verbose_name=_("Introduction"),
        help_text=_("A short summary shown under the title and in listings."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Content"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("Standard page")
        verbose_name_plural = _("Standard pages")
