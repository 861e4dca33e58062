"""Settings for pytest: the same stack as dev, with mail and tasks kept in memory."""

import hashlib
import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from .base import *  # noqa: F403

# The demo content (demo/: `load_demo`, `prepare_demo_site`, the demo logins) serves development and
# the tests only: production settings do not install it.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

DEBUG = False
SECRET_KEY = "test-only-not-secret-sas-cms"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file rather than memory, as on a real machine: the booking race test runs threads with
    # connections of their own (pytest-django gives each parallel worker its own file).
    # Named after the checkout, so that two checkouts can run their suites at the same time.
    _checkout = hashlib.sha256(str(BASE_DIR).encode()).hexdigest()[:8]  # noqa: F405
    _test_file = Path(tempfile.gettempdir()) / f"sas-cms-test-{_checkout}.sqlite3"
    DATABASES["default"]["TEST"] = {"NAME": str(_test_file)}  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_USE_FINDERS = True
# Off so that every request really renders; tests of the page cache switch it on.
PAGE_CACHE_SECONDS = 0
# Parallel test workers share one Redis server, and cache.clear() flushes a whole
# Redis database: each worker (gw0, gw1, ...) gets a database of its own.
if REDIS_URL:  # noqa: F405
    _worker_number = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
    for _cache in CACHES.values():  # noqa: F405
        _cache["LOCATION"] = urlsplit(REDIS_URL)._replace(path=f"/{_worker_number + 1}").geturl()  # noqa: F405
