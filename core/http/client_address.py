"""The visitor's address, as the trusted reverse proxies report it (django-ipware).

Behind the TLS proxy and Varnish every request comes from the proxy's address; the real one is in
X-Forwarded-For, where each proxy appends the address it was reached from. TRUSTED_PROXIES says how
many proxies stand in front of the app (0: none, `make run`; 1: Varnish alone, `make serve-prod`;
2: a TLS proxy and Varnish): the address the outermost one wrote is the visitor's, and whatever a
visitor put in the header before it is ignored. Other headers (X-Real-IP...) are never read.

Left at 0 behind proxies, every visitor is the proxy: the whole city shares one rate limit and one
login lock. Nothing in the settings alone shows it, so the first request that comes from a proxy
(X-Forwarded-For from a loopback or private address: a visitor cannot choose the address the
connection comes from) while TRUSTED_PROXIES is 0 logs a warning and leaves a note in the shared
"counters" cache, which `manage.py check --deploy` reads (core/checks.py). Only requests whose
address is counted come here (forms, logins), which is where a wrong address does harm; each
process notes it once, so it costs one cache write per process.
"""

import ipaddress
import logging

from django.conf import settings
from django.core.cache import caches
from ipware import get_client_ip

from core import clock

logger = logging.getLogger(__name__)
UNCOUNTED_PROXY_NOTE = "proxies:forwarded-while-untrusted"
NOTE_KEPT_SECONDS = 30 * 24 * 3600
_noted = False


def client_ip(request):
    """The address the registration, contact-form and login limits count by."""
    proxies = settings.TRUSTED_PROXIES
    if proxies:
        # Varnish, the last proxy, is REMOTE_ADDR; the others each left one entry in the header.
        found, _routable = get_client_ip(
            request, proxy_count=proxies - 1, request_header_order=["HTTP_X_FORWARDED_FOR"], strict=False
        )
        if found:
            return found
    elif not _noted and "HTTP_X_FORWARDED_FOR" in request.META:
        _note_uncounted_proxy(request.META.get("REMOTE_ADDR", ""))
    return request.META.get("REMOTE_ADDR", "")


def came_from_a_proxy(address):
    try:
        found = ipaddress.ip_address(address)
    except ValueError:
        return False
    return found.is_loopback or found.is_private


def _note_uncounted_proxy(proxy):
    global _noted
    if not came_from_a_proxy(proxy):
        return
    _noted = True
    logger.warning(
        "A request came through a proxy at %s (X-Forwarded-For) while TRUSTED_PROXIES is 0: every "
        "visitor counts as that proxy in the rate limits and the login lock. Set TRUSTED_PROXIES.",
        proxy,
    )
    caches["counters"].set(
        UNCOUNTED_PROXY_NOTE, {"proxy": proxy, "seen": clock.now().isoformat()}, NOTE_KEPT_SECONDS
    )


def uncounted_proxy_note():
    """What the app noted about a request through a proxy while TRUSTED_PROXIES was 0, or None."""
    return caches["counters"].get(UNCOUNTED_PROXY_NOTE)
