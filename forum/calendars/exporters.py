"""Every calendar output of the site, declared in one place: what each holds, what it is called and
whether caches may keep it. forum/calendars/ical.py builds the iCalendar data for all of them;
forum/calendars/views.py serves every HTTP one with the same caching. Adding a format is adding a class.
"""

from datetime import date, timedelta

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from core import clock
from forum.agenda import listing, localized, recurrence
from forum.calendars import ical, kept_entries, sequence
from forum.enums import Attendance, EventType, Status
from forum.models import EventPage, ForumPage, PersonalCalendar, Registration, RegistrationStatus, SessionPage
from zones.models import ZonePage

SCHEMA_STATUS = {
    Status.SCHEDULED: "https://schema.org/EventScheduled",
    Status.CANCELLED: "https://schema.org/EventCancelled",
    Status.POSTPONED: "https://schema.org/EventPostponed",
    Status.MOVED_ONLINE: "https://schema.org/EventMovedOnline",
}


SCHEMA_ATTENDANCE = {
    Attendance.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    Attendance.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    Attendance.MIXED: "https://schema.org/MixedEventAttendanceMode",
}


class CalendarExporter:
    """One .ics output. Subclasses declare `filename`, `disposition` and `public` (False keeps it
    out of every cache) and build `entries`, `name` and `summary` from the request."""

    filename = "calendar.ics"
    disposition = "inline"
    public = True

    def __init__(self, request, **kwargs):
        self.request = request

    def entries(self):
        raise NotImplementedError

    def data(self):
        return ical.calendar(self.entries(), self.name, self.summary)

    def ical(self):
        """The calendar as the bytes of an .ics file."""
        return self.data().to_ical()

    def entries_of(self, occasions):
        """Calendar entries for live occasion pages, each with its public URL and SEQUENCE."""
        occasions = list(occasions)
        sequences = sequence.sequences(occasions)
        urls = [(page, page.get_full_url(self.request)) for page in occasions]
        return [ical.Entry(page, url, sequences.get(page.pk, 0)) for page, url in urls if url]


class EventsFeed(CalendarExporter):
    """Every event, or those of one zone, type and audience: the agenda's filters, same names.
    Each entry is serialised once and kept until something it shows changes (forum/calendars/kept_entries.py)."""

    filename = "sas-events.ics"
    # Every column an entry of ical.event() reads, its URL's among them: what decides whether
    # a kept entry still holds. Pages built again load only these, so a column read but not named
    # here costs a query per event, which the feed's query count tests catch.
    entry_fields = (
        "translation_key",
        "url_path",
        "title",
        "search_description",
        "intro",
        "first_published_at",
        "last_published_at",
        "status",
        "status_reason",
        "accessibility_notes",
        "event_type",
        "all_day",
        "start",
        "end",
        "start_date",
        "end_date",
        "repeat",
        "repeat_interval",
        "repeat_weekdays",
        "repeat_until",
        "repeat_count",
        "repeat_exceptions",
        "venue_name",
        "venue_address",
        "attendance",
        "online_url",
        "zone__branch_name",
        "zone__street",
        "zone__postal_code",
        "zone__city",
        "zone__latitude",
        "zone__longitude",
    )

    def __init__(self, request):
        super().__init__(request)
        language = get_language()
        # Zones are needed only to check a zone asked for and to name the feed after it.
        zones = ZonePage.objects.none()
        if request.GET.get("zone"):
            zones = ZonePage.objects.live().filter(locale__language_code=language)
        self.filters = listing.AgendaFilters(request.GET, zones.only("slug", "title", "translation_key"))
        if not self.filters.is_valid():
            raise Http404
        self.events = self.filters.apply(EventPage.objects.live().filter(locale__language_code=language))
        self.name = " · ".join([_("SAS Łódź: events"), *filter_labels(self.filters)])
        self.summary = _("Events of the Neighbourhood Activity Zones in the libraries of Łódź.")

    def listed(self):
        # Public only: asked here, not when the feed is made, so a 304 costs no query for it.
        return ical.in_window(self.events.public(), clock.now()).order_by("span_start")

    def entries(self):
        return self.entries_of(self.listed().only(*self.entry_fields).select_related("zone"))

    def ical(self):
        words = [str(label) for label in EventType.labels]
        vevents = kept_entries.vevents(self, self.listed(), self.entry_fields, words)
        return ical.calendar_of_serialised(vevents, self.name, self.summary)


def filter_labels(filters):
    """The chosen zone, type and audience as visitors read them."""
    chosen = filters.cleaned_data
    labels = []
    if chosen["zone"]:
        labels.append(filters.zones[chosen["zone"]].title)
    for name in ("type", "audience"):
        if chosen[name]:
            labels.append(str(dict(filters.fields[name].choices)[chosen[name]]))
    return labels


