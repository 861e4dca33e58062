"""What the zones app adds to pages it does not own."""

from wagtail import hooks

from zones.listing import stories_for_listing, story_index_for
from zones.models import StoryPage, ZonePage

HOME_STORIES = 3


@hooks.register("page_sections:home")
def latest_stories_on_home(request, page):
    stories = list(stories_for_listing(StoryPage.objects.filter(locale_id=page.locale_id))[:HOME_STORIES])
    if not stories:
        return None
    return "zones/includes/home_stories.html", {
        "stories": stories,
        "story_index": story_index_for(page.locale_id),
    }


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
