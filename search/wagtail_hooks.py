"""What the search app adds to the ground floor's hooks."""

from django.urls import reverse
from wagtail import hooks


@hooks.register("front_cache_paths")
def search_lists_every_page():
    """Search results may show any page, so a page change purges the search page (in the active language)."""
    return [reverse("search")]