class ForumFeed(CalendarExporter):
    """The Forum programme: every session, or those in one room (`?room=<id>`)."""

    def __init__(self, request, forum_id):
        super().__init__(request)
        forum = get_object_or_404(
            ForumPage.objects.live().public(), pk=forum_id, locale__language_code=get_language()
        )
        self.sessions = SessionPage.objects.live().public().child_of(forum)
        self.name, self.filename = forum.title, f"{forum.slug}.ics"
        self.summary = _("The programme of %(forum)s.") % {"forum": forum.title}
        room_id = request.GET.get("room")
        if room_id is not None:
            if not room_id.isdigit():
                raise Http404
            room = get_object_or_404(forum.rooms, pk=int(room_id))
            self.sessions = self.sessions.filter(room__translation_key=room.translation_key)
            self.name = f"{forum.title} · {room.name}"

    def listed(self):
        return ical.in_window(self.sessions, clock.now()).order_by("span_start")

    def entries(self):
        return self.entries_of(self.listed().select_related("zone", "locale", "room"))


class OccasionDownload(CalendarExporter):
    """One event or session as a file to open in a calendar app; one occurrence of a series."""

    disposition = "attachment"

    def __init__(self, request, page_id):
        super().__init__(request)
        page = get_object_or_404(Page.objects.live().public().specific(), pk=page_id)
        if not isinstance(page, EventPage | SessionPage):
            raise Http404
        self.occurrence = chosen_occurrence(page, request.GET.get("date"))
        if self.occurrence is None:
            raise Http404
        self.page, self.filename = page, f"{page.slug}.ics"
        self.name = page.title
        self.summary = page.get_meta_description() or page.title

    def entries(self):
        page = self.page
        number = sequence.sequences([page]).get(page.pk, 0)
        return [ical.Entry(page, page.get_full_url(self.request), number, self.occurrence)]


def chosen_occurrence(occasion, day_text):
    """The occurrence on the day asked for, or the next one to come (the last, when all are past)."""
    if day_text is not None:
        try:
            day = date.fromisoformat(day_text)
        except ValueError as error:
            raise Http404 from error
        start = recurrence.local_midnight(day)
        found = occasion.occurrences_between(start, start + timedelta(days=1))
        found = [occurrence for occurrence in found if occurrence.local_day == day]
        if not found:
            raise Http404
        return found[0]
    if occasion.span_start is None:
        return None
    now = clock.now()
    if occasion.span_end > now:
        upcoming = occasion.occurrences_between(now, occasion.span_end)
        if upcoming:
            return upcoming[0]
    every = occasion.occurrences_between(occasion.span_start, occasion.span_end)
    return every[-1] if every else None


class PersonalFeed(CalendarExporter):
    """The occasions one mailbox confirmed, at the secret address its manage pages show; places on
    a waiting list are marked as tentative. Personal: no cache keeps it."""

    filename = "my-registrations.ics"
    public = False

    def __init__(self, request, token):
        super().__init__(request)
        owner = PersonalCalendar.objects.filter(token=token).first()
        if owner is None:
            raise Http404
        self.email = owner.email
        self.name, self.summary = _("My registrations"), _("The events you registered for.")

    def entries(self):
        registrations = dict(
            Registration.objects.filter(
                email=self.email,
                erased_at=None,
                email_confirmed_at__isnull=False,
                status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED],
            ).values_list("occasion_id", "status")
        )
        pages = localized.localized_pages(list(registrations), get_language())
        sequences = sequence.sequences(pages.values())
        return [
            ical.Entry(
                page,
                page.get_full_url(self.request),
                sequences.get(page.pk, 0),
                waiting=registrations[original_id] == RegistrationStatus.WAITLISTED,
            )
            for original_id, page in pages.items()
        ]


class EmailAttachment:
    """The occasion (a whole series, when it repeats) attached to a registrant's e-mail, with the
    SEQUENCE all its translations share, so the mail replaces what her calendar holds."""

    content_type = "text/calendar"

    # The outbox keeps a file name of at most 100 characters; a slug may have 255.
    longest_slug = 96

    def __init__(self, page, occasion):
        self.page, self.occasion = page, occasion
        self.filename = f"{page.slug[: self.longest_slug]}.ics"

    def data(self):
        page = self.page
        entry = ical.Entry(page, page.get_full_url() or "", sequence.shared_sequence(self.occasion))
        return ical.calendar([entry], page.title, page.get_meta_description() or page.title)


class EventJsonLd:
    """The occasion (or one occurrence of it) as a schema.org Event, for search engines."""

    def __init__(self, page, url, occurrence=None):
        self.page, self.url, self.occurrence = page, url, occurrence

    def data(self):
        page = self.page
        when = self.occurrence or page.first_occurrence
        attendance = Attendance.ONLINE if page.status == Status.MOVED_ONLINE else page.attendance
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": page.title,
            "url": self.url,
            "startDate": when.start.isoformat(),
            "endDate": when.end.isoformat(),
            "eventStatus": SCHEMA_STATUS[page.status],
            "eventAttendanceMode": SCHEMA_ATTENDANCE[attendance],
            "inLanguage": page.language,
        }
        description = page.get_meta_description()
        if description:
            data["description"] = description
        location = self.location(attendance)
        if location:
            data["location"] = location
        if page.capacity is not None:
            data["maximumAttendeeCapacity"] = page.capacity
        return data

    def location(self, attendance):
        page, places = self.page, []
        if attendance != Attendance.ONLINE and (page.venue_label or page.venue_full_address):
            places.append({"@type": "Place", "name": page.venue_label, "address": page.venue_full_address})
        if attendance != Attendance.IN_PERSON and page.online_url:
            places.append({"@type": "VirtualLocation", "url": page.online_url})
        return places[0] if len(places) == 1 else places
