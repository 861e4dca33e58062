"""The English addresses the apps' own views had in every language before each language read its
own words (/pl/registration/5/ before /pl/zapisy/5/). Links to them were printed, bookmarked and sent
in e-mails with a signed token, so each still answers: a permanent redirect to the same view's
address in the request's language, with its arguments and query string. A form posted to an old
address (a page loaded before the change) is sent on with 308, which keeps the method and the
body, so nothing typed is lost."""

from django.urls import path
from django.utils.translation import override
from django.views.generic import RedirectView


class Moved(RedirectView):
    """301 for reading, 308 for sending: browsers repeat a POST after 308 but turn it into a GET
    after 301."""

    permanent = True
    query_string = True

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        if request.method not in ("GET", "HEAD") and response.status_code == 301:
            response.status_code = 308
        return response


def with_english_addresses(patterns):
    """`patterns` (named, with translatable routes) followed by their English routes, each moved to
    its pattern's own address in the request's language. Under /en/ the English route is the
    pattern itself, which comes first."""
    with override("en"):
        moved = [path(str(pattern.pattern), Moved.as_view(pattern_name=pattern.name)) for pattern in patterns]
    return [*patterns, *moved]
