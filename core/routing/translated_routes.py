"""Sub-page addresses of routable pages in each page's own language.

A route declares its segment once, translatable in the "address" context:
`@path(pgettext_lazy("address", "timetable/"), name="timetable")`. Django's URL resolver compiles a translatable
pattern once per active language and keeps a reverse table per language, so resolving and
reversing under the page's language gives its own words: /pl/forum-sasiedzkie/program/,
/en/neighbourhood-forum/timetable/, /uk/susidskyi-forum/rozklad/. Any other language's segment on
a page (the English ones every page had before) answers with a permanent redirect to the page's
own, so no old address is lost.
"""

from functools import partial

from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils.translation import override
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.url_routing import RouteResult

from core.caching import chrome_cache


class TranslatedRoutesMixin(RoutablePageMixin):
    """A routable page whose sub-page addresses are written in the page's language."""

    def reverse_subpage(self, name, args=None, kwargs=None, language_code=None):
        """The sub-page's segment in the page's language, or in `language_code` (what the same
        sub-page of this page's translation in that language is called)."""
        with override(language_code or chrome_cache.language_code_of(self.locale_id)):
            return super().reverse_subpage(name, args, kwargs)

    def resolve_subpage(self, path):
        with override(chrome_cache.language_code_of(self.locale_id)):
            return super().resolve_subpage(path)

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            own = self._own_segment(path_components) if self.live else None
            if own is None:
                raise
        return RouteResult(self, args=(partial(_moved, address=self.get_url(request) + own), (), {}))

    def _own_segment(self, path_components):
        """The page's own segment for a sub-page addressed in another site language, if any."""
        path = "/" + "".join(component + "/" for component in path_components)
        for code, _name in settings.LANGUAGES:
            with override(code):
                try:
                    match = self.get_resolver().resolve(path)
                except Http404:
                    continue
            return self.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)
        return None


def _moved(request, address):
    query = request.META.get("QUERY_STRING")
    return HttpResponsePermanentRedirect(f"{address}?{query}" if query else address)
