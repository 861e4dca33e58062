"""Occasions as iCalendar (RFC 5545) data: the one builder behind every feed, download and attachment.

Pure functions of pages and their URLs; the HTTP side is forum/calendars/views.py. Calendar apps keep what
they once read, so each entry must identify itself the same way forever (UID from the page's
translation key), say when it changed (SEQUENCE, LAST-MODIFIED), and stay in the feed with
STATUS:CANCELLED when it is called off, or the app never learns.
"""

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from functools import cache

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vGeo, vRecur, vText

from forum.agenda import recurrence
from forum.enums import Status

PRODID = "-//Strefy Aktywnosci Sasiedzkiej//SAS CMS//PL"
UID_DOMAIN = "sas-cms"
REFRESH = timedelta(hours=1)
# Feeds keep a year of the past and everything to come.
PAST_WINDOW = timedelta(days=365)
STATUS = {
    Status.SCHEDULED: "CONFIRMED",
    Status.MOVED_ONLINE: "CONFIRMED",
    Status.POSTPONED: "TENTATIVE",
    Status.CANCELLED: "CANCELLED",
}
# RFC 5545's TEXT holds no control character but the tab (3.3.11); line breaks are written escaped.
# A byte order mark, invisible, is one too for icalendar, which drops it at the start of a value.
CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f\ufeff]")


@dataclass(frozen=True)
class Entry:
    """One occasion page for a calendar, with its public URL and SEQUENCE; `occurrence` narrows a
    repeating event to one of its dates (a single download); `waiting` marks a place on the
    waiting list in a personal calendar."""

    page: object
    url: str
    sequence: int = 0
    occurrence: object = None
    waiting: bool = False


def uid(page, occurrence=None):
    """Stable across edits, translations and restarts: the translation key is shared by every
    language version of the page and never changes. One occurrence downloaded on its own is an
    event of its own, so it gets its own UID."""
    if occurrence is None:
        return f"{page.translation_key}@{UID_DOMAIN}"
    return f"{page.translation_key}-{occurrence.local_day:%Y%m%d}@{UID_DOMAIN}"


def text(value):
    """Editors' text as iCalendar TEXT: each kind of line break (Enter, a word processor's manual
    break, Unicode's line separator) a line break, which icalendar escapes with `;` `,` and `\\`;
    the other control characters, which TEXT cannot hold, left out."""
    return vText("\n".join(CONTROL.sub("", line) for line in value.splitlines()))


def vocabulary():
    """The translated words entries are made of, in the active language: an entry kept from an earlier
    feed is reused only while they read the same (forum/calendars/kept_entries.py)."""
    return (
        _("Cancelled: %(title)s"),
        _("Postponed: %(title)s"),
        _("Accessibility: %(notes)s"),
    )


def summary(page):
    if page.status == Status.CANCELLED:
        return _("Cancelled: %(title)s") % {"title": page.title}
    if page.status == Status.POSTPONED:
        return _("Postponed: %(title)s") % {"title": page.title}
    return page.title


def description(page, url):
    """The summary, why it changed, accessibility, then the page address (most apps ignore URL)."""
    parts = [page.get_meta_description() or ""]
    if page.status != Status.SCHEDULED and page.status_reason:
        parts.append(page.status_reason)
    if page.accessibility_notes:
        parts.append(_("Accessibility: %(notes)s") % {"notes": page.accessibility_notes})
    parts.append(url)
    return "\n\n".join(part for part in parts if part)


def location(page):
    if page.is_online and page.online_url and page.attendance != "mixed":
        return page.online_url
    place = ", ".join(part for part in (page.venue_label, page.venue_full_address) if part)
    if page.attendance == "mixed" and page.online_url:
        return f"{place} / {page.online_url}" if place else page.online_url
    return place


def geo(page):
    """The zone library's coordinates, when the occasion takes place there."""
    zone = page.zone
    if zone is None or page.venue_name or page.venue_address or page.attendance == "online":
        return None
    if zone.latitude is None or zone.longitude is None:
        return None
    return vGeo((float(zone.latitude), float(zone.longitude)))


def categories(page):
    label = getattr(page, "get_event_type_display", None) or getattr(page, "get_kind_display", None)
    return [str(label())] if label else []


def _local(moment):
    return moment.astimezone(recurrence.WARSAW)


def rrule(page):
    """The series rule as RRULE, or None. A series without an end is expanded MAX_OCCURRENCES times
    on the site, so the feed says COUNT=MAX_OCCURRENCES and both list the same dates."""
    rule = page.recurrence_rule()
    if rule is None:
        return None
    value = {"FREQ": rule.frequency.upper(), "INTERVAL": rule.interval}
    if rule.weekdays:
        value["BYDAY"] = list(rule.weekdays)
    if rule.count:
        value["COUNT"] = min(rule.count, recurrence.MAX_OCCURRENCES)
    elif rule.until:
        last_moment = datetime.combine(rule.until, time(23, 59, 59))
        value["UNTIL"] = (
            rule.until if page.all_day else last_moment.replace(tzinfo=recurrence.WARSAW).astimezone(UTC)
        )
    else:
        value["COUNT"] = recurrence.MAX_OCCURRENCES
    return vRecur(value)


