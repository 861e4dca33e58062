"""What the lists of stories share: the cards' data in fixed queries and the way to the story list."""

from django.apps import apps


def stories_for_listing(queryset):
    """Everything a story card shows, fetched in a fixed number of queries whatever the count."""
    return (
        queryset.live()
        .select_related("zone", "hero_image")
        .prefetch_related("tags", "hero_image__renditions")
        .order_by("-date", "-pk")
    )


def story_index_for(locale_id):
    """The list of all stories in a language, for links from zones and stories (None if not built yet)."""
    story_index = apps.get_model("zones", "StoryIndexPage")
    return story_index.objects.live().filter(locale_id=locale_id).first()
