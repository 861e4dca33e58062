"""Materials from the training meetings for librarians and local leaders, filterable by topic and audience."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from core.document_languages import language_field
from core.pagination import paginate
from home.blocks import BodyBlock
from home.models import BasePage

AUDIENCES = [
    ("librarians", _("Librarians")),
    ("leaders", _("Local leaders")),
    ("officials", _("Officials and public institution staff")),
    ("residents", _("Residents")),
]


@register_snippet
class Topic(TranslatableMixin, models.Model):
    """A theme of the training cycle, such as diagnosing local needs; translated like pages."""

    name = models.CharField(
        max_length=100, verbose_name=_("Name"), help_text=_("E.g. Diagnosing local needs.")
    )
    slug = models.SlugField(
        max_length=100,
        blank=True,
        allow_unicode=True,
        verbose_name=_("Address part"),
        help_text=_("Used in filter links; filled in from the name when left empty."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Training topic")
        verbose_name_plural = _("Training topics")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name, allow_unicode=True)
        super().save(*args, **kwargs)


class TrainingIndexPage(BasePage):
    """The training materials of one language, filterable by topic and audience. Edited by the
    training coordinator."""

    intro = models.TextField(
        blank=True,
        verbose_name=_("Introduction"),
        help_text=_("What the training cycle was and whom the materials are for."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["zones.TrainingMaterialPage"]
    max_count_per_parent = 1
    per_page = 12

    class Meta:
        verbose_name = _("Training materials list")
        verbose_name_plural = _("Training materials lists")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = list(Topic.objects.filter(locale_id=self.locale_id))
        topic_slug = request.GET.get("topic", "")
        audience = request.GET.get("audience", "")
        materials = TrainingMaterialPage.objects.child_of(self).live().prefetch_related("topics")
        if topic_slug:
            topic = next((topic for topic in topics if topic.slug == topic_slug), None)
            key = topic.translation_key if topic else None
            materials = materials.filter(topics__translation_key=key)
        if audience:
            known = dict(AUDIENCES)
            materials = (
                materials.filter(**{f"for_{audience}": True}) if audience in known else materials.none()
            )
        listed = paginate(request, materials.order_by("path"), self.per_page)
        by_key = {topic.translation_key: topic for topic in topics}
        for material in listed:
            material.listed_topics = [
                by_key[t.translation_key] for t in material.topics.all() if t.translation_key in by_key
            ]
        context.update(
            materials=listed,
            topics=topics,
            audiences=AUDIENCES,
            selected_topic=topic_slug,
            selected_audience=audience,
        )
        return context


class TrainingMaterialPage(BasePage):
    """What one training meeting taught, with its slides and worksheets to download. Edited by the
    training coordinator."""

    FORMATS = [
        ("workshop", _("Workshop")),
        ("lecture", _("Lecture")),
        ("study_visit", _("Study visit")),
        ("online", _("Online meeting")),
        ("self_study", _("Self-study material")),
    ]

    summary_field = "summary"

    summary = models.TextField(
        verbose_name=_("Summary"), help_text=_("Two or three sentences shown in the list of materials.")
    )
    learning_outcomes = RichTextField(
        features=["bold", "italic", "ul", "ol", "link"],
        blank=True,
        verbose_name=_("Learning outcomes"),
        help_text=_("A bulleted list of what participants can do after the meeting."),
    )
    format = models.CharField(
        max_length=20,
        choices=FORMATS,
        default="workshop",
        verbose_name=_("Format"),
        help_text=_("How the meeting was run."),
    )
    duration_minutes = models.PositiveIntegerField(
        null=True,
        blank=True,
        verbose_name=_("Duration in minutes"),
        help_text=_("How long the meeting lasts, e.g. 90."),
    )
    for_librarians = models.BooleanField(
        default=False, verbose_name=_("For librarians"), help_text=_("Tick every group the material is for.")
    )
    for_leaders = models.BooleanField(
        default=False,
        verbose_name=_("For local leaders"),
        help_text=_("Tick every group the material is for."),
    )
    for_officials = models.BooleanField(
        default=False,
        verbose_name=_("For officials and public institution staff"),
        help_text=_("Tick every group the material is for."),
    )
    for_residents = models.BooleanField(
        default=False, verbose_name=_("For residents"), help_text=_("Tick every group the material is for.")
    )
    topics = ParentalManyToManyField(
        Topic,
        blank=True,
        related_name="materials",
        verbose_name=_("Topics"),
        help_text=_("The themes of the training cycle this material belongs to."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("Content"),
        help_text=_("The material itself: the programme of the meeting, exercises, notes."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        FieldRowPanel([FieldPanel("format"), FieldPanel("duration_minutes")]),
        MultiFieldPanel(
            [
                FieldPanel("for_librarians"),
                FieldPanel("for_leaders"),
                FieldPanel("for_officials"),
                FieldPanel("for_residents"),
            ],
            heading=_("Audience"),
        ),
        FieldPanel("topics"),
        FieldPanel("body"),
        InlinePanel("documents", heading=_("Documents to download"), label=_("Document")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_outcomes"),
        index.SearchField("body"),
    ]

    parent_page_types = ["zones.TrainingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Training material")
        verbose_name_plural = _("Training materials")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["parent_index"] = self.get_parent().specific
        return context

    @property
    def audiences(self):
        return [label for key, label in AUDIENCES if getattr(self, f"for_{key}")]

    def localized_topics(self):
        """The material's topics in the page's language (materials may point at the Polish topics)."""
        keys = [topic.translation_key for topic in self.topics.all()]
        return Topic.objects.filter(translation_key__in=keys, locale_id=self.locale_id)


class TrainingDocument(Orderable):
    """A file handed out at the meeting: slides, a worksheet or reading."""

    KINDS = [
        ("slides", _("Slides")),
        ("worksheet", _("Worksheet")),
        ("reading", _("Reading")),
        ("other", _("Other")),
    ]

    material = ParentalKey(TrainingMaterialPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("Document"),
        help_text=_("Upload the file or choose one already uploaded."),
    )
    kind = models.CharField(
        max_length=20,
        choices=KINDS,
        default="slides",
        verbose_name=_("Kind"),
        help_text=_("What the file is."),
    )
    language = language_field(
        verbose_name=_("Language"),
        help_text=_("The language the file and its title are written in."),
    )

    panels = [FieldRowPanel([FieldPanel("document"), FieldPanel("kind"), FieldPanel("language")])]

    class Meta(Orderable.Meta):
        verbose_name = _("Document")
        verbose_name_plural = _("Documents")
