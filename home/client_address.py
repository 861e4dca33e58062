"""The visitor's address, as the trusted reverse proxies report it (django-ipware).

Behind the TLS proxy and Varnish every request comes from the proxy's address; the real one is in
X-Forwarded-For, where each proxy appends the address it was reached from. TRUSTED_PROXIES says how
many proxies stand in front of the app (0: none, `make run`; 1: Varnish alone, `make serve-prod`;
2: a TLS proxy and Varnish): the address the outermost one wrote is the visitor's, and whatever a
visitor put in the header before it is ignored. Other headers (X-Real-IP...) are never read.
"""

from django.conf import settings
from ipware import get_client_ip


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
    return request.META.get("REMOTE_ADDR", "")
