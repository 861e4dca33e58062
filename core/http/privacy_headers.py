"""Response headers of pages that belong to one person: kept from every cache and from search
engines, and, where the address itself holds her secret, never sent on as a referrer."""

from functools import wraps

from django.views.decorators.csrf import csrf_exempt


def private(view):
    """Personal or form pages: never stored by a cache or a browser's history cache, never indexed."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
        return response

    return wrapped


def secret_address(view):
    """Pages whose address holds a resident's secret (a mailbox link, a personal calendar): private,
    and the address is never sent on as a referrer, not even to this site. Browsers then send
    "Origin: null" with the page's own forms, which Django's CSRF check refuses; the unguessable
    secret in the address already proves the request comes from the link's owner, so the check
    is left out here. A form that needs no secret (asking for fresh links) is never put on such a
    page: it lives at an address of its own, where the check applies (forum/registrations/views.py, manage)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Referrer-Policy"] = "no-referrer"
        return response

    return csrf_exempt(private(wrapped))
