"""RSS 2.0 and Atom feeds of stories, built with Django's feed generator from one list of stories."""

import datetime

from django.http import HttpResponse
from django.utils import feedgenerator, timezone
from django.utils.translation import gettext as _

from core.xml_text import xml_text

RSS = feedgenerator.Rss201rev2Feed
ATOM = feedgenerator.Atom1Feed
FEED_LENGTH = 20


def story_feed(request, page, stories, feed_class):
    """The latest stories as a feed whose channel is `page` (a story list or a zone)."""
    feed = feed_class(
        title=xml_text(_("%(title)s – stories") % {"title": page.title}),
        link=page.get_full_url(request),
        description=xml_text(page.get_meta_description() or page.title),
        language=page.locale.language_code,
        feed_url=request.build_absolute_uri(),
    )
    for story in stories[:FEED_LENGTH]:
        url = story.get_full_url(request)
        feed.add_item(
            title=xml_text(story.title),
            link=url,
            description=xml_text(story.intro),
            unique_id=url,
            author_name=xml_text(story.author),
            pubdate=timezone.make_aware(datetime.datetime.combine(story.date, datetime.time(12))),
            updateddate=story.last_published_at,
            categories=[xml_text(tag.name) for tag in story.tags.all()],
        )
    response = HttpResponse(content_type=feed.content_type)
    feed.write(response, "utf-8")
    return response
