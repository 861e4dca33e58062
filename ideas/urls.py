"""Residents' idea pages under each language prefix, addressed in the page's language (the
"address" context of the catalogue); the feeds keep technical names, so a subscription never moves."""

from django.urls import path
from django.utils.text import format_lazy
from django.utils.translation import pgettext_lazy

from core.http import converters  # noqa: F401  (registers the page_id converter used below)
from core.routing.old_addresses import with_english_addresses
from ideas import feeds, views

IDEAS = pgettext_lazy("address", "ideas/")
ZONE = format_lazy("{}{}<page_id:zone_id>/", IDEAS, pgettext_lazy("address", "zone/"))
IDEA = format_lazy("{}<page_id:idea_id>/", IDEAS)
SUPPORT = pgettext_lazy("address", "support/")
SENT = pgettext_lazy("address", "sent/")

urlpatterns = [
    path("ideas/zone/<page_id:zone_id>/feed/rss/", feeds.rss, name="ideas_rss"),
    path("ideas/zone/<page_id:zone_id>/feed/atom/", feeds.atom, name="ideas_atom"),
    *with_english_addresses(
        [
            path(ZONE, views.zone_ideas, name="ideas_zone"),
            path(
                format_lazy("{}{}", ZONE, pgettext_lazy("address", "propose/")),
                views.propose,
                name="ideas_propose",
            ),
            path(format_lazy("{}{}", ZONE, SENT), views.sent, name="ideas_sent"),
            path(IDEA, views.idea_page, name="ideas_idea"),
            path(format_lazy("{}{}", IDEA, SUPPORT), views.support, name="ideas_support"),
            path(format_lazy("{}{}{}", IDEA, SUPPORT, SENT), views.support_sent, name="ideas_support_sent"),
            path(
                format_lazy("{}{}<str:token>/", IDEAS, pgettext_lazy("address", "confirm/")),
                views.confirm,
                name="ideas_confirm",
            ),
        ]
    ),
]
