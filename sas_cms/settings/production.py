"""Settings for a public server behind a TLS-terminating reverse proxy.

Refuses to start without SECRET_KEY and ALLOWED_HOSTS, and passes `check --deploy` clean.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env_bool, env_int

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("Set the ALLOWED_HOSTS environment variable (comma-separated).")

DEBUG = False
# Each gunicorn worker serves one request at a time: it keeps its database connection for a minute
# instead of opening one per request (a PostgreSQL connection costs more than a cached page),
# checking before reuse that the connection still works.
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Every member of staff who can read personal data gives a second factor: nobody is exempt.
SECOND_FACTOR_EXEMPT_USERNAMES = []
