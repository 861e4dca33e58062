"""The forum's own views: calendar feeds, downloads and the help page (under each language prefix)."""

from django.urls import path

from forum import feeds

urlpatterns = [
    path("calendar/events.ics", feeds.events_feed, name="calendar_events"),
    path("calendar/forum/<int:forum_id>.ics", feeds.forum_feed, name="calendar_forum"),
    path("calendar/occasion/<int:page_id>.ics", feeds.occasion_download, name="calendar_occasion"),
    path("calendar/help/", feeds.help_page, name="calendar_help"),
]
