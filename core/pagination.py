"""One rule for every list split into pages (stories, training materials, the agenda, search results).

The number comes from `?page=`: missing, non-numeric or below 1 gives the first page, past the
end gives the last. Our lists shift as time passes (events end, stories are unpublished, the
search index changes), so a page number is never a stable address: a link shared yesterday
shows the end of the list today instead of an error. Templates render the pages with
home/includes/pagination.html, whose links keep every other query parameter (the filters).
"""

from django.core.paginator import Paginator


def paginate(request, items, per_page):
    """The requested page of `items` (a queryset or any sequence Django's Paginator accepts)."""
    paginator = Paginator(items, per_page)
    try:
        number = int(request.GET.get("page", 1))
    except ValueError:
        number = 1
    return paginator.page(min(max(number, 1), paginator.num_pages))
