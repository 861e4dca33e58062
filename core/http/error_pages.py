"""The visitors' error pages where Django would otherwise show its own: the 500 page without the
database, and a preview of the 404 page while DEBUG is on."""

from django.http import Http404, HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.views.defaults import page_not_found


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
