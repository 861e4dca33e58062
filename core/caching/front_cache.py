"""Purge a front cache (Varnish, or a CDN) of every URL that shows a page, when the page changes.

Wagtail's own handler purges only the changed page, in a URL shape that assumes every language
uses the same slugs. Here a change purges the page in each language, every ancestor that lists
it (home, zone, story index, agenda) with its fixed sub-routes (feeds, "past", "whole guide"),
the pages that name it (`front_cache_related_pages`, e.g. the story lists), the sitemap, and the
paths that list every page (an app's "front_cache_paths" Wagtail hook, in each language: search). The
cache bans a purged path with all its query strings (filters, page numbers): see deploy/varnish.

A snippet, an image or a document purges the pages that use it (Wagtail's reference index knows
them) and its own pages, if it names them (`front_cache_urls`, e.g. a speaker's page); site settings, and anything used by something other than a page, ban every site at once
(Varnish's BAN), as the pages showing them cannot be listed. The URLs are worked out when the change
is made and sent by the task worker once it is committed, never inside the editor's request.
"""

from functools import partial
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.urls.resolvers import RoutePattern
from django.utils.translation import override
from django_tasks import task
from wagtail import hooks
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.snippets.models import get_snippet_models


def _fixed_sub_paths(page):
    """The sub-routes of a routable page that take no parameters, in its language ("feed/rss/", "minione/")."""
    routes = getattr(type(page), "get_subpage_urls", tuple)()
    with override(page.locale.language_code):
        return [
            str(route.pattern)
            for route in routes
            if isinstance(route.pattern, RoutePattern)
            and not route.pattern.converters
            and route.pattern._route
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
        urls.update(_listing_urls(site))
    return sorted(urls)


def _listing_urls(site):
    """The paths that list every page (an app's "front_cache_paths" hook: search), in each language."""
    urls = set()
    for code, _name in settings.LANGUAGES:
        with override(code):
            urls.update(
                site.root_url + path for hook in hooks.get_hooks("front_cache_paths") for path in hook()
            )
    return urls


def purge_listings():
    """Purge the paths that list every page, on every site, once the change is committed: for what
    shows only there (a search promotion)."""
    if settings.WAGTAILFRONTENDCACHE:
        _once_committed(purge_urls, sorted(url for site in Site.objects.all() for url in _listing_urls(site)))


@task()
def purge_urls(urls):
    PurgeBatch(urls).purge()


@task()
def ban_sites():
    """Empty the front cache of every site (Varnish's BAN on its purge listener). A CDN backend
    has no such request: purge it from its own console."""
    hosts = [urlsplit(site.root_url).netloc for site in Site.objects.all()]
    for backend in get_backends().values():
        if isinstance(backend, HTTPBackend):
            for host in hosts:
                ban = Request(f"{backend.cache_scheme}://{backend.cache_netloc}/", method="BAN")
                ban.add_header("Host", host)
                urlopen(ban, timeout=30).close()  # noqa: S310 - the configured front cache's address


def _once_committed(task_function, *args):
    if settings.WAGTAILFRONTENDCACHE:
        transaction.on_commit(partial(task_function.enqueue, *args))


def purge(page):
    """Purge everything that shows `page`, once the change that caused it is committed."""
    if settings.WAGTAILFRONTENDCACHE:
        _once_committed(purge_urls, urls_showing(page))


def purge_pages_only(pages):
    """Purge `pages` themselves (not the listings above them), once the change is committed."""
    if settings.WAGTAILFRONTENDCACHE:
        _once_committed(purge_urls, sorted(url for page in pages for url in _page_urls(page)))


def shows_on_pages(model):
    """Whether a saved or deleted `model` changes what pages show, apart from the pages themselves."""
    shown = (AbstractImage, AbstractDocument, BaseSiteSetting, BaseGenericSetting)
    return issubclass(model, shown) or model in get_snippet_models()


def purge_showing(instance):
    """Purge the pages that use `instance`, or every site when they cannot be listed."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    if isinstance(instance, BaseSiteSetting | BaseGenericSetting):
        _once_committed(ban_sites)
        return
    sources = [source for source, _ in ReferenceIndex.get_references_to(instance).group_by_source_object()]
    unlisted = not sources and not isinstance(instance, AbstractImage | AbstractDocument)
    if unlisted or any(not isinstance(source, Page) for source in sources):
        _once_committed(ban_sites)
        return
    urls = {url for source in sources for url in urls_showing(source.specific)}
    urls.update(getattr(instance, "front_cache_urls", list)())
    if urls:
        _once_committed(purge_urls, sorted(urls))
