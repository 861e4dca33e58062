"""The agenda's rules: which occurrences a listing shows, its filters and the month grid."""

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _

from forum.agenda import recurrence
from forum.enums import Audience, EventType

# Listings expand repeating events this far ahead; the month view reaches any month.
HORIZON = timedelta(days=366)
YEARS = range(2000, 2101)


class AgendaFilters(forms.Form):
    """Zone, type and audience, combined; an unknown value makes the form invalid."""

    zone = forms.ChoiceField(required=False, label=_("Zone"))
    type = forms.ChoiceField(
        required=False, label=_("Type"), choices=[("", _("All types")), *EventType.choices]
    )
    audience = forms.ChoiceField(
        required=False, label=_("Audience"), choices=[("", _("Everyone")), *Audience.choices[1:]]
    )

    def __init__(self, data, zones):
        super().__init__(data)
        for form_field in self.fields.values():
            form_field.widget.attrs["class"] = "form-select"
        self.zones = {zone.slug: zone for zone in zones}
        self.fields["zone"].choices = [("", _("All zones")), *((zone.slug, zone.title) for zone in zones)]

    def apply(self, events):
        """The events matching the chosen filters; audience "everyone" events match any audience."""
        chosen = self.cleaned_data
        if chosen["zone"]:
            events = events.filter(zone__translation_key=self.zones[chosen["zone"]].translation_key)
        if chosen["type"]:
            events = events.filter(event_type=chosen["type"])
        if chosen["audience"]:
            events = events.filter(audience__in=[chosen["audience"], Audience.EVERYONE])
        return events

    def encoded(self):
        """The chosen filters, URL-encoded, to carry them over to other views and pages."""
        return urlencode({name: value for name, value in self.cleaned_data.items() if value})

    def query_string(self):
        """The chosen filters as a query string (with "?"), or "" when none is chosen."""
        encoded = self.encoded()
        return f"?{encoded}" if encoded else ""


def occurrences(events, window_start, window_end):
    """Every occurrence of `events` overlapping the window, in time order."""
    found = [
        occurrence for event in events for occurrence in event.occurrences_between(window_start, window_end)
    ]
    return sorted(found, key=lambda occurrence: (occurrence.sort_key, occurrence.occasion.title))


def next_change(found, now):
    """The next moment after `now` one of the occurrences `found` starts or ends: a list showing
    them (as coming, going on or over) stays true until then. None when none does."""
    moments = (moment for occurrence in found for moment in (occurrence.sort_key, occurrence.ends_at))
    return min((moment for moment in moments if moment > now), default=None)


def next_midnight(now):
    """When "today" changes in Łódź."""
    return recurrence.local_midnight(now.astimezone(recurrence.WARSAW).date() + timedelta(days=1))


def month_window(year, month):
    """The aware moments a month begins and the next one begins, in Polish time."""
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return recurrence.local_midnight(first), recurrence.local_midnight(following)


def adjacent_months(year, month):
    previous = (year - 1, 12) if month == 1 else (year, month - 1)
    following = (year + 1, 1) if month == 12 else (year, month + 1)
    return previous, following


@dataclass
class Day:
    date: date
    in_month: bool
    occurrences: list = field(default_factory=list)


def month_weeks(year, month, found):
    """The month as weeks of seven days (Monday first), each day with the occurrences on it."""
    weeks = [
        [Day(day, day.month == month) for day in week]
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    ]
    days = [day for week in weeks for day in week if day.in_month]
    for occurrence in found:
        first = occurrence.local_day
        last = occurrence.end if occurrence.all_day else first
        for day in days:
            if first <= day.date <= last:
                day.occurrences.append(occurrence)
    return weeks


class UpcomingOccurrences:
    """The upcoming occurrences of `events` within the horizon, as a sequence Django's Paginator pages.

    A busy agenda has a thousand events; expanding all of them for every page costs a third of a
    second. The count needs only a database count of one-off events plus the repeating events'
    occurrences, and a page expands just the events that can be on it (`next_occurrences`).
    """

    def __init__(self, events, now):
        self.events = events.filter(span_end__gt=now, span_start__lt=now + HORIZON)
        self.now = now

    def count(self):
        one_off = self.events.filter(repeat="").count()
        repeating = self.events.exclude(repeat="")
        return one_off + len(occurrences(repeating, self.now, self.now + HORIZON))

    def __getitem__(self, window):
        if not window.stop:
            return []
        return next_occurrences(self.events, window.stop, self.now)[window]


def next_occurrences(events, count, now):
    """The next `count` occurrences of `events` from `now` on.

    Only events that can be among them are expanded: the `count`-th event to begin after `now`
    bounds the window, since each event begins with an occurrence at its `span_start`.
    """
    events = events.filter(span_end__gt=now, span_start__lt=now + HORIZON)
    bound = list(
        events.filter(span_start__gte=now)
        .order_by("span_start")
        .values_list("span_start", flat=True)[count - 1 : count]
    )
    window_end = bound[0] + timedelta(microseconds=1) if bound else now + HORIZON
    return occurrences(events.filter(span_start__lt=window_end), now, window_end)[:count]
