"""Pagination that never fails on what a visitor types into the address bar."""

from django.apps import apps
from django.core.paginator import EmptyPage, Paginator
from django.http import Http404


def paginate(request, queryset, per_page):
    """The requested page of `queryset`: page 1 for a missing or non-numeric number, 404 past the end."""
    paginator = Paginator(queryset, per_page)
    try:
        number = int(request.GET.get("page", 1))
    except ValueError:
        number = 1
    try:
        return paginator.page(max(number, 1))
    except EmptyPage:
        raise Http404 from None


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
