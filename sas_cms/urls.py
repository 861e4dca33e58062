from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core import display_preferences
from core.crawlers.robots import robots_txt
from core.crawlers.sitemap import AllLanguagesSitemap
from core.http.error_pages import not_found_preview, server_error

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AllLanguagesSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("display-preferences/", display_preferences.save, name="display_preferences"),
]

localized = [
    path("", include("search.urls")),
    path("", include("forum.urls")),
    path("", include("ideas.urls")),
    path("", include(wagtail_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
    # With DEBUG on, Django answers unknown addresses with its technical page: these show the
    # visitors' error pages in each language instead, e.g. /uk/error-preview/404/.
    localized = [
        path("error-preview/404/", not_found_preview, name="error_preview_404"),
        path("error-preview/500/", server_error, name="error_preview_500"),
        *localized,
    ]

urlpatterns += i18n_patterns(*localized)

handler500 = server_error
