"""Settings for `make run`: one developer's machine, debug on, anything on loopback allowed."""

from .base import *  # noqa: F403
from .env import env_int, env_list, env_str

# The demo content (demo/: `load_demo`, `prepare_demo_site`, the demo logins) serves development and
# the tests only: production settings do not install it.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

DEBUG = True
SECRET_KEY = env_str("SECRET_KEY", "dev-only-not-secret-sas-cms")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Developers see their template and code changes at once.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 0)
# The demo's logins (`demo_login`, `demo_editors`) open the admin without a second factor, so that
# `make run` and the browser tests sign in with a password; production settings exempt nobody.
SECOND_FACTOR_EXEMPT_USERNAMES = ["admin", "komunikacja", "redakcja-strefy"]
