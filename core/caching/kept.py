"""Parts of pages rendered once and kept while they stay true.

A part that shows content and, at most, what the clock makes of it (the next events, this month,
the next Forum) changes only when content is saved, which starts a new page-cache generation
(core.caching.page_cache), or when the moment it noted while rendering (core.caching.freshness) passes. Kept under
a key of that generation, with that moment, it is exact; the moment is noted again for the page
each time the kept copy is used, so the page's own cache lifetime stays right. Nothing that
depends on the visitor (forms with a CSRF token, her registrations) may be kept. Previews are
rendered afresh.
"""

import hashlib

from django.core.cache import cache
from django.utils import translation

from core import clock
from core.caching import freshness, page_cache

KEPT_SECONDS = 3600


def _key(request, name, parts):
    varying = "|".join([translation.get_language() or "", request.get_host(), *map(str, parts)])
    digest = hashlib.sha256(varying.encode()).hexdigest()
    return f"kept:{page_cache.generation()}:{name}:{digest}"


def rendered(request, name, parts, render):
    """The part `name` for `parts` (what else it varies on), from the kept copy while it is true,
    else from `render()`."""
    if request is None or getattr(request, "is_preview", False):
        return render()
    key = _key(request, name, parts)
    kept = cache.get(key)
    if kept is not None:
        html, until = kept
        if until is None or clock.now() < until:
            freshness.true_until(request, until)
            return html
    html, until = freshness.noted_while(request, render)
    cache.set(key, (html, until), KEPT_SECONDS)
    return html
