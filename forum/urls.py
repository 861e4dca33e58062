"""The forum's own views under each language prefix: calendar feeds and downloads, registration."""

from django.urls import path

from forum import (
    converters,  # noqa: F401  (registers the page_id converter used below)
    feeds,
    views,
)

urlpatterns = [
    path("calendar/events.ics", feeds.events_feed, name="calendar_events"),
    path("calendar/forum/<page_id:forum_id>.ics", feeds.forum_feed, name="calendar_forum"),
    path("calendar/occasion/<page_id:page_id>.ics", feeds.occasion_download, name="calendar_occasion"),
    path("calendar/help/", feeds.help_page, name="calendar_help"),
    path("calendar/personal/<str:token>.ics", feeds.personal_feed, name="calendar_personal"),
    path("registration/<page_id:page_id>/", views.registration_form, name="registration_form"),
    path("registration/<page_id:page_id>/sent/", views.registration_sent, name="registration_sent"),
    path("registration/manage/<str:token>/", views.manage, name="registration_manage"),
    path("registration/links/", views.request_links, name="registration_links"),
]
