"""Small site-wide views that are not pages: robots.txt, the sitemap and the error pages."""

from django.http import Http404, HttpResponse, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.defaults import page_not_found


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def server_error(request):
    """A 500 page in the language of the URL; it touches neither the database nor the site tree."""
    language = translation.get_language_from_path(request.path_info) or translation.get_language()
    with translation.override(language):
        body = loader.get_template("500.html").render({"LANGUAGE_CODE": language})
    return HttpResponseServerError(body)


def not_found_preview(request):
    """The visitors' 404 page, which DEBUG otherwise replaces with Django's technical one (only
    routed with DEBUG on). Named in the URLconf, so the language switcher finds it in every language."""
    return page_not_found(request, Http404())
