"""The forum's own views under each language prefix: calendar feeds and downloads, registration.

Pages people read are addressed in their language (the "address" context of the catalogue); the
feeds keep technical names, since calendar apps never follow a language and a subscription must
not move."""

from django.urls import path
from django.utils.text import format_lazy
from django.utils.translation import pgettext_lazy

from core.http import converters  # noqa: F401  (registers the page_id converter used below)
from core.routing.old_addresses import with_english_addresses
from forum.calendars import views as calendar_views
from forum.registrations import views

REGISTRATION = pgettext_lazy("address", "registration/")

urlpatterns = [
    path("calendar/events.ics", calendar_views.events_feed, name="calendar_events"),
    path("calendar/forum/<page_id:forum_id>.ics", calendar_views.forum_feed, name="calendar_forum"),
    path(
        "calendar/occasion/<page_id:page_id>.ics", calendar_views.occasion_download, name="calendar_occasion"
    ),
    path("calendar/personal/<str:token>.ics", calendar_views.personal_feed, name="calendar_personal"),
    *with_english_addresses(
        [
            path(pgettext_lazy("address", "calendar/help/"), calendar_views.help_page, name="calendar_help"),
            path(
                format_lazy("{}<page_id:page_id>/", REGISTRATION),
                views.registration_form,
                name="registration_form",
            ),
            path(
                format_lazy("{}<page_id:page_id>/{}", REGISTRATION, pgettext_lazy("address", "sent/")),
                views.registration_sent,
                name="registration_sent",
            ),
            path(
                format_lazy("{}{}<str:token>/", REGISTRATION, pgettext_lazy("address", "manage/")),
                views.manage,
                name="registration_manage",
            ),
            path(
                format_lazy("{}{}", REGISTRATION, pgettext_lazy("address", "links/")),
                views.request_links,
                name="registration_links",
            ),
        ]
    ),
]
