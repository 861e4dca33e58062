"""Which Wagtail site answers a request, looked up once per content generation instead of once per
request.

Wagtail finds the site with a query on every request and keeps it on the request
(`request._wagtail_site`). Sites change only when an administrator saves one, which starts a new
page-cache generation (core/receivers.py), so the answer for a host and port is kept for that
generation; the host has already passed ALLOWED_HOSTS (CommonMiddleware runs first).
"""

from wagtail.models import Site

from core.caching import chrome_cache


class CachedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = chrome_cache.remember(
            "site",
            request.get_host(),
            request.get_port(),
            compute=lambda: _site_with_specific_root(request),
        )
        return self.get_response(request)


def _site_with_specific_root(request):
    """The site with its root as the specific home page, whose `localized` translation Wagtail asks
    for on every request it routes (kept per generation by HomePage.localized)."""
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific
    return site
