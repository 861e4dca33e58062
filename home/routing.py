"""Find the page for a URL with two queries, however deep it lies.

Wagtail's Page.route walks the tree one level at a time, two queries a level (the child, then
its specific page), so a story four levels down costs eight queries before anything renders.
The url_path of every ancestor is known from the URL, so one query fetches the whole chain; the
walk hands over to a page's own `route` only where a page type overrides it (routable pages).
"""

from wagtail.models import Page


def route_by_url_path(root, request, path_components):
    """Route `path_components` below `root` as Page.route would, with one query for the chain."""
    prefixes = [
        root.url_path + "/".join(path_components[:length]) + "/"
        for length in range(1, len(path_components) + 1)
    ]
    found = {
        page.url_path: page
        for page in Page.objects.filter(url_path__in=prefixes, depth__gt=root.depth).only(
            "id", "url_path", "depth", "content_type_id"
        )
    }
    handler, consumed = root, 0
    for prefix in prefixes:
        page = found.get(prefix)
        if page is None or page.depth != root.depth + consumed + 1:
            break
        handler, consumed = page, consumed + 1
        if page.specific_class is None or page.specific_class.route is not Page.route:
            break
    if handler is root:
        return Page.route(root, request, path_components)
    return handler.specific.route(request, path_components[consumed:])
