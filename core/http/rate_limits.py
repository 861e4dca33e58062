"""Limits on how often a form may be sent, counted in the "counters" cache, which every worker and
machine shares (Redis, or the database): per client address (core/http/client_address.py), and per
e-mail address for forms that write to one."""

import hashlib

from django.core.cache import caches

from core import clock
from core.http.client_address import client_ip

WINDOW_SECONDS = 3600


def over_limit(request, form_name, limit):
    """Count this submission of `form_name` by the client this hour; True once past `limit`."""
    return _over(f"{form_name}:{client_ip(request)}", limit)


def over_limit_for_address(email, form_name, limit):
    """Count this submission of `form_name` for the e-mail address this hour, whatever its letters'
    case; True once past `limit`. The cache keeps a digest of the address, never the address."""
    digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    return _over(f"{form_name}:address:{digest}", limit)


def _over(counted, limit):
    counters = caches["counters"]
    window = int(clock.now().timestamp() // WINDOW_SECONDS)
    key = f"rate:{counted}:{window}"
    counters.add(key, 0, WINDOW_SECONDS)
    try:
        attempts = counters.incr(key)
    except ValueError:  # expired between the two calls: this is the first of a new window
        counters.set(key, 1, WINDOW_SECONDS)
        attempts = 1
    return attempts > limit
