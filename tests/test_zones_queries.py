"""List pages fetch what they show in a fixed number of queries, however much content there is."""

import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests.factories.zones import (
    LocalLeaderFactory,
    NeedsFindingFactory,
    StoryPageFactory,
    ZonePageFactory,
    story_indexes,
    zone_indexes,
)
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db


def build(homes, locales, stories_count):
    zones = zone_indexes(homes, locales)
    photo = Image.objects.create(title="Zdjęcie", file=get_test_image_file())
    zone_pages = [ZonePageFactory(parent=zones["pl"], photo=photo) for _ in range(max(stories_count // 5, 1))]
    for zone in zone_pages:
        NeedsFindingFactory(zone=zone)
        LocalLeaderFactory(zone=zone, photo=photo, photo_consent=True)
    for number in range(stories_count):
        story = StoryPageFactory(
            parent=zone_pages[number % len(zone_pages)], hero_image=photo, hero_alt="Zdjęcie"
        )
        story.tags.add(f"tag-{number % 4}", "sąsiedzi")
        story.save()
    stories = story_indexes(homes, locales)["pl"]
    return {
        "zone index": zones["pl"].url,
        "zone page": zone_pages[0].url,
        "story index": stories.url,
        "story index filtered": f"{stories.url}?tag=sąsiedzi",
        "story page": story.url,
        "rss": f"{stories.url}feed/rss/",
    }


@pytest.mark.parametrize(
    "page", ["zone index", "zone page", "story index", "story index filtered", "story page", "rss"]
)
def test_query_count_does_not_grow_with_content(client, homes, locales, django_assert_max_num_queries, page):
    small = queries_for(client, build(homes, locales, 5)[page])
    for model_page in homes["pl"].get_children():
        model_page.delete()

    large_url = build(homes, locales, 50)[page]

    assert queries_for(client, large_url) == small
    with django_assert_max_num_queries(small):
        client.get(large_url)
