"""Calendar feeds and downloads over HTTP, in the language of the URL they are asked for.

Pages behind a Wagtail view restriction (password, login, groups) are never in a feed.

Calendar apps poll feeds every hour or so; most polls change nothing, so the answer to a
conditional GET (ETag / Last-Modified) is decided before anything is built: the ETag comes from
the site's content generation (any publish starts a new one), the day (the window moves) and the
address asked for.
"""

import hashlib
from datetime import date, timedelta

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import condition
from wagtail.models import Locale, Page

from forum import agenda, calendars, clock, recurrence, sequence
from forum.models import EventPage, ForumPage, SessionPage
from home import page_cache
from zones.models import ZonePage

MAX_AGE_SECONDS = 900


def _etag(request, *args, **kwargs):
    key = f"{page_cache.generation()}|{clock.now().astimezone(recurrence.WARSAW).date()}|{get_language()}"
    return hashlib.sha256(f"{key}|{request.get_full_path()}".encode()).hexdigest()[:32]


def _last_modified(request, *args, **kwargs):
    start_of_day = recurrence.local_midnight(clock.now().astimezone(recurrence.WARSAW).date())
    return max(page_cache.changed_at(), start_of_day)


feed_condition = condition(etag_func=_etag, last_modified_func=_last_modified)


def _response(data, filename, disposition="inline"):
    response = HttpResponse(data.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    patch_cache_control(response, public=True, max_age=MAX_AGE_SECONDS)
    return response


def _entries(request, occasions):
    occasions = list(occasions)
    sequences = sequence.sequences(occasions)
    urls = [(page, page.get_full_url(request)) for page in occasions]
    return [calendars.Entry(page, url, sequences.get(page.pk, 0)) for page, url in urls if url]


def _active_locale():
    return Locale.objects.get(language_code=get_language())


@feed_condition
def events_feed(request):
    """Every event, or those of one zone, type and audience: the agenda's filters, same names."""
    locale = _active_locale()
    zones = ZonePage.objects.live().filter(locale=locale).order_by("title")
    filters = agenda.AgendaFilters(request.GET, zones)
    if not filters.is_valid():
        raise Http404
    events = filters.apply(EventPage.objects.live().public().filter(locale=locale))
    # The description is not in a calendar entry: leave the body (the largest column) unread.
    events = calendars.in_window(events, clock.now()).defer("body").select_related("zone", "locale")
    events = events.order_by("span_start")
    chosen = [label for label in filter_labels(filters) if label]
    name = " · ".join([_("SAS Łódź: events"), *chosen])
    summary = _("Events of the Neighbourhood Activity Zones in the libraries of Łódź.")
    return _response(calendars.calendar(_entries(request, events), name, summary), "sas-events.ics")


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


@feed_condition
def forum_feed(request, forum_id):
    """The Forum programme: every session, or those in one room (`?room=<id>`)."""
    forum = get_object_or_404(
        ForumPage.objects.live().public(), pk=forum_id, locale__language_code=get_language()
    )
    sessions = SessionPage.objects.live().public().child_of(forum)
    name = forum.title
    room_id = request.GET.get("room")
    if room_id is not None:
        if not room_id.isdigit():
            raise Http404
        room = get_object_or_404(forum.rooms, pk=int(room_id))
        sessions = sessions.filter(room__translation_key=room.translation_key)
        name = f"{forum.title} · {room.name}"
    sessions = calendars.in_window(sessions, clock.now()).select_related("zone", "locale", "room")
    summary = _("The programme of %(forum)s.") % {"forum": forum.title}
    data = calendars.calendar(_entries(request, sessions.order_by("span_start")), name, summary)
    return _response(data, f"{forum.slug}.ics")


def _occurrence(occasion, day_text):
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


@feed_condition
def occasion_download(request, page_id):
    """One event or session as a file to open in a calendar app; one occurrence of a series."""
    page = get_object_or_404(Page.objects.live().public().specific(), pk=page_id)
    if not isinstance(page, EventPage | SessionPage):
        raise Http404
    occurrence = _occurrence(page, request.GET.get("date"))
    if occurrence is None:
        raise Http404
    entry = calendars.Entry(
        page, page.get_full_url(request), sequence.sequences([page]).get(page.pk, 0), occurrence
    )
    data = calendars.calendar([entry], page.title, page.get_meta_description() or page.title)
    return _response(data, f"{page.slug}.ics", disposition="attachment")


def help_page(request):
    """How to subscribe in Google Calendar, Apple Calendar, Outlook and Thunderbird."""
    return render(request, "forum/calendar_help.html")
