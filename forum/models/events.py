"""The agenda of the zones: events and the page that lists them."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core import clock
from core.caching import freshness
from core.pagination import paginate
from core.routing.translated_routes import TranslatedRoutesMixin
from forum.agenda import listing, recurrence
from forum.enums import EventType
from forum.fields import WeekdaysField
from forum.models.occasions import Occasion
from home.blocks import BodyBlock
from home.editor_guide import GuideLinkPanel
from home.models import BasePage
from zones.listing import zones_by_title
from zones.models import ZonePage

PER_PAGE = 10


class Repeat(models.TextChoices):
    NEVER = "", _("Does not repeat")
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")
    MONTHLY = "monthly", _("Monthly")


class EventPageForm(WagtailAdminPageForm):
    """A new event added under a zone's page takes place in that zone unless the editor names
    another: its zone starts as the parent zone."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        zone = parent_page.specific if parent_page is not None else None
        if isinstance(zone, ZonePage) and self.instance.pk is None and not self.instance.zone_id:
            self.initial["zone"] = zone.pk


class EventPage(Occasion, BasePage):
    """One event on the agenda (a training meeting, a local action, a workshop...), possibly
    repeating. A zone's events live under its zone's page, so the zone's librarians add and edit
    them (with Wagtail's page permissions on the zone) and submit them for moderation; the whole
    programme's events live under the agenda, edited by communications staff. The agenda of a
    language lists both."""

    open_graph_type = "article"

    event_type = models.CharField(
        max_length=20,
        choices=EventType.choices,
        default=EventType.MEETING,
        verbose_name=_("Type"),
        help_text=_("What kind of event it is; visitors filter the agenda by it."),
    )
    intro = models.TextField(
        blank=True,
        verbose_name=_("Summary"),
        help_text=_("One or two sentences shown in the agenda and in search results."),
    )
    body = StreamField(
        BodyBlock(), blank=True, verbose_name=_("Content"), help_text=_("The full description.")
    )
    organiser = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("Organiser"),
        help_text=_("Who runs the event, e.g. the zone's librarians or a residents' group."),
    )
    repeat = models.CharField(
        max_length=10,
        choices=Repeat.choices,
        blank=True,
        default=Repeat.NEVER,
        verbose_name=_("Repeats"),
        help_text=_("How often the event happens again, counted from its first date."),
    )
    repeat_interval = models.PositiveSmallIntegerField(
        default=1,
        verbose_name=_("Every"),
        help_text=_("1 for every day, week or month; 2 for every other one, and so on."),
    )
    repeat_weekdays = WeekdaysField(
        verbose_name=_("On weekdays"),
        help_text=_("For daily or weekly repeats: the days of the week it happens on."),
    )
    repeat_until = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("Until"),
        help_text=_("The last possible date of the series. Give this or a number of times."),
    )
    repeat_count = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        verbose_name=_("Number of times"),
        help_text=_("How many times the event happens in all. Give this or an end date."),
    )
    repeat_exceptions = StreamField(
        [("date", blocks.DateBlock(label=_("Date")))],
        blank=True,
        verbose_name=_("Exceptions"),
        help_text=_("Dates of the series on which the event does not take place."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("event_type"),
        FieldPanel("intro"),
        MultiFieldPanel(Occasion.time_panels, heading=_("When")),
        MultiFieldPanel(
            [
                GuideLinkPanel("repeating-events", _("How to set a repetition: the editors' guide")),
                FieldRowPanel([FieldPanel("repeat"), FieldPanel("repeat_interval")]),
                FieldPanel("repeat_weekdays"),
                FieldRowPanel([FieldPanel("repeat_until"), FieldPanel("repeat_count")]),
                FieldPanel("repeat_exceptions"),
            ],
            heading=_("Repetition"),
        ),
        MultiFieldPanel(Occasion.place_panels, heading=_("Where")),
        MultiFieldPanel(
            [
                GuideLinkPanel(
                    "cancelling-events", _("Cancelling, and what registrants receive: the editors' guide")
                ),
                *Occasion.status_panels,
            ],
            heading=_("Status"),
        ),
        MultiFieldPanel([FieldPanel("organiser"), *Occasion.participation_panels], heading=_("Taking part")),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("organiser"),
        index.FilterField("event_type"),
        index.FilterField("audience"),
    ]

    base_form_class = EventPageForm

    parent_page_types = ["forum.EventIndexPage", "zones.ZonePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Event")
        verbose_name_plural = _("Events")

    def calendar_feed_paths(self):
        return [reverse("calendar_events")]

    def front_cache_related_pages(self):
        """The agenda of its language lists it, wherever in the tree it sits."""
        return [
            *super().front_cache_related_pages(),
            *EventIndexPage.objects.filter(locale_id=self.locale_id),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = clock.now()
        upcoming = self.occurrences_between(now, now + listing.HORIZON)
        context["upcoming"] = upcoming[:10]
        freshness.true_until(request, listing.next_change(context["upcoming"], now))
        context["shown_occurrence"] = upcoming[0] if upcoming else None
        # What the kept parts of the page vary on besides its content: the occurrences they list.
        context["occurrences_shown"] = " ".join(
            occurrence.sort_key.isoformat() for occurrence in context["upcoming"]
        )
        return context

    def clean(self):
        super().clean()
        rule = self.recurrence_rule()
        if rule is None:
            return
        errors = {}
        if bool(self.repeat_until) == bool(self.repeat_count):
            errors["repeat_until"] = _("Give either the last date or the number of times, not both.")
        if self.repeat_weekdays and self.repeat == Repeat.MONTHLY:
            errors["repeat_weekdays"] = _("Weekdays apply only to daily or weekly repeats.")
        first = self._first_local_start()
        if first is not None and not errors:
            if recurrence.occurrence_count(first, rule) > recurrence.MAX_OCCURRENCES:
                errors["repeat_count"] = _("A series can have at most %(limit)s occurrences.") % {
                    "limit": recurrence.MAX_OCCURRENCES
                }
            wrong = [
                day for day in self.recurrence_exceptions() if not recurrence.is_occurrence(first, rule, day)
            ]
            if wrong:
                errors["repeat_exceptions"] = _(
                    "These exception dates are not dates of the series: %(dates)s"
                ) % {"dates": ", ".join(day.isoformat() for day in sorted(wrong))}
        if errors:
            raise ValidationError(errors)

    def recurrence_rule(self):
        if not self.repeat:
            return None
        return recurrence.Rule(
            frequency=self.repeat,
            interval=self.repeat_interval or 1,
            weekdays=tuple(day for day in self.repeat_weekdays.split(",") if day),
            until=self.repeat_until,
            count=self.repeat_count,
        )

    def recurrence_exceptions(self):
        return frozenset(block.value for block in self.repeat_exceptions if block.value)

    @property
    def is_recurring(self):
        return bool(self.repeat)

    def _first_local_start(self):
        if self.all_day:
            return datetime.combine(self.start_date, datetime.min.time()) if self.start_date else None
        return self.start.astimezone(recurrence.WARSAW).replace(tzinfo=None) if self.start else None


class EventIndexPage(TranslatedRoutesMixin, BasePage):
    """The agenda: upcoming events, the past archive and a month calendar, with filters, of every
    event in its language (the zones' events sit under their zone pages, the whole programme's
    under the agenda). One per language under the home page, edited by communications staff."""

    intro = models.TextField(
        blank=True,
        verbose_name=_("Introduction"),
        help_text=_("A few sentences above the agenda."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["forum.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Agenda")
        verbose_name_plural = _("Agendas")

    @path("")
    def upcoming(self, request):
        """The occurrences are found only when the list is rendered, which its kept copy (until the
        next start or end it shows, or midnight) spares."""
        filters = self._filters(request)
        now = clock.now()

        def found():
            listed = paginate(
                request, listing.UpcomingOccurrences(filters.apply(self._events()), now), PER_PAGE
            )
            freshness.true_until(request, listing.next_change(listed, now), listing.next_midnight(now))
            return listed

        return self.render(
            request,
            context_overrides={
                "filters": filters,
                "occurrences": SimpleLazyObject(found),
                "today": now.astimezone(recurrence.WARSAW).date(),
            },
        )

    sitemap_subpages = ("past",)

    @path(pgettext_lazy("address", "past/"), name="past")
    def past(self, request):
        filters = self._filters(request)
        now = clock.now()
        events = filters.apply(self._events())
        next_end = events.filter(span_end__gt=now).order_by("span_end").values_list("span_end", flat=True)
        freshness.true_until(request, next_end.first())
        events = events.filter(span_end__lte=now).order_by("-span_start")
        return self.render(
            request,
            template="forum/event_index_past.html",
            context_overrides={
                "filters": filters,
                "events": paginate(request, events, PER_PAGE),
            },
        )

    @path("<int:year>/<int:month>/", name="month")
    def month(self, request, year, month):
        if year not in listing.YEARS or not 1 <= month <= 12:
            raise Http404
        filters = self._filters(request)
        start, end = listing.month_window(year, month)
        events = filters.apply(self._events().filter(span_end__gt=start, span_start__lt=end))
        previous, following = listing.adjacent_months(year, month)
        now = clock.now()

        def occurrences():
            """Found when the month is rendered, which its kept copy (until midnight) spares."""
            freshness.true_until(request, listing.next_midnight(now))
            return listing.occurrences(events, start, end)

        found = SimpleLazyObject(occurrences)
        return self.render(
            request,
            template="forum/event_index_month.html",
            context_overrides={
                "filters": filters,
                "month_start": start,
                "weeks": SimpleLazyObject(lambda: listing.month_weeks(year, month, found)),
                "occurrences": found,
                "previous": previous if previous[0] in listing.YEARS else None,
                "following": following if following[0] in listing.YEARS else None,
                "today": now.astimezone(recurrence.WARSAW).date(),
            },
        )

    @path(pgettext_lazy("address", "month/"), name="this_month")
    def this_month(self, request):
        today = clock.now().astimezone(recurrence.WARSAW).date()
        return self.month(request, today.year, today.month)

    def _events(self):
        """Every event of the agenda's language, under a zone's page or under the agenda itself."""
        return EventPage.objects.live().filter(locale_id=self.locale_id).select_related("zone", "locale")

    def _filters(self, request):
        filters = listing.AgendaFilters(request.GET, zones_by_title(self.locale_id))
        if not filters.is_valid():
            raise Http404
        return filters
