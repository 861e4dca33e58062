"""Purge a front cache (Varnish, or a CDN) of every URL that shows a page, when the page changes.

Wagtail's own handler purges only the changed page, in a URL shape that assumes every language
uses the same slugs. Here a change purges the page in each language, every ancestor that lists
it (home, zone, story index, agenda) with its fixed sub-routes (feeds, "past", "whole guide"),
the pages that name it (`front_cache_related_pages`, e.g. the story lists), the sitemap, and the
paths that list every page (an app's "front_cache_paths" Wagtail hook, in each language: search). The
cache bans a purged path with all its query strings (filters, page numbers): see deploy/varnish.
"""

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.urls.resolvers import RoutePattern
from django.utils.translation import override
from wagtail import hooks
from wagtail.contrib.frontend_cache.utils import PurgeBatch


def _fixed_sub_paths(page):
    """The sub-routes of a routable page that take no parameters ("feed/rss/", "past/")."""
    routes = getattr(type(page), "get_subpage_urls", tuple)()
    return [
        route.pattern._route
        for route in routes
        if isinstance(route.pattern, RoutePattern) and not route.pattern.converters and route.pattern._route
    ]


def _page_urls(page):
    url = page.get_full_url()
    if url is None:
        return []
    return [url] + [url + sub_path for sub_path in _fixed_sub_paths(page)]


def pages_showing(page):
    """The page in every language, their ancestors below the tree root, and the pages naming it."""
    translations = list(page.get_translations(inclusive=True).specific())
    if page.pk not in {translation.pk for translation in translations}:
        translations.append(page.specific)
    shown = {translation.pk: translation for translation in translations}
    for translation in translations:
        for ancestor in translation.get_ancestors().filter(depth__gt=1).specific():
            shown.setdefault(ancestor.pk, ancestor)
        for related in getattr(translation, "front_cache_related_pages", list)():
            shown.setdefault(related.pk, related)
    return list(shown.values())


def urls_showing(page):
    """Every public URL whose content depends on `page`."""
    shown = pages_showing(page)
    urls = {url for page_shown in shown for url in _page_urls(page_shown)}
    translations = [item for item in shown if item.translation_key == page.translation_key]
    urls.update(
        url for translation in translations for url in getattr(translation, "front_cache_urls", list)()
    )
    site = page.get_site()
    if site is not None:
        urls.add(site.root_url + reverse("sitemap"))
        for code, _name in settings.LANGUAGES:
            with override(code):
                urls.update(
                    site.root_url + path for hook in hooks.get_hooks("front_cache_paths") for path in hook()
                )
    return sorted(urls)


def purge(page):
    """Purge everything that shows `page`, once the change that caused it is committed."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    batch = PurgeBatch(urls_showing(page))
    transaction.on_commit(batch.purge)
