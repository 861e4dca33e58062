from django.urls import include, path
from django.utils.translation import pgettext_lazy
from django.views.generic import RedirectView

from search import views

search = [
    path("", views.search, name="search"),
    path("autocomplete/", views.autocomplete, name="search_autocomplete"),
]

urlpatterns = [
    path(pgettext_lazy("address", "search/"), include(search)),
    # The address search had in every language before it took the page's language (/pl/szukaj/).
    path("search/", RedirectView.as_view(pattern_name="search", permanent=True, query_string=True)),
    path(
        "search/autocomplete/",
        RedirectView.as_view(pattern_name="search_autocomplete", permanent=True, query_string=True),
    ),
]
