"""What every happening on the agenda shares: when, where, for whom, and whether it goes ahead."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from forum.agenda import recurrence
from forum.enums import Attendance, Audience, Status
from forum.models.registrations import SEAT_HOLDING, Registration
from home.models import Venue


@dataclass(frozen=True)
class Occurrence:
    """One time an occasion happens: aware datetimes, or dates (last day included) when all-day."""

    occasion: object
    start: datetime | date
    end: datetime | date

    @property
    def all_day(self):
        return self.occasion.all_day

    @property
    def sort_key(self):
        if self.all_day:
            return recurrence.local_midnight(self.start)
        return self.start

    @property
    def ends_at(self):
        """The aware moment it is over (for an all-day occurrence, the midnight after its last day)."""
        if self.all_day:
            return recurrence.local_midnight(self.end + timedelta(days=1))
        return self.end

    @property
    def local_day(self):
        return self.start if self.all_day else self.start.astimezone(recurrence.WARSAW).date()

    @property
    def is_multi_day(self):
        if self.all_day:
            return self.end != self.start
        return self.end.astimezone(recurrence.WARSAW).date() != self.local_day


class Occasion(Venue):
    """When and where something happens and who may come; the base of events and forum sessions.

    Registration (capacity, window) belongs to the occasion in the default language; translations
    share it.
    """

    venue_host_field = "zone"

    all_day = models.BooleanField(
        default=False,
        verbose_name=_("All day"),
        help_text=_("Tick for an event without fixed hours, then give its first and last day."),
    )
    start = models.DateTimeField(
        null=True,
        blank=True,
        verbose_name=_("Starts"),
        help_text=_("Date and time the event begins, in Polish time. Leave empty for all-day events."),
    )
    end = models.DateTimeField(
        null=True,
        blank=True,
        verbose_name=_("Ends"),
        help_text=_("Date and time the event ends, in Polish time. Leave empty for all-day events."),
    )
    start_date = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("First day"),
        help_text=_("First day of an all-day event."),
    )
    end_date = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("Last day"),
        help_text=_("Last day of an all-day event; leave empty for a single day."),
    )
    span_start = models.DateTimeField(
        null=True,
        editable=False,
        db_index=True,
        help_text=_("Computed: the moment the first occurrence begins, for listings."),
    )
    span_end = models.DateTimeField(
        null=True,
        editable=False,
        db_index=True,
        help_text=_("Computed: the moment the last occurrence ends, for listings."),
    )
    zone = models.ForeignKey(
        "zones.ZonePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Zone"),
        help_text=_(
            "The zone this belongs to. It takes place in the zone's library unless you give another venue."
        ),
    )
    attendance = models.CharField(
        max_length=20,
        choices=Attendance.choices,
        default=Attendance.IN_PERSON,
        verbose_name=_("Attendance"),
        help_text=_("Whether people come in person, join online, or either."),
    )
    online_url = models.URLField(
        blank=True,
        verbose_name=_("Online link"),
        help_text=_("Address of the video meeting or stream, for online events."),
    )
    status = models.CharField(
        max_length=20,
        choices=Status.choices,
        default=Status.SCHEDULED,
        verbose_name=_("Status"),
        help_text=_("Change it when the event is cancelled, postponed or moved online."),
    )
    status_reason = models.TextField(
        blank=True,
        verbose_name=_("Reason for the change"),
        help_text=_("Shown prominently when the event is not going ahead as planned."),
    )
    audience = models.CharField(
        max_length=20,
        choices=Audience.choices,
        default=Audience.EVERYONE,
        verbose_name=_("Audience"),
        help_text=_("Who the event is meant for."),
    )
    language = models.CharField(
        max_length=10,
        choices=settings.LANGUAGES,
        default="pl",
        verbose_name=_("Language of the event"),
        help_text=_("The language spoken at the event."),
    )
    accessibility_notes = models.TextField(
        blank=True,
        verbose_name=_("Accessibility notes"),
        help_text=_("E.g. sign language interpretation, step-free room, quiet corner for children."),
    )
    capacity = models.IntegerField(
        null=True,
        blank=True,
        verbose_name=_("Capacity"),
        help_text=_("How many people can take part. Leave empty for no limit."),
    )
    max_seats_per_registration = models.PositiveSmallIntegerField(
        default=1,
        verbose_name=_("Seats one person may book"),
        help_text=_("More than 1 lets a parent register children too."),
    )
    registration_enabled = models.BooleanField(
        default=False,
        verbose_name=_("Registration required"),
        help_text=_("Tick when people must sign up to take part."),
    )
    registration_opens = models.DateTimeField(
        null=True,
        blank=True,
        verbose_name=_("Registration opens"),
        help_text=_("Leave empty to open registration at once."),
    )
    registration_closes = models.DateTimeField(
        null=True,
        blank=True,
        verbose_name=_("Registration closes"),
        help_text=_("Leave empty to close registration when the event starts."),
    )

    time_panels = [
        FieldPanel("all_day"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
    ]
    place_panels = [
        FieldPanel("zone"),
        FieldRowPanel([FieldPanel("venue_name"), FieldPanel("venue_address")]),
        FieldRowPanel([FieldPanel("attendance"), FieldPanel("online_url")]),
    ]
    status_panels = [FieldPanel("status"), FieldPanel("status_reason")]
    participation_panels = [
        FieldRowPanel([FieldPanel("audience"), FieldPanel("language")]),
        FieldPanel("accessibility_notes"),
        FieldPanel("capacity"),
        FieldPanel("registration_enabled"),
        FieldPanel("max_seats_per_registration"),
        FieldRowPanel([FieldPanel("registration_opens"), FieldPanel("registration_closes")]),
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.span_start, self.span_end = self.compute_span()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        if self.all_day:
            if self.start_date is None:
                errors["start_date"] = _("Give the first day of an all-day event.")
            elif self.end_date and self.end_date < self.start_date:
                errors["end_date"] = _("The last day cannot be before the first day.")
        elif self.start is None:
            errors["start"] = _("Give the date and time the event starts.")
        elif self.end is None:
            errors["end"] = _("Give the date and time the event ends.")
        elif self.end <= self.start:
            errors["end"] = _("The end must be after the start.")
        if self.capacity is not None and self.capacity < 0:
            errors["capacity"] = _("Capacity cannot be negative.")
        elif self.capacity is not None and self.capacity < self.taken_seats():
            errors["capacity"] = _(
                "%(taken)s seats are already booked, so the capacity cannot be lower. Cancel "
                "registrations first, or keep the capacity."
            ) % {"taken": self.taken_seats()}
        if not self.max_seats_per_registration:
            errors["max_seats_per_registration"] = _("Allow at least one seat per registration.")
        if (
            self.registration_opens
            and self.registration_closes
            and self.registration_closes <= self.registration_opens
        ):
            errors["registration_closes"] = _("Registration must close after it opens.")
        if self.attendance != Attendance.IN_PERSON and not self.online_url:
            errors["online_url"] = _("Give the online link for an event people can join online.")
        if errors:
            raise ValidationError(errors)

    def taken_seats(self):
        """Seats booked or held at this page (registrations belong to the default-language page)."""
        if self.pk is None:
            return 0
        found = Registration.objects.filter(occasion_id=self.pk, status__in=SEAT_HOLDING)
        return found.aggregate(total=models.Sum("seats"))["total"] or 0

    # When it happens

    def recurrence_rule(self):
        """The rule the occasion repeats by, or None; repeating occasions override it."""
        return None

    def recurrence_exceptions(self):
        return frozenset()

    @property
    def last_day(self):
        return self.end_date or self.start_date

    def compute_span(self):
        """The first start and last end of all occurrences, as aware datetimes (None if undated)."""
        if self.all_day:
            if self.start_date is None:
                return None, None
            days = recurrence.local_starts(
                datetime.combine(self.start_date, datetime.min.time()),
                self.recurrence_rule(),
                self.recurrence_exceptions(),
            )
            last = max(days, default=None)
            if last is None:
                return None, None
            length = self.last_day - self.start_date
            return (
                recurrence.local_midnight(self.start_date),
                recurrence.local_midnight(last.date() + length + timedelta(days=1)),
            )
        if self.start is None or self.end is None:
            return None, None
        occurrences = recurrence.expand(
            self.start,
            self.end,
            self.recurrence_rule(),
            self.recurrence_exceptions(),
            self.start,
            datetime.max.replace(tzinfo=recurrence.WARSAW),
        )
        if not occurrences:
            return None, None
        return self.start, occurrences[-1][1]

    def occurrences_between(self, window_start, window_end):
        """The occurrences overlapping [window_start, window_end), aware datetimes."""
        rule, exceptions = self.recurrence_rule(), self.recurrence_exceptions()
        if self.all_day:
            last_moment = (window_end - timedelta(microseconds=1)).astimezone(recurrence.WARSAW)
            days = recurrence.expand_days(
                self.start_date,
                self.last_day,
                rule,
                exceptions,
                window_start.astimezone(recurrence.WARSAW).date(),
                last_moment.date() + timedelta(days=1),
            )
            return [Occurrence(self, first, last) for first, last in days]
        pairs = recurrence.expand(self.start, self.end, rule, exceptions, window_start, window_end)
        return [Occurrence(self, start, end) for start, end in pairs]

    # Where

    @property
    def is_online(self):
        return self.attendance != Attendance.IN_PERSON or self.status == Status.MOVED_ONLINE

    @property
    def goes_ahead(self):
        return self.status in (Status.SCHEDULED, Status.MOVED_ONLINE)

    # For the front cache (core/caching/front_cache.py): what else shows this occasion

    def front_cache_related_pages(self):
        """Its zone's page (in every language) lists the zone's next events."""
        return list(self.zone.get_translations(inclusive=True)) if self.zone else []

    def front_cache_urls(self):
        """The calendar files that include it, in its language: its own download and its feeds."""
        site = self.get_site()
        if site is None:
            return []
        with override(self.locale.language_code):
            paths = [reverse("calendar_occasion", args=[self.pk]), *self.calendar_feed_paths()]
        return [site.root_url + path for path in paths]

    def calendar_feed_paths(self):
        return []

    # For search engines

    @property
    def first_occurrence(self):
        if self.all_day:
            return Occurrence(self, self.start_date, self.last_day)
        return Occurrence(
            self, self.start.astimezone(recurrence.WARSAW), self.end.astimezone(recurrence.WARSAW)
        )
