"""Which privacy restrictions (password, login, groups) apply to a page, without two queries per
request.

Wagtail asks the database for the page's ancestors and then for their restrictions on every
request, although almost no page has any. The site's restrictions and its alias pages change only
when someone saves them, which starts a new page-cache generation, so both lists are kept for that
generation and matched by tree path.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from core.caching import chrome_cache


def _site_wide():
    """Every restriction with the tree path of its page, and the paths of all alias pages."""
    restrictions = list(PageViewRestriction.objects.values_list("page__path", "pk"))
    alias_paths = list(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True))
    return restrictions, alias_paths


def restrictions_on(page):
    """The restrictions on `page` and its ancestors, as a query set that asks the database nothing
    when there are none; None when an alias is among them, because an alias takes the restrictions
    of its source page (Wagtail's own lookup handles that case)."""
    restrictions, alias_paths = chrome_cache.remember("view-restrictions", compute=_site_wide)
    if any(page.path.startswith(path) for path in alias_paths):
        return None
    found = [pk for path, pk in restrictions if page.path.startswith(path)]
    if not found:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(pk__in=found)


def public(pages):
    """`pages` without those under a privacy restriction, as Wagtail's `public()` filters them, from
    the restrictions kept for this generation rather than a query."""
    restrictions, _alias_paths = chrome_cache.remember("view-restrictions", compute=_site_wide)
    if not restrictions:
        return pages
    private = Q()
    for path, _pk in restrictions:
        private |= Q(path__startswith=path)
    return pages.exclude(private)
