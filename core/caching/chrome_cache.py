"""Menus, breadcrumbs, language links and the footer, computed once per content generation.

Every page repeats the same site chrome, and its queries would otherwise be most of a page's
queries. The chrome changes only when something is saved, which starts a new page-cache
generation (core.caching.page_cache), so keying it by that generation keeps it exact.
"""

from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Locale

from core.caching import page_cache

TIMEOUT_SECONDS = 3600
_MISSING = object()


def remember(name, *parts, compute):
    """The cached value for `name` and `parts` in this generation, computing it when absent."""
    key = ":".join(["chrome", str(page_cache.generation()), name, *map(str, parts)])
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, TIMEOUT_SECONDS)
    return value


def first_live_page(model, locale_id):
    """The live page of `model` in a language that other pages link to (the list of stories, the
    agenda, the list of zones), or None; one lookup per generation instead of one per request."""
    return remember(
        "first-live",
        model._meta.label_lower,
        locale_id,
        compute=lambda: model.objects.live().filter(locale_id=locale_id).order_by("path").first(),
    )


def language_code_of(locale_id):
    """The language code of a Wagtail locale, without a query per page that asks."""
    return remember("locale-codes", compute=lambda: dict(Locale.objects.values_list("pk", "language_code")))[
        locale_id
    ]


def active_locale():
    """The Wagtail locale of the active language, without a query per request that asks."""
    return remember("active-locale", get_language(), compute=Locale.get_active)
