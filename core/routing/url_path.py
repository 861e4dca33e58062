"""Find the page for a URL with two queries, however deep it lies.

Wagtail's Page.route walks the tree one level at a time, two queries a level (the child, then
its specific page), so a story four levels down costs eight queries before anything renders.
The url_path of every ancestor is known from the URL, so one query fetches the whole chain; the
walk hands over to a page's own `route` only where a page type overrides it and the rest of the
URL may be its own: a routable page (a zone with its feeds) is passed by when the rest of the URL
is none of its routes but names a child page, as Wagtail itself would find that child.
"""

import hashlib

from django.urls import Resolver404
from django.utils.translation import override
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from core.caching import chrome_cache
from core.routing.translated_routes import TranslatedRoutesMixin


def route_by_url_path(root, request, path_components):
    """Route `path_components` below `root` as Page.route would, with one query for the chain; the
    page found is kept per content generation, so a page visited again is routed without any."""
    path = "/".join(path_components)
    handler, consumed = chrome_cache.remember(
        "route",
        root.pk,
        hashlib.sha256(path.encode()).hexdigest(),
        compute=lambda: _handler(root, path_components),
    )
    if handler is None:
        return Page.route(root, request, path_components)
    return handler.route(request, path_components[consumed:])


def _handler(root, path_components):
    """The specific page below `root` that routes the rest of the URL and how many parts of the
    URL lead to it, or (None, 0) when the URL names no page below `root`."""
    prefixes = [
        root.url_path + "/".join(path_components[:length]) + "/"
        for length in range(1, len(path_components) + 1)
    ]
    found = {
        page.url_path: page
        for page in Page.objects.filter(url_path__in=prefixes, depth__gt=root.depth).only(
            "id", "url_path", "depth", "content_type_id", "live", "locale_id"
        )
    }
    handler, consumed = None, 0
    for prefix in prefixes:
        page = found.get(prefix)
        if page is None or page.depth != root.depth + consumed + 1:
            break
        handler, consumed = page, consumed + 1
        child = found.get(prefixes[consumed]) if consumed < len(prefixes) else None
        if _routes_itself(page, path_components[consumed:], child):
            break
    return (None, 0) if handler is None else (handler.specific, consumed)


def _routes_itself(page, rest, child):
    """Whether `page` must route `rest` of the URL itself rather than hand it to `child`, the page
    the next part of the URL names (or None)."""
    page_class = page.specific_class
    if page_class is None or page_class.route is Page.route:
        return False
    if child is None or page_class.route not in (RoutablePageMixin.route, TranslatedRoutesMixin.route):
        return True
    if not page.live:
        return False
    try:
        with override(chrome_cache.language_code_of(page.locale_id)):
            page_class.get_resolver().resolve("/" + "/".join(rest) + "/")
    except Resolver404:
        return False
    return True
