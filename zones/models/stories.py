"""Stories from the zones: each lives under its zone, and one index per language lists them all."""

import datetime

from django.db import models
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.pagination import paginate
from home.blocks import BodyBlock
from home.editor_guide import GuideLinkPanel
from home.models import BasePage, optional_image
from zones import feeds
from zones.listing import stories_for_listing, story_index_for
from zones.models.story_tags import LocalTaggableManager, StoryTag, tags_in_locale
from zones.models.zones import ZonePage


class StoryIndexPage(RoutablePageMixin, BasePage):
    """All stories from every zone in one language, newest first, with filters by zone and tag and
    RSS/Atom feeds. One per language, edited by communications staff."""

    intro = models.TextField(
        blank=True,
        verbose_name=_("Introduction"),
        help_text=_("A sentence or two above the list of stories."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    per_page = 10

    class Meta:
        verbose_name = _("Story list")
        verbose_name_plural = _("Story lists")

    def stories(self):
        return stories_for_listing(StoryPage.objects.filter(locale_id=self.locale_id))

    @path("")
    def story_list(self, request):
        """The list, its filters and its pages; each is read only when rendered, which the page's
        kept copy for the same address (a new one per content generation) spares."""
        zones = SimpleLazyObject(
            lambda: list(ZonePage.objects.live().filter(locale_id=self.locale_id).order_by("path"))
        )
        zone_slug = request.GET.get("zone", "")
        tag_slug = request.GET.get("tag", "")

        def filtered_stories():
            stories = self.stories()
            if zone_slug:
                selected_zone = next((zone for zone in zones if zone.slug == zone_slug), None)
                stories = stories.filter(zone=selected_zone) if selected_zone else stories.none()
            if tag_slug:
                stories = stories.filter(tags__slug=tag_slug)
            return paginate(request, stories, self.per_page)

        return self.render(
            request,
            context_overrides={
                "stories": SimpleLazyObject(filtered_stories),
                "zones": zones,
                "selected_zone": zone_slug,
                "selected_tag": tag_slug,
                "tags": StoryTag.tags_for(StoryPage, locale_id=self.locale_id).order_by("name"),
            },
        )

    @path("feed/rss/", name="rss")
    def rss(self, request):
        return feeds.story_feed(request, self, self.stories(), feeds.RSS)

    @path("feed/atom/", name="atom")
    def atom(self, request):
        return feeds.story_feed(request, self, self.stories(), feeds.ATOM)


class StoryPage(BasePage):
    """A story from a zone: what happened, who took part, what came of it. Written by the zone's
    librarians under their zone's page, approved by communications staff."""

    open_graph_type = "article"

    date = models.DateField(
        default=datetime.date.today,
        verbose_name=_("Date"),
        help_text=_("When the story happened or was written; lists show the newest first."),
    )
    author = models.CharField(
        max_length=200,
        verbose_name=_("Author"),
        help_text=_("Your name, as visitors will see it under the title."),
    )
    intro = models.TextField(
        verbose_name=_("Summary"),
        help_text=_("One or two sentences shown in lists, feeds and link previews."),
    )
    hero_image = optional_image(
        _("Main photo"), _("Shown at the top of the story and on its card. Optional.")
    )
    hero_alt = models.CharField(
        max_length=250,
        blank=True,
        verbose_name=_("Description of the main photo"),
        help_text=_("What the photo shows, for people who cannot see it."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("Content"),
        help_text=_("The story itself: text, photos, quotes. Use headings to split long stories."),
    )
    tags = LocalTaggableManager(
        through=StoryTag,
        blank=True,
        verbose_name=_("Tags"),
        help_text=_("A few words visitors can filter stories by, e.g. seniors, garden, workshop."),
    )
    zone = models.ForeignKey(
        "zones.ZonePage",
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="stories",
        verbose_name=_("Zone"),
    )

    content_panels = [
        GuideLinkPanel("story", _("How a story gets published: the editors' guide")),
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("author")]),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_alt")], heading=_("Main photo")),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("author"),
        index.FilterField("date"),
    ]

    parent_page_types = ["zones.ZonePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Story")
        verbose_name_plural = _("Stories")

    def front_cache_related_pages(self):
        """The story lists show every story, though a story lives under its zone's page."""
        return list(StoryIndexPage.objects.live().filter(locale_id=self.locale_id))

    def save(self, *args, **kwargs):
        parent = self.get_parent() if self.path else None
        if parent is not None:
            self.zone_id = parent.id
        super().save(*args, **kwargs)

    def full_clean(self, *args, **kwargs):
        """A story copied from another language (a translation) takes its tags' translations. It
        reads its own tagged items: wagtail-localize's copy of the synchronised `tags` field leaves
        the translation holding the source page's tag manager."""
        super().full_clean(*args, **kwargs)
        tags = [item.tag for item in self.tagged_items.all()]
        if self.locale_id is not None and any(tag.locale_id != self.locale_id for tag in tags):
            self.tagged_items = [StoryTag(tag=tag) for tag in tags_in_locale(tags, self.locale)]

    @cached_property
    def shown_tags(self):
        """Its tags, read when the page shows them: not at all while its kept copy is used."""
        return list(self.tags.all())

    @cached_property
    def related_stories(self):
        """Up to three stories sharing a tag or the zone, read only when the page is rendered."""
        others = StoryPage.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        tag_ids = [tag.pk for tag in self.shown_tags]
        related = others.filter(models.Q(tags__in=tag_ids) | models.Q(zone_id=self.zone_id)).distinct()
        return list(stories_for_listing(related)[:3])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["story_index"] = story_index_for(self.locale_id)
        return context
