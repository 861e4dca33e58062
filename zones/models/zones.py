"""The six Neighbourhood Activity Zones: the list with its map, and one page per library branch."""

from decimal import Decimal
from functools import partial

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.formats import number_format
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES, ImageBlock
from home.models import BasePage, optional_image
from zones import charts, feeds
from zones.listing import stories_for_listing, story_index_for

# Łódź with a margin: coordinates outside this box are a typing mistake, not a zone.
LODZ_LATITUDE = (Decimal("51.68"), Decimal("51.87"))
LODZ_LONGITUDE = (Decimal("19.32"), Decimal("19.65"))


def map_data(zones, request):
    """The zones as the map script (zones/static/zones/zone-map.js) places them; the page lists
    the same zones in its HTML, which is all a visitor without JavaScript needs."""
    return [
        {
            "title": zone.title,
            "url": zone.get_url(request),
            "address": zone.address,
            "lat": float(zone.latitude),
            "lng": float(zone.longitude),
        }
        for zone in zones
    ]


class ZoneIndexPage(BasePage):
    """The zones on a map and as a list of cards. One per language, edited by communications staff."""

    intro = models.TextField(
        blank=True,
        verbose_name=_("Introduction"),
        help_text=_("A few sentences above the map explaining what a zone is."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["zones.ZonePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Zone list")
        verbose_name_plural = _("Zone lists")

    def get_context(self, request, *args, **kwargs):
        """The zones are read only when the list is rendered, which its kept copy spares."""
        context = super().get_context(request, *args, **kwargs)
        zones = SimpleLazyObject(
            lambda: list(
                ZonePage.objects.child_of(self)
                .live()
                .select_related("photo")
                .prefetch_related("photo__renditions")
                .order_by("path")
            )
        )
        context["zones"] = zones
        context["map_data"] = partial(map_data, zones, request)
        return context


class ZonePage(RoutablePageMixin, BasePage):
    """One Neighbourhood Activity Zone in a library branch: where it is, who runs it, what the
    neighbourhood needs and has, its local action and its stories. Edited by the zone's librarians."""

    intro = models.TextField(
        blank=True,
        verbose_name=_("Introduction"),
        help_text=_("Two or three sentences about the zone, shown on its card in the list of zones."),
    )
    photo = optional_image(
        _("Main photo"), _("A photo of the branch or of neighbours at work, shown on the zone's card.")
    )
    branch_name = models.CharField(
        max_length=200,
        verbose_name=_("Library branch"),
        help_text=_("Full name of the library branch that hosts the zone, e.g. Filia nr 5."),
    )
    street = models.CharField(
        max_length=200, verbose_name=_("Street and number"), help_text=_("E.g. ul. Piotrkowska 12.")
    )
    postal_code = models.CharField(
        max_length=6, verbose_name=_("Postal code"), help_text=_("In the form 90-001.")
    )
    city = models.CharField(
        max_length=100, default="Łódź", verbose_name=_("City"), help_text=_("Usually Łódź.")
    )
    latitude = models.DecimalField(
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(LODZ_LATITUDE[0]), MaxValueValidator(LODZ_LATITUDE[1])],
        verbose_name=_("Latitude"),
        help_text=_("Where the branch is on the map, e.g. 51.75924. It must lie in Łódź."),
    )
    longitude = models.DecimalField(
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(LODZ_LONGITUDE[0]), MaxValueValidator(LODZ_LONGITUDE[1])],
        verbose_name=_("Longitude"),
        help_text=_("Where the branch is on the map, e.g. 19.45598. It must lie in Łódź."),
    )
    contact_name = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("Contact person"),
        help_text=_("The librarian residents can ask about the zone."),
    )
    contact_email = models.EmailField(
        blank=True, verbose_name=_("Contact e-mail"), help_text=_("Shown publicly on the zone's page.")
    )
    contact_phone = models.CharField(
        max_length=30,
        blank=True,
        verbose_name=_("Contact phone"),
        help_text=_("Shown publicly, e.g. +48 42 123 45 67."),
    )
    step_free_entry = models.BooleanField(
        default=False,
        verbose_name=_("Step-free entry"),
        help_text=_("Tick if a wheelchair user can enter without steps (ramp or lift)."),
    )
    accessible_toilet = models.BooleanField(
        default=False,
        verbose_name=_("Accessible toilet"),
        help_text=_("Tick if there is a toilet adapted for wheelchair users."),
    )
    induction_loop = models.BooleanField(
        default=False,
        verbose_name=_("Induction loop"),
        help_text=_("Tick if there is an induction loop for people with hearing aids."),
    )
    accessibility_notes = models.TextField(
        blank=True,
        verbose_name=_("Accessibility notes"),
        help_text=_("Anything else a visitor with a disability should know, e.g. the nearest lift."),
    )
    gallery = StreamField(
        [("image", ImageBlock())],
        blank=True,
        verbose_name=_("Photo gallery"),
        help_text=_("Photos of the zone and its activities. Describe each one for blind visitors."),
    )
    diagnosis_intro = models.TextField(
        blank=True,
        verbose_name=_("Diagnosis summary"),
        help_text=_("What the needs-and-resources analysis around the branch found, in a few sentences."),
    )
    action_title = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("Local action title"),
        help_text=_("The name of the action residents run in this zone."),
    )
    action_start = models.DateField(
        null=True, blank=True, verbose_name=_("Action start"), help_text=_("First day of the local action.")
    )
    action_end = models.DateField(
        null=True, blank=True, verbose_name=_("Action end"), help_text=_("Last day of the local action.")
    )
    action_goal = models.TextField(
        blank=True, verbose_name=_("Action goal"), help_text=_("What the residents want to achieve.")
    )
    action_description = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        verbose_name=_("Action description"),
        help_text=_("What happens in the action and who takes part."),
    )
    action_outcome = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        verbose_name=_("Action outcome"),
        help_text=_("What came of it. Fill in when the action is over."),
    )
    action_photos = StreamField(
        [("image", ImageBlock())],
        blank=True,
        verbose_name=_("Action photos"),
        help_text=_("Photos of the local action. Describe each one for blind visitors."),
    )
    is_demo = models.BooleanField(
        default=False,
        verbose_name=_("Demo data"),
        help_text=_("Ticked for invented example content; such a page says so to visitors."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("photo"),
        MultiFieldPanel(
            [
                FieldPanel("branch_name"),
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("is_demo"),
            ],
            heading=_("Branch and address"),
        ),
        InlinePanel("opening_hours", heading=_("Opening hours"), label=_("Day")),
        InlinePanel("opening_exceptions", heading=_("Exceptions to opening hours"), label=_("Exception")),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("step_free_entry"),
                FieldPanel("accessible_toilet"),
                FieldPanel("induction_loop"),
                FieldPanel("accessibility_notes"),
            ],
            heading=_("Accessibility of the venue"),
        ),
        FieldPanel("gallery"),
        MultiFieldPanel(
            [FieldPanel("diagnosis_intro"), InlinePanel("needs_findings", label=_("Finding"))],
            heading=_("Diagnosis of needs and resources"),
        ),
        InlinePanel("local_leaders", heading=_("Who is active"), label=_("Leader or organisation")),
        MultiFieldPanel(
            [
                FieldPanel("action_title"),
                FieldRowPanel([FieldPanel("action_start"), FieldPanel("action_end")]),
                FieldPanel("action_goal"),
                FieldPanel("action_description"),
                FieldPanel("action_outcome"),
                FieldPanel("action_photos"),
            ],
            heading=_("Local action"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("branch_name"),
        index.SearchField("street"),
        index.SearchField("diagnosis_intro"),
        index.SearchField("action_title"),
        index.SearchField("action_goal"),
    ]

    parent_page_types = ["zones.ZoneIndexPage"]

    class Meta:
        verbose_name = _("Zone")
        verbose_name_plural = _("Zones")

    @property
    def address(self):
        return f"{self.street}, {self.postal_code} {self.city}"

    def latest_stories(self):
        return stories_for_listing(self.stories.all())

    @cached_property
    def findings(self):
        """The diagnosis in the editors' order, fetched once for the page and for the sections
        other apps add to it (the needs residents' ideas answer)."""
        return list(self.needs_findings.all())

    @cached_property
    def diagnosis_charts(self):
        return charts.diagnosis_charts(self.findings)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["leaders"] = self.local_leaders.select_related("photo").prefetch_related("photo__renditions")
        context["latest_stories"] = self.latest_stories()[:3]
        context["story_index"] = story_index_for(self.locale_id)
        context["map_data"] = map_data([self], request)
        return context

    @path("feed/rss/", name="rss")
    def rss(self, request):
        return feeds.story_feed(request, self, self.latest_stories(), feeds.RSS)

    @path("feed/atom/", name="atom")
    def atom(self, request):
        return feeds.story_feed(request, self, self.latest_stories(), feeds.ATOM)


class OpeningHours(Orderable):
    """Regular opening hours of the branch on one weekday."""

    WEEKDAYS = [
        (0, _("Monday")),
        (1, _("Tuesday")),
        (2, _("Wednesday")),
        (3, _("Thursday")),
        (4, _("Friday")),
        (5, _("Saturday")),
        (6, _("Sunday")),
    ]

    zone = ParentalKey(ZonePage, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(
        choices=WEEKDAYS, verbose_name=_("Weekday"), help_text=_("Add one row for each open day.")
    )
    opens = models.TimeField(verbose_name=_("Opens"), help_text=_("E.g. 10:00."))
    closes = models.TimeField(verbose_name=_("Closes"), help_text=_("E.g. 18:00."))

    panels = [FieldPanel("weekday"), FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("Opening hours")
        verbose_name_plural = _("Opening hours")


class OpeningException(TranslatableMixin, Orderable):
    """A day when the branch is closed or open at other hours, such as a public holiday."""

    zone = ParentalKey(ZonePage, on_delete=models.CASCADE, related_name="opening_exceptions")
    date = models.DateField(verbose_name=_("Date"), help_text=_("The day that differs from the usual hours."))
    label = models.CharField(
        max_length=100, verbose_name=_("Reason"), help_text=_("E.g. Easter Monday or stocktaking.")
    )
    opens = models.TimeField(
        null=True, blank=True, verbose_name=_("Opens"), help_text=_("Leave empty if closed all day.")
    )
    closes = models.TimeField(
        null=True, blank=True, verbose_name=_("Closes"), help_text=_("Leave empty if closed all day.")
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("label")]),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Exception to opening hours")
        verbose_name_plural = _("Exceptions to opening hours")

    @property
    def is_closed(self):
        return self.opens is None or self.closes is None


class NeedsFinding(TranslatableMixin, Orderable):
    """One row of the zone's needs-and-resources diagnosis; the rows make the chart and its table."""

    NEED = "need"
    RESOURCE = "resource"
    GROUP = "group"
    KINDS = [(NEED, _("Need")), (RESOURCE, _("Resource")), (GROUP, _("Group of residents"))]

    zone = ParentalKey(ZonePage, on_delete=models.CASCADE, related_name="needs_findings")
    kind = models.CharField(
        max_length=10,
        choices=KINDS,
        verbose_name=_("Kind"),
        help_text=_("A need residents named, a resource the area has, or a group of people living there."),
    )
    label = models.CharField(
        max_length=120, verbose_name=_("What"), help_text=_("E.g. Places to meet after work, or Seniors 65+.")
    )
    value = models.DecimalField(
        max_digits=10,
        decimal_places=1,
        validators=[MinValueValidator(0)],
        verbose_name=_("Value"),
        help_text=_("A number, e.g. 42 or 12.5."),
    )
    unit = models.CharField(
        max_length=40, blank=True, verbose_name=_("Unit"), help_text=_("E.g. % of respondents, or people.")
    )
    source = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("Source"),
        help_text=_("Where the number comes from, e.g. our survey of 120 residents."),
    )
    year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        verbose_name=_("Year"),
        help_text=_("When the data was collected."),
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("label")]),
        FieldRowPanel([FieldPanel("value"), FieldPanel("unit")]),
        FieldRowPanel([FieldPanel("source"), FieldPanel("year")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Finding")
        verbose_name_plural = _("Findings")

    @property
    def display_value(self):
        number = number_format(self.value if self.value % 1 else int(self.value))
        return f"{number} {self.unit}".strip()


class LocalLeader(TranslatableMixin, Orderable):
    """A person or organisation already active around the branch."""

    zone = ParentalKey(ZonePage, on_delete=models.CASCADE, related_name="local_leaders")
    name = models.CharField(max_length=200, verbose_name=_("Name"), help_text=_("Person or organisation."))
    role = models.CharField(
        max_length=200, blank=True, verbose_name=_("Role"), help_text=_("E.g. runs the seniors' club.")
    )
    organisation = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("Organisation"),
        help_text=_("The association or institution, if any."),
    )
    photo = optional_image(_("Photo"), _("Optional. Shown only if the consent below is ticked."))
    photo_consent = models.BooleanField(
        default=False,
        verbose_name=_("Consent to publish the photo"),
        help_text=_("Tick only when the person has given written consent to show the photo."),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("role"), FieldPanel("organisation")]),
        FieldRowPanel([FieldPanel("photo"), FieldPanel("photo_consent")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Local leader")
        verbose_name_plural = _("Local leaders")

    @property
    def public_photo(self):
        return self.photo if self.photo_consent else None
