"""Page sections rendered once and kept while they stay true.

A section added by another app (home/templatetags/page_sections.py) shows content and, at most,
what the clock makes of it (the next events, the next Forum). Rendering it costs most of a home or
zone page's queries, yet its HTML changes only when content is saved (a new page-cache generation,
home.page_cache) or when the moment it noted while rendering (home.freshness) passes. Kept under a
key of that generation, with that moment, it is exact; the moment is noted again for the page
each time the kept copy is used, so the page's own cache lifetime stays right.
"""

from django.core.cache import cache
from django.utils import translation

from home import clock, freshness, page_cache

KEPT_SECONDS = 3600


def _key(request, page, hook):
    return ":".join(
        [
            "section",
            str(page_cache.generation()),
            f"{hook.__module__}.{hook.__qualname__}",
            str(page.pk),
            translation.get_language() or "",
            request.get_host(),
        ]
    )


def rendered(request, page, hook, render):
    """The section `hook` adds to `page`, from the kept copy while it is true, else from `render()`."""
    if getattr(request, "is_preview", False) or page.pk is None:
        return render()
    key = _key(request, page, hook)
    kept = cache.get(key)
    if kept is not None:
        html, until = kept
        if until is None or clock.now() < until:
            freshness.true_until(request, until)
            return html
    html, until = freshness.noted_while(request, render)
    cache.set(key, (html, until), KEPT_SECONDS)
    return html
