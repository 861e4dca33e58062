"""How many SQL queries a page costs once the caches that fill on a first visit are warm."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

# No public page may cost more (issue 19), whatever the amount of content.
PAGE_QUERY_BUDGET = 10


def queries_for(client, url, data=None):
    """Visit `url` once to warm renditions, site root paths and the site chrome, then count a second
    visit, which must stay within the budget."""
    client.get(url, data)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, data)
    assert response.status_code == 200
    assert len(captured) <= PAGE_QUERY_BUDGET, [query["sql"] for query in captured.captured_queries]
    return len(captured)