def _add_times(event, page, occurrence):
    if page.all_day:
        first, last = (occurrence.start, occurrence.end) if occurrence else (page.start_date, page.last_day)
        event.add("dtstart", first)
        event.add("dtend", last + timedelta(days=1))
        return
    start, end = (occurrence.start, occurrence.end) if occurrence else (page.start, page.end)
    event.add("dtstart", _local(start))
    event.add("dtend", _local(end))


def _add_series(event, page):
    rule = rrule(page)
    if rule is None:
        return
    event.add("rrule", rule)
    exceptions = sorted(page.recurrence_exceptions())
    if not exceptions:
        return
    if page.all_day:
        event.add("exdate", exceptions)
    else:
        start_time = _local(page.start).time().replace(tzinfo=None)
        event.add(
            "exdate",
            [datetime.combine(day, start_time).replace(tzinfo=recurrence.WARSAW) for day in exceptions],
        )


def event(entry):
    """The VEVENT of one entry."""
    page = entry.page
    item = Event()
    item.add("uid", uid(page, entry.occurrence))
    published = page.last_published_at or timezone.now()
    item.add("dtstamp", published)
    item.add("created", page.first_published_at or published)
    item.add("last-modified", published)
    item.add("sequence", entry.sequence)
    _add_times(item, page, entry.occurrence)
    if entry.occurrence is None:
        _add_series(item, page)
    title = summary(page)
    item.add("summary", text(_("Waiting list: %(title)s") % {"title": title} if entry.waiting else title))
    item.add("description", text(description(page, entry.url)))
    item.add("url", entry.url)
    place = location(page)
    if place:
        item.add("location", text(place))
    position = geo(page)
    if position is not None:
        item.add("geo", position)
    labels = categories(page)
    if labels:
        item.add("categories", labels)
    item.add(
        "status", "TENTATIVE" if entry.waiting and page.status != Status.CANCELLED else STATUS[page.status]
    )
    return item


@cache
def warsaw_timezone():
    """Europe/Warsaw as a VTIMEZONE: the EU rule (last Sunday of March and of October) since 1996,
    compact instead of a list of every past change. Built once per process: it never changes."""
    zone = Timezone()
    zone.add("tzid", "Europe/Warsaw")
    zone.add("x-lic-location", "Europe/Warsaw")
    for part, name, offset_from, offset_to, month, hour in (
        (TimezoneDaylight(), "CEST", 1, 2, 3, 2),
        (TimezoneStandard(), "CET", 2, 1, 10, 3),
    ):
        part.add("tzname", name)
        part.add("tzoffsetfrom", timedelta(hours=offset_from))
        part.add("tzoffsetto", timedelta(hours=offset_to))
        part.add("dtstart", datetime(1996, month, 31 if month == 3 else 27, hour))
        part.add("rrule", vRecur({"FREQ": "YEARLY", "BYMONTH": month, "BYDAY": "-1SU"}))
        zone.add_component(part)
    return zone


def calendar(entries, name, summary_text):
    """A VCALENDAR of `entries` named in the active language, with the Warsaw VTIMEZONE its times use.

    The name and description are editors' text (a title, a search description), so each goes in as
    `text`, escaped the iCalendar way: RFC 7986's NAME and DESCRIPTION, and the X-WR- names older apps
    read, which icalendar would otherwise write verbatim (and refuse a line break in). VALUE=TEXT
    says so to readers that do not know these names (icalendar itself would not unescape them)."""
    data = Calendar()
    data.add("prodid", PRODID)
    data.add("version", "2.0")
    data.add("calscale", "GREGORIAN")
    data.add("method", "PUBLISH")
    as_text = {"VALUE": "TEXT"}
    data.add("name", text(name), parameters=as_text)
    data.add("x-wr-calname", text(name), parameters=as_text)
    data.add("description", text(summary_text))
    data.add("x-wr-caldesc", text(summary_text), parameters=as_text)
    data.add("x-wr-timezone", "Europe/Warsaw")
    data.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    data.add("x-published-ttl", "PT1H")
    data.add_component(warsaw_timezone())
    for entry in entries:
        data.add_component(event(entry))
    return data


def calendar_of_serialised(vevents, name, summary_text):
    """The bytes of a VCALENDAR like `calendar`'s, holding VEVENTs already serialised by icalendar
    (`event(entry).to_ical()`, kept by forum/calendars/kept_entries.py) in their order."""
    end = b"END:VCALENDAR\r\n"
    head = calendar([], name, summary_text).to_ical()
    return b"".join([head.removesuffix(end), *(vevent.encode() for vevent in vevents), end])


def in_window(occasions, now):
    """The occasions a feed keeps: a year back and everything to come; cancelled ones until they are past."""
    return occasions.filter(span_end__gt=now - PAST_WINDOW).exclude(
        status=Status.CANCELLED, span_end__lte=now
    )
