"""RSS 2.0 and Atom feeds of a zone's published ideas, in the language of their address."""

from django.http import HttpResponse
from django.urls import reverse
from django.utils import feedgenerator
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control

from core.xml_text import xml_text
from ideas import listing

FEED_LENGTH = 20
# A front cache keeps a feed this long, so a newly published idea reaches readers within minutes.
FEED_MAX_AGE = 300


def _feed(request, zone_id, feed_class):
    zone, shown = listing.zone_pages(zone_id)
    feed = feed_class(
        title=xml_text(_("%(title)s – residents' ideas") % {"title": shown.title}),
        link=request.build_absolute_uri(reverse("ideas_zone", args=[shown.pk])),
        description=_("Ideas residents propose for the zone's local action."),
        language=shown.locale.language_code,
        feed_url=request.build_absolute_uri(),
    )
    for idea in listing.published(zone.ideas.all())[:FEED_LENGTH]:
        url = request.build_absolute_uri(reverse("ideas_idea", args=[idea.pk]))
        feed.add_item(
            title=xml_text(idea.title),
            link=url,
            description=xml_text(idea.description),
            unique_id=url,
            author_name=xml_text(idea.public_name) or None,
            pubdate=idea.published_at,
            updateddate=idea.edited_at or idea.published_at,
            categories=[str(idea.get_status_display())],
        )
    response = HttpResponse(content_type=feed.content_type)
    feed.write(response, "utf-8")
    return response


@cache_control(public=True, max_age=FEED_MAX_AGE)
def rss(request, zone_id):
    return _feed(request, zone_id, feedgenerator.Rss201rev2Feed)


@cache_control(public=True, max_age=FEED_MAX_AGE)
def atom(request, zone_id):
    return _feed(request, zone_id, feedgenerator.Atom1Feed)
