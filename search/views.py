"""Site search: results with type facets and a zone filter, and titles for autocomplete.

Everything a visitor sends is cleaned first (control characters dropped, length capped, only
words kept), so no input reaches the backend in a form that could make it fail.
"""

import hashlib
import re

from django.contrib.contenttypes.models import ContentType
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from core.caching import chrome_cache, view_restrictions
from core.pagination import paginate
from core.text.folding import folded_tokens, query_words
from search import hits
from search.engines import engine
from search.results import describe_results, suggestions, zone_choices, zone_page_ids

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
AUTOCOMPLETE_LIMIT = 8


def clean_query(raw):
    """The query as a person meant it: no control characters, single spaces, at most 200 characters.

    Returns the query and whether it was cut.
    """
    text = re.sub(r"[\x00-\x1f\x7f]", " ", raw or "")
    text = " ".join(text.split())
    return text[:MAX_QUERY_LENGTH].strip(), len(text) > MAX_QUERY_LENGTH


def live_pages(locale):
    return view_restrictions.public(Page.objects.live().filter(locale=locale))


@require_GET
def search(request):
    query, truncated = clean_query(request.GET.get("q", ""))
    words = query_words(query, get_language())
    locale = chrome_cache.active_locale()
    zones = zone_choices(locale)
    selected_zone = next((zone for zone in zones if zone.slug == request.GET.get("zone")), None)
    pages = everything = live_pages(locale)
    if selected_zone is not None:
        pages = pages.filter(id__in=zone_page_ids(selected_zone))

    facets, results_page, promotions = [], None, []
    selected_type = None
    if words:
        facets = describe_facets(engine().type_counts(pages, words))
        selected_type = next((facet for facet in facets if facet["key"] == request.GET.get("type")), None)
        if selected_type is not None:
            pages = pages.filter(content_type_id=selected_type["content_type_id"])
        count = selected_type["count"] if selected_type else sum(facet["count"] for facet in facets)
        results = engine().results(pages.specific(), words, count)
        results_page = paginate(request, results, RESULTS_PER_PAGE)
        results_page.object_list = describe_results(list(results_page.object_list), zones, query)
        promotions = promoted_pages(query, everything, locale)
        hits.count(query)

    return TemplateResponse(
        request,
        "search/results.html",
        {
            "search_query": query,
            "truncated": truncated,
            "max_query_length": MAX_QUERY_LENGTH,
            "results": results_page,
            "facets": facets,
            "selected_type": selected_type,
            "zones": zones,
            "selected_zone": selected_zone,
            "promotions": promotions,
            "suggestions": suggestions(zones, locale)
            if not (results_page and results_page.paginator.count)
            else [],
        },
    )


def describe_facets(type_counts):
    """One facet per page type found, largest first, with the key used in the `type` parameter."""
    facets = []
    for content_type_id, count in type_counts.items():
        content_type = ContentType.objects.get_for_id(content_type_id)
        model = content_type.model_class()
        facets.append(
            {
                "key": content_type.model,
                "content_type_id": content_type_id,
                "label": model._meta.verbose_name_plural,
                "count": count,
            }
        )
    return sorted(facets, key=lambda facet: (-facet["count"], str(facet["label"])))


def promoted_pages(query, pages, locale):
    """Pages editors pinned for this query, each among `pages` (the live pages in the visitor's
    language, `locale`) as the translation of the page pinned; kept per content generation."""
    normalised = normalise_query_string(query)
    return chrome_cache.remember(
        "promoted",
        locale.pk,
        hashlib.sha256(normalised.encode()).hexdigest(),
        compute=lambda: _pinned(normalised, pages),
    )


def _pinned(normalised, pages):
    picks = SearchPromotion.objects.filter(query__query_string=normalised).select_related("page")
    chosen = [pick for pick in picks if pick.page_id]
    keys = [pick.page.translation_key for pick in chosen]
    translated = {page.translation_key: page for page in pages.filter(translation_key__in=keys)}
    return [
        {"page": translated[pick.page.translation_key], "description": pick.description}
        for pick in chosen
        if pick.page.translation_key in translated
    ]


@require_GET
def autocomplete(request):
    """Up to eight titles of live pages in the visitor's language that start like the query.

    The words before the last are matched whole, the last one as the beginning of a word; all of
    them folded, so "Łod" suggests "Łódź" and "бібл" "Бібліотека".
    """
    query, _truncated = clean_query(request.GET.get("q", ""))
    *complete, last = folded_tokens(query) or [""]
    words = query_words(" ".join(complete), get_language())
    suggestions = []
    if last:
        for page in engine().autocomplete(live_pages(chrome_cache.active_locale()), words, last)[
            :AUTOCOMPLETE_LIMIT
        ]:
            suggestions.append({"title": page.title, "url": page.get_url(request)})
    return JsonResponse({"query": query, "results": suggestions, "label": _("Suggestions")})
