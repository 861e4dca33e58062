"""How many SQL queries a page costs once the caches that fill on a first visit are warm."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_for(client, url, data=None):
    """Visit `url` once to warm renditions, site root paths and the site chrome, then count a second visit."""
    client.get(url, data)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, data)
    assert response.status_code == 200
    return len(captured)
