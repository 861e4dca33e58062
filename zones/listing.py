"""What the lists of stories share: the cards' data in fixed queries and the way to the story list."""

from django.apps import apps

from core.caching import chrome_cache


def stories_for_listing(queryset):
    """Everything a story card shows, fetched in a fixed number of queries whatever the count."""
    return (
        queryset.live()
        .select_related("zone", "hero_image")
        .prefetch_related("tags", "hero_image__renditions")
        .order_by("-date", "-pk")
    )


def zones_in(locale_id):
    """The live zone pages of a language in the tree's order, kept until the next save (like the
    menus, core.caching.chrome_cache): the home page, idea lists and search name zones from it."""
    zone_page = apps.get_model("zones", "ZonePage")
    return chrome_cache.remember(
        "zones",
        locale_id,
        compute=lambda: list(zone_page.objects.live().filter(locale_id=locale_id).order_by("path")),
    )


def zones_by_title(locale_id):
    """The same zones in alphabetical order, as filters offer them."""
    return sorted(zones_in(locale_id), key=lambda zone: zone.title)


def story_index_for(locale_id):
    """The list of all stories in a language, for links from zones and stories (None if not built yet)."""
    return chrome_cache.first_live_page(apps.get_model("zones", "StoryIndexPage"), locale_id)
