"""A full-page cache for anonymous visitors, emptied whenever editors publish anything.

Anonymous GET/HEAD responses of public pages are stored in the default cache (Redis when
REDIS_URL is set). Saving or deleting anything pages show (pages and their revisions, images,
documents, tags, site settings, every project app's data) starts a new cache generation,
so a page and everything that lists it are fresh on the next request. Responses that set cookies, used a CSRF token, were
marked private or no-cache, or belong to a logged-in user are never stored.

One page can also be forgotten alone (`forget`): each path has a version in its key, so a
registration refreshes the pages showing its seats without emptying the whole cache.

A page that stays true only until a given moment says so with `s-maxage` (core/caching/freshness.py): it is
kept until then by the site's clock, and a copy served later tells Varnish only the time it has left.
"""

import contextvars
import hashlib
import re
import secrets
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache, caches
from django.utils import timezone
from django.utils.cache import get_max_age, has_vary_header, patch_cache_control
from wagtail.images.models import AbstractRendition

from core import clock, display_preferences
from core.project_apps import project_apps

GENERATION_KEY = "page-cache:generation"
EXCLUDED_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/static/",
    "/media/",
    "/display-preferences/",
)
HIT_HEADER = "X-Page-Cache"


def _shared():
    """Where the generation (with when it began) and each path's version live: the "counters"
    cache, which every process shares (Redis, or the database), so a page published by the
    scheduler in the task worker, or through another gunicorn worker, is fresh in every process.
    The cached pages and parts may stay in a process's own memory: their keys carry the generation."""
    return caches["counters"]


# The generation read once per request (ContentGenerationMiddleware), not at every fragment.
_read_in_request = contextvars.ContextVar("content_generation", default=None)


def invalidate():
    """Start a new generation: every page cached so far is ignored from now on. A generation is a
    new random token with the moment it began, rather than a count, so that two processes starting
    one at once both move on, and one key holds both."""
    started = (secrets.token_hex(8), timezone.now())
    _shared().set(GENERATION_KEY, started, None)
    read = _read_in_request.get()
    if read is not None and GENERATION_KEY in read:
        read[GENERATION_KEY] = started


def _current(read_first=None):
    current = read_first or _shared().get(GENERATION_KEY)
    if current is None:
        _shared().add(GENERATION_KEY, (secrets.token_hex(8), timezone.now()), None)
        current = _shared().get(GENERATION_KEY)
    return current


def _request_reads():
    """This request's reads of the shared cache, made at its first need in one round trip: the
    generation and the version of the request's path (which the page cache's key needs too).
    None outside a request."""
    read = _read_in_request.get()
    if read is not None and GENERATION_KEY not in read:
        shared = _shared().get_many([GENERATION_KEY, read["path_key"]])
        read[GENERATION_KEY] = _current(shared.get(GENERATION_KEY))
        read["path_version"] = shared.get(read["path_key"], 0)
    return read


def _current_in_request():
    read = _request_reads()
    return _current() if read is None else read[GENERATION_KEY]


def generation():
    """The current generation; anything keyed by it is fresh."""
    return _current_in_request()[0]


def changed_at():
    """When content last changed (the start of the current generation), to second precision."""
    return _current_in_request()[1].replace(microsecond=0)


class ContentGenerationMiddleware:
    """Reads the generation at most once per request, however many kept parts the page has."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _read_in_request.set({"path_key": _path_version_key(request.path)})
        try:
            return self.get_response(request)
        finally:
            _read_in_request.reset(token)


def _path_version_key(path):
    return f"page-cache:path:{hashlib.sha256(path.encode()).hexdigest()}"


def forget(urls):
    """Drop the cached copies of `urls`' paths, with every query string, and nothing else."""
    for path in {urlsplit(url).path for url in urls}:
        key = _path_version_key(path)
        try:
            _shared().incr(key)
        except ValueError:
            _shared().set(key, 1, None)


def _path_version(path):
    read = _request_reads()
    if read is not None and read["path_key"] == _path_version_key(path):
        return read["path_version"]
    return _shared().get(_path_version_key(path), 0)


def _cache_key(request):
    preferences = display_preferences.classes_for(request)
    version = _path_version(request.path)
    raw = f"{request.get_host()}|{request.get_full_path()}|{preferences}|{version}"
    return f"page-cache:{generation()}:{hashlib.sha256(raw.encode()).hexdigest()}"


def _cacheable_request(request):
    user = getattr(request, "user", None)
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(EXCLUDED_PREFIXES)
        and (user is None or not user.is_authenticated)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def _cacheable_response(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not request.META.get("CSRF_COOKIE_USED")
        and "private" not in cache_control
        and "no-cache" not in cache_control
        and "no-store" not in cache_control
        and get_max_age(response) != 0
        and not has_vary_header(response, "Cookie")
    )


def _shared_max_age(response):
    found = re.search(r"\bs-maxage=(\d+)", response.get("Cache-Control", ""))
    return int(found.group(1)) if found else None


def _lifetime(response):
    """Seconds to keep `response`: PAGE_CACHE_SECONDS, or less when the page stays true for less."""
    shared = _shared_max_age(response)
    return settings.PAGE_CACHE_SECONDS if shared is None else min(shared, settings.PAGE_CACHE_SECONDS)


def _fresh(cached):
    """The cached response while its time lasts, telling shared caches what is left; else None."""
    response, expires_at = cached
    left = (expires_at - clock.now()).total_seconds()
    if left <= 0:
        return None
    if _shared_max_age(response) is not None:
        patch_cache_control(response, s_maxage=int(left))
    return response


class AnonymousPageCacheMiddleware:
    """Serve and store whole pages for anonymous visitors.

    It stands before the session, the locale, the site lookup and authentication, none of which a
    kept page needs, so a hit skips them. Whether a page may be kept is judged further in
    (KeepablePageMiddleware), where the visitor is known and before the session marks every
    response as varying on cookies; what is kept is the response as the visitor received it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        key = _cache_key(request)
        cached = cache.get(key)
        response = _fresh(cached) if cached is not None else None
        if response is not None:
            response[HIT_HEADER] = "hit"
            return response
        response = self.get_response(request)
        lifetime = getattr(response, "page_cache_lifetime", 0)
        if lifetime > 0 and not response.cookies:
            if hasattr(response, "render") and callable(response.render):
                response.render()
            cache.set(key, (response, clock.now() + timedelta(seconds=lifetime)), lifetime)
            response[HIT_HEADER] = "miss"
        return response


class KeepablePageMiddleware:
    """Marks the responses the page cache may keep, with how long (placed after authentication)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if _cacheable_request(request):
            lifetime = _lifetime(response)
            if lifetime > 0 and _cacheable_response(request, response):
                response.page_cache_lifetime = lifetime
        return response


WAGTAIL_CONTENT_APPS = {"wagtailcore", "wagtailimages", "wagtaildocs", "taggit"}


def shown_on_pages(model):
    """Whether saving or deleting a `model` can change a page: the project's own apps and Wagtail's
    pages, images, documents and tags, unless the model says `shown_on_pages = False`. An image's
    renditions are not content but its resized copies, made while a page renders: making one
    changes no page."""
    labels = WAGTAIL_CONTENT_APPS | {app.label for app in project_apps()}
    return (
        model._meta.app_label in labels
        and getattr(model, "shown_on_pages", True)
        and not issubclass(model, AbstractRendition)
    )
