"""Limits on how often one visitor may send a form, counted per client address (home/client_address)
in the "counters" cache, which every worker and machine shares (Redis, or the database)."""

from django.core.cache import caches

from home import clock
from home.client_address import client_ip

WINDOW_SECONDS = 3600


def over_limit(request, form_name, limit):
    """Count this submission of `form_name` by the client this hour; True once past `limit`."""
    counters = caches["counters"]
    window = int(clock.now().timestamp() // WINDOW_SECONDS)
    key = f"rate:{form_name}:{client_ip(request)}:{window}"
    counters.add(key, 0, WINDOW_SECONDS)
    try:
        attempts = counters.incr(key)
    except ValueError:  # expired between the two calls: this is the first of a new window
        counters.set(key, 1, WINDOW_SECONDS)
        attempts = 1
    return attempts > limit
