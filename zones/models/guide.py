"""The guide "Jak stworzyć SAS": the model and lessons of the Łódź project, chapter by chapter."""

from collections import Counter

from anyascii import anyascii
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.document_languages import language_field
from core.routing.translated_routes import TranslatedRoutesMixin
from home.blocks import BodyBlock
from home.models import BasePage


class GuidePage(TranslatedRoutesMixin, BasePage):
    """The guide's cover: introduction, table of contents, the PDF, and the whole guide on one page
    for printing. Edited by the programme coordinator."""

    intro = models.TextField(
        verbose_name=_("Introduction"),
        help_text=_("Whom the guide is for and what they will find in it."),
    )
    pdf = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("PDF version"),
        help_text=_("Upload the designed PDF of the guide when it is ready. Optional."),
    )
    pdf_language = language_field(
        verbose_name=_("Language of the PDF"),
        help_text=_("The language the PDF is written in; the link says so on pages in other languages."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("pdf"), FieldPanel("pdf_language")]),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["zones.GuideChapterPage"]

    class Meta:
        verbose_name = _("Guide")
        verbose_name_plural = _("Guides")

    def chapters(self):
        return GuideChapterPage.objects.child_of(self).live().order_by("path")

    def last_updated(self, chapters):
        newest = max(
            (chapter.last_published_at for chapter in chapters if chapter.last_published_at), default=None
        )
        return max(filter(None, [self.last_published_at, newest]), default=None)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        chapters = list(self.chapters())
        context["chapters"] = chapters
        context["last_updated"] = self.last_updated(chapters)
        return context

    sitemap_subpages = ("whole",)

    @path(pgettext_lazy("address", "whole/"), name="whole")
    def whole(self, request):
        return self.render(request, template="zones/guide_whole.html")


class GuideChapterPage(BasePage):
    """One chapter of the guide. Its level-2 and level-3 headings make the table of contents."""

    summary_field = "summary"

    summary = models.TextField(
        blank=True,
        verbose_name=_("Summary"),
        help_text=_("One or two sentences shown in the table of contents."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("Content"),
        help_text=_("The chapter's text. Start each section with a heading: it appears in the contents."),
    )

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["zones.GuidePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Guide chapter")
        verbose_name_plural = _("Guide chapters")

    def sections(self):
        """The body's blocks, each with the anchor its heading gets (None for other blocks).

        An anchor is the chapter's slug and the heading's words in Latin letters (Cyrillic and
        Polish letters transliterated, so it reads the same in any address bar and a Ukrainian
        heading has one of its own), numbered when two headings of the chapter read the same.
        """
        seen, sections = Counter(), []
        for block in self.body:
            anchor = None
            if block.block_type == "heading":
                anchor = slugify(anyascii(f"{self.slug} {block.value['text']}"))
                seen[anchor] += 1
                if seen[anchor] > 1:
                    anchor = f"{anchor}-{seen[anchor]}"
            sections.append((block, anchor))
        return sections

    def headings(self):
        return [
            {"anchor": anchor, "text": block.value["text"], "level": block.value["level"]}
            for block, anchor in self.sections()
            if anchor and block.value["level"] in ("h2", "h3")
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guide = self.get_parent().specific
        chapters = list(guide.chapters())
        position = next((index for index, chapter in enumerate(chapters) if chapter.pk == self.pk), None)
        context["guide"] = guide
        context["chapters"] = chapters
        if position is not None:
            context["previous_chapter"] = chapters[position - 1] if position > 0 else None
            context["next_chapter"] = chapters[position + 1] if position + 1 < len(chapters) else None
        context["last_updated"] = guide.last_updated(chapters)
        return context
