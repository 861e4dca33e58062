"""What the zones app adds to pages it does not own: the zones and the latest stories on the home
page, the branches in the accessibility statement; a zone librarian's panel on the admin
dashboard and her explorer opening at her zone; and the story tags under Snippets."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.caching import chrome_cache
from zones import dashboard, editor_guide, explorer
from zones.listing import stories_for_listing, story_index_for, zones_in
from zones.models import StoryPage, StoryTopic, ZoneIndexPage, ZonePage
from zones.models.zones import map_data

HOME_STORIES = 3


class StoryTopicViewSet(SnippetViewSet):
    """Story tags, listed per language; wagtail-localize adds their translation like any snippet's."""

    model = StoryTopic
    icon = "tag"
    list_display = ["name", "slug"]


register_snippet(StoryTopicViewSet)


@hooks.register("page_sections:home", order=-20)
def zones_on_home(request, page):
    """The six zones on a map and as a list, as on the list of zones (the list is the no-JavaScript
    way to the same places)."""
    zones = zones_in(page.locale_id)
    if not zones:
        return None
    zone_index = chrome_cache.first_live_page(ZoneIndexPage, page.locale_id)
    return "zones/includes/home_zones.html", {
        "zones": zones,
        "zone_index": zone_index,
        "map_data": map_data(zones, request),
    }


@hooks.register("page_sections:home")
def latest_stories_on_home(request, page):
    stories = list(stories_for_listing(StoryPage.objects.filter(locale_id=page.locale_id))[:HOME_STORIES])
    if not stories:
        return None
    return "zones/includes/home_stories.html", {
        "stories": stories,
        "story_index": story_index_for(page.locale_id),
    }


hooks.register("construct_homepage_panels", dashboard.add_zone_panel)
hooks.register("construct_main_menu", explorer.start_at_zone)


@hooks.register("accessibility_statement_branches")
def branches_in_the_statement(locale):
    """The library branches that host zones, with their accessibility, in the statement's language."""
    return (
        ZonePage.objects.live()
        .filter(locale=locale)
        .order_by("path")
        .only(
            "title",
            "branch_name",
            "street",
            "postal_code",
            "city",
            "step_free_entry",
            "accessible_toilet",
            "induction_loop",
            "accessibility_notes",
        )
    )


hooks.register("editor_guide_sections", editor_guide.editor_guide_sections)
