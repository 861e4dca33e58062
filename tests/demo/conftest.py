"""The demo as `load_demo` builds it, shared by the tests that read it (tests/demo/)."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="package")
def demo_site(django_db_setup, django_db_blocker):
    """The whole demo site (`load_demo`), built once for this package's modules and rolled back
    after them; built before any module narrows what saves keep up to date (tests/conftest.py's
    `_indexes`), so it has the search index a visitor's search reads.

    Each test still runs in its own transaction inside this one (use it together with `db`).
    """
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo", stdout=StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
