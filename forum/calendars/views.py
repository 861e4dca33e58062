"""Calendar feeds and downloads over HTTP, in the language of the URL they are asked for: one view
serves every exporter of forum/calendars/exporters.py, so caching is decided in one place.

Pages behind a Wagtail view restriction (password, login, groups) are never in a feed. A personal
calendar is never cached and sends no referrer.

Calendar apps poll feeds every hour or so; most polls change nothing, so the answer to a
conditional GET (ETag / Last-Modified) is decided before anything is built: the ETag comes from
the site's content generation (any publish starts a new one), the newest entry of Wagtail's page
log (one indexed query, so a change another worker made counts too), the day (the window moves)
and the address asked for.
"""

import hashlib

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.http import condition
from wagtail.models import PageLogEntry

from core import clock
from core.caching import page_cache
from core.http.privacy_headers import secret_address
from forum.agenda import recurrence
from forum.calendars import exporters

MAX_AGE_SECONDS = 900


def _newest_page_change():
    """The id of Wagtail's newest page log entry: every publication, unpublication, move, deletion
    and view restriction of a page writes one, in the database every worker shares (the content
    generation lives in the cache, which without Redis is each worker's own)."""
    return PageLogEntry.objects.order_by("-pk").values_list("pk", flat=True).first()


def _etag(request, exporter):
    today = clock.now().astimezone(recurrence.WARSAW).date()
    key = f"{page_cache.generation()}|{_newest_page_change()}|{today}|{get_language()}"
    return hashlib.sha256(f"{key}|{request.get_full_path()}".encode()).hexdigest()[:32]


def _last_modified(request, exporter):
    start_of_day = recurrence.local_midnight(clock.now().astimezone(recurrence.WARSAW).date())
    return max(page_cache.changed_at(), start_of_day)


def _calendar_response(request, exporter):
    response = HttpResponse(exporter.ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'{exporter.disposition}; filename="{exporter.filename}"'
    return response


@condition(etag_func=_etag, last_modified_func=_last_modified)
def _public_calendar_response(request, exporter):
    response = _calendar_response(request, exporter)
    patch_cache_control(response, public=True, max_age=MAX_AGE_SECONDS)
    return response


def serve(exporter_class):
    """The view answering with one exporter's calendar: public ones cached and answered 304 when
    unchanged, personal ones kept from every cache."""

    def view(request, **kwargs):
        exporter = exporter_class(request, **kwargs)
        if exporter_class.public:
            return _public_calendar_response(request, exporter)
        return _calendar_response(request, exporter)

    view.__doc__ = exporter_class.__doc__
    return view if exporter_class.public else secret_address(view)


events_feed = serve(exporters.EventsFeed)
forum_feed = serve(exporters.ForumFeed)
occasion_download = serve(exporters.OccasionDownload)
personal_feed = serve(exporters.PersonalFeed)


def help_page(request):
    """How to subscribe in Google Calendar, Apple Calendar, Outlook and Thunderbird."""
    return render(request, "forum/calendar_help.html")
