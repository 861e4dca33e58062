"""How long a page stays true. A page that shows something time-dependent (what is on now, what comes
next, whether registration is open, "today") notes while it renders the next moment its content
changes; the response then tells shared caches, the app's page cache (core/caching/page_cache.py) and
Varnish, to keep it no longer than that: `Cache-Control: s-maxage` up to that moment, capped by a
page's usual lifetime in the front cache. Browsers are not told to keep it.
"""

import math

from django.utils.cache import patch_cache_control

from core import clock

# How long Varnish keeps a page that says nothing (deploy/varnish/sas.vcl, "set beresp.ttl = 1h").
FRONT_CACHE_SECONDS = 3600
_UNTIL = "content_true_until"


def true_until(request, *moments):
    """Note that the page being rendered for `request` changes at the earliest of `moments` (None
    stands for "not by time")."""
    known = [moment for moment in moments if moment is not None]
    if request is None or not known:
        return
    earliest = min(known)
    noted = getattr(request, _UNTIL, None)
    setattr(request, _UNTIL, earliest if noted is None else min(noted, earliest))


def noted_while(request, render):
    """What `render()` returns and the earliest moment it noted (None if none), noted for the
    page as well."""
    before = getattr(request, _UNTIL, None)
    setattr(request, _UNTIL, None)
    result = render()
    noted = getattr(request, _UNTIL, None)
    setattr(request, _UNTIL, before)
    true_until(request, noted)
    return result, noted


class TimeAwareCacheMiddleware:
    """Turns what the page noted into `s-maxage`; placed inside the page cache, so that it sees it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        until = getattr(request, _UNTIL, None)
        if until is not None and "Cache-Control" not in response:
            seconds = math.floor((until - clock.now()).total_seconds())
            patch_cache_control(response, s_maxage=max(0, min(seconds, FRONT_CACHE_SECONDS)))
        return response
