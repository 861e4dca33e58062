"""Residents' idea pages under each language prefix."""

from django.urls import path

from forum import converters  # noqa: F401  (registers the page_id converter used below)
from ideas import feeds, views

urlpatterns = [
    path("ideas/zone/<page_id:zone_id>/", views.zone_ideas, name="ideas_zone"),
    path("ideas/zone/<page_id:zone_id>/propose/", views.propose, name="ideas_propose"),
    path("ideas/zone/<page_id:zone_id>/sent/", views.sent, name="ideas_sent"),
    path("ideas/zone/<page_id:zone_id>/feed/rss/", feeds.rss, name="ideas_rss"),
    path("ideas/zone/<page_id:zone_id>/feed/atom/", feeds.atom, name="ideas_atom"),
    path("ideas/<page_id:idea_id>/", views.idea_page, name="ideas_idea"),
    path("ideas/<page_id:idea_id>/support/", views.support, name="ideas_support"),
    path("ideas/<page_id:idea_id>/support/sent/", views.support_sent, name="ideas_support_sent"),
    path("ideas/confirm/<str:token>/", views.confirm, name="ideas_confirm"),
]
