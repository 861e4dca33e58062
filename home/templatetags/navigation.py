"""Menus, breadcrumbs and the language switcher: a fixed number of queries, then kept per generation."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from core.caching import chrome_cache, page_cache
from core.routing.translated_routes import TranslatedRoutesMixin
from home.models import SiteSettings

register = template.Library()


def _site_home(request):
    """The home page in the active language (the site's root page is the Polish one), kept per
    generation by HomePage.localized."""
    if not hasattr(request, "_sas_home"):
        site = Site.find_for_request(request)
        request._sas_home = site.root_page.localized if site else None
    return request._sas_home


@register.simple_tag(takes_context=True)
def site_home(context):
    return _site_home(context["request"])


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page's live children marked "show in menus", in the active language."""
    home = _site_home(context["request"])
    if home is None:
        return []
    return chrome_cache.remember(
        "menu", home.pk, compute=lambda: list(home.get_children().live().in_menu().public())
    )


@register.simple_tag(takes_context=True)
def footer_menu(context):
    """The footer links chosen in site settings, each in the active language when translated."""
    site_settings = SiteSettings.for_request(context["request"])
    return chrome_cache.remember(
        "footer-menu", site_settings.pk, get_language(), compute=lambda: _footer_pages(site_settings)
    )


def _footer_pages(site_settings):
    chosen = [link.page for link in site_settings.footer_links.select_related("page")]
    keys = [page.translation_key for page in chosen]
    translated = {
        page.translation_key: page
        for page in Page.objects.live().filter(translation_key__in=keys, locale__language_code=get_language())
    }
    return [translated.get(page.translation_key, page) for page in chosen if page.live]


@register.simple_tag
def content_generation():
    """The current content generation, to key cached template fragments (the footer) by."""
    return page_cache.generation()


@register.simple_tag
def breadcrumbs(page):
    """The page's ancestors from its language's home page down, without the tree root."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return chrome_cache.remember(
        "breadcrumbs", page.pk, compute=lambda: list(page.get_ancestors().filter(depth__gte=2))
    )


def _page_translations(page):
    """For every site language, the page's live translation or its nearest translated ancestor."""
    chain = list(
        page.get_ancestors(inclusive=True).filter(depth__gte=2).values_list("translation_key", flat=True)
    )
    depth_of_key = {key: depth for depth, key in enumerate(chain)}
    candidates = (
        Page.objects.live()
        .filter(translation_key__in=chain)
        .select_related("locale")
        .only("id", "path", "depth", "url_path", "translation_key", "locale__language_code", "live")
    )
    best = {}
    for candidate in candidates:
        code = candidate.locale.language_code
        current = best.get(code)
        if current is None or depth_of_key[candidate.translation_key] > depth_of_key[current.translation_key]:
            best[code] = candidate
    return best


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to this page in each language, as the switcher and the hreflang alternates show them.

    A page without a translation in a language links to its nearest translated ancestor; a
    view that is not a page links to the same path under the other language's prefix.
    """
    request = context["request"]
    page = context.get("page")
    translations = {}
    if isinstance(page, Page) and page.depth >= 2:
        translations = chrome_cache.remember(
            "translations", page.pk, compute=lambda: _page_translations(page)
        )
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        exact = target is not None and target.translation_key == getattr(page, "translation_key", None)
        if target is not None:
            url = target.get_url(request) + (_subpage(request, page, code) if exact else "")
        else:
            url = translate_url(request.path, code)
            exact = not isinstance(page, Page)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "full_url": request.build_absolute_uri(url),
                "is_current": code == current,
                "is_exact": exact,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's own address (a sub-page's own, such as the Forum's timetable) on the host the
    visitor used, without query parameters."""
    request = context["request"]
    page = context.get("page")
    path = page.get_url(request) + _subpage(request, page) if isinstance(page, Page) else request.path
    return request.build_absolute_uri(path)


def _subpage(request, page, language_code=None):
    """What the sub-page of a routable page being shown adds to the page's address ("program/",
    "2026/12/", "prelegenci/anna-kowalska/"), or to its translation's in `language_code` (the
    same sub-page in that language's words, "timetable/"); "" for the page itself. A speaker is
    found by the Polish slug in every language."""
    match = getattr(request, "routable_resolver_match", None)
    if match is None or not isinstance(page, RoutablePageMixin):
        return ""
    if isinstance(page, TranslatedRoutesMixin):
        return page.reverse_subpage(match.url_name, match.args, match.kwargs, language_code=language_code)
    return page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)
