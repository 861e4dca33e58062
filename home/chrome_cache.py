"""Menus, breadcrumbs, language links and the footer, computed once per content generation.

Every page repeats the same site chrome, and its queries would otherwise be most of a page's
queries. The chrome changes only when something is saved, which starts a new page-cache
generation (home.page_cache), so keying it by that generation keeps it exact.
"""

from django.core.cache import cache

from home import page_cache

TIMEOUT_SECONDS = 3600
_MISSING = object()


def remember(name, *parts, compute):
    """The cached value for `name` and `parts` in this generation, computing it when absent."""
    key = ":".join(["chrome", str(page_cache.generation()), name, *map(str, parts)])
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, TIMEOUT_SECONDS)
    return value
