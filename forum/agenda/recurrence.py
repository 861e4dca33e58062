"""Repeating events: an editor-friendly subset of RFC 5545 RRULE, expanded within a window.

Occurrences are computed in local wall-clock time (Europe/Warsaw) and only then made aware,
so a meeting at 18:00 stays at 18:00 across a daylight-saving change. No series yields more
than MAX_OCCURRENCES starts, so no expansion is an unbounded loop.
"""

from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import islice
from zoneinfo import ZoneInfo

from dateutil import rrule

WARSAW = ZoneInfo("Europe/Warsaw")
MAX_OCCURRENCES = 500
FREQUENCIES = {"daily": rrule.DAILY, "weekly": rrule.WEEKLY, "monthly": rrule.MONTHLY}
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Rule:
    """How a series repeats: every `interval` days, weeks or months, on `weekdays` (daily and
    weekly only), until a date or for `count` occurrences."""

    frequency: str
    interval: int = 1
    weekdays: tuple[str, ...] = ()
    until: date | None = None
    count: int | None = None

    def _rrule(self, first):
        return rrule.rrule(
            FREQUENCIES[self.frequency],
            dtstart=first,
            interval=self.interval,
            byweekday=[WEEKDAYS.index(day) for day in self.weekdays] or None,
            until=datetime.combine(self.until, time.max) if self.until else None,
            count=self.count,
        )


def local_starts(first, rule, exceptions=frozenset()):
    """The naive local start of each occurrence, in order, leaving out the exception dates."""
    starts = [first] if rule is None else islice(rule._rrule(first), MAX_OCCURRENCES)
    return (start for start in starts if start.date() not in exceptions)


def occurrence_count(first, rule):
    """How many occurrences the series has, counting at most MAX_OCCURRENCES + 1."""
    if rule is None:
        return 1
    return sum(1 for _ in islice(rule._rrule(first), MAX_OCCURRENCES + 1))


def is_occurrence(first, rule, day):
    """Whether the series has an occurrence on `day` (a date)."""
    return any(start.date() == day for start in local_starts(first, rule))


def expand(start, end, rule, exceptions, window_start, window_end, tz=WARSAW):
    """(start, end) pairs of aware datetimes of the occurrences overlapping [window_start, window_end).

    `start` and `end` are those of the first occurrence; each later one keeps its wall-clock times.
    """
    local_start = start.astimezone(tz).replace(tzinfo=None)
    duration = end.astimezone(tz).replace(tzinfo=None) - local_start
    found = []
    for local in local_starts(local_start, rule, exceptions):
        occurrence_start = local.replace(tzinfo=tz)
        if occurrence_start >= window_end:
            break
        occurrence_end = (local + duration).replace(tzinfo=tz)
        if occurrence_end > window_start:
            found.append((occurrence_start, occurrence_end))
    return found


def expand_days(first_day, last_day, rule, exceptions, window_start, window_end):
    """(first, last) date pairs of all-day occurrences overlapping the dates [window_start, window_end)."""
    length = last_day - first_day
    found = []
    for local in local_starts(datetime.combine(first_day, time()), rule, exceptions):
        day = local.date()
        if day >= window_end:
            break
        if day + length >= window_start:
            found.append((day, day + length))
    return found


def local_midnight(day, tz=WARSAW):
    """The aware moment a local calendar day begins."""
    return datetime.combine(day, time()).replace(tzinfo=tz)
