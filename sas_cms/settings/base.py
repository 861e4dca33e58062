"""Settings shared by every environment; every value can be set from the environment.

Embedded defaults serve one machine: SQLite, local media, console e-mail, the database
task queue, a local-memory cache and Wagtail's database search backend.
"""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _
from xstatic.pkg import bootstrap as xstatic_bootstrap
from xstatic.pkg import leaflet as xstatic_leaflet

from .env import env_bool, env_int, env_list, env_str
from .security import *  # noqa: F403

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "zones",
    "forum",
    "ideas",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "crispy_forms",
    "crispy_bootstrap5",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "sas_cms.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.caching.page_cache.ContentGenerationMiddleware",
    # A page kept for anonymous visitors is served before the rest, which it does not need.
    "core.caching.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.caching.site_lookup.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "core.accounts.second_factor.middleware.SecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
    "core.caching.page_cache.KeepablePageMiddleware",
    "core.caching.freshness.TimeAwareCacheMiddleware",
]

# Whole pages cached for anonymous visitors (core/caching/page_cache.py); 0 switches the cache off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)

# Logins are rate limited by django-axes (core/accounts/login_lock.py): five failures within an hour lock
# the name from that address; thirty from all addresses together lock the name from every address.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_HANDLER = "core.accounts.login_lock.LoginLockHandler"
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
ACCOUNT_FAILURE_LIMIT = env_int("ACCOUNT_FAILURE_LIMIT", 30)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_HOURS", 1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "username"]
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.http.client_address.client_ip"

# The admin's "forgot password" form sends a link at most this often an hour to one address and for
# one client (core/accounts/login_forms.py); past either limit it answers the same and sends nothing.
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "core.accounts.login_forms.LimitedPasswordResetForm"
PASSWORD_RESET_ADDRESS_LIMIT = env_int("PASSWORD_RESET_ADDRESS_LIMIT", 3)
PASSWORD_RESET_CLIENT_LIMIT = env_int("PASSWORD_RESET_CLIENT_LIMIT", 10)

# Staff who read residents' personal data (core/privacy/permissions.py): their admin sessions end this
# many hours after login (core/admin_sessions.py, the session engine); others keep Django's two weeks.
SESSION_ENGINE = "core.admin_sessions"
ADMIN_PERSONAL_DATA_SESSION_HOURS = env_int("ADMIN_PERSONAL_DATA_SESSION_HOURS", 8)

ROOT_URLCONF = "sas_cms.urls"
WSGI_APPLICATION = "sas_cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.display_preferences",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Every transaction takes the write lock when it begins, so that two bookings of the last seat
    # wait for each other instead of failing; WAL lets pages be read meanwhile.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
# "counters" holds what every worker process and machine must share: the forms' rate limits
# (core/http/rate_limits.py) and the content generation every kept page and part is keyed by
# (core/caching/page_cache.py). Redis, or else a database table that `migrate` makes.
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL},
        "counters": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL},
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "counters": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "cache_counters"},
    }

# How many reverse proxies stand in front of the app and append to X-Forwarded-For (a TLS proxy and
# Varnish: 2); the client address of the rate limits and the login lock (core/http/client_address.py).
TRUSTED_PROXIES = env_int("TRUSTED_PROXIES", 0)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Polish first, then English and Ukrainian (many new residents of Łódź are Ukrainian).
LANGUAGE_CODE = "pl"
LANGUAGES = [("pl", "Polski"), ("en", "English"), ("uk", "Українська")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# locale/wagtail/ fills gaps in Wagtail's own Polish and Ukrainian catalogues (its msgids word for
# word): LOCALE_PATHS come before the apps' catalogues. makemessages leaves it alone.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "wagtail"]
USE_I18N = True
# Page addresses in Latin letters: the admin proposes a slug transliterated by the page's language
# ("Łódź" gives "lodz", "Як створити" gives "yak-stvoryty"), readable and typeable anywhere.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
TIME_ZONE = "Europe/Warsaw"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "static_collected")))
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/bootstrap", xstatic_bootstrap.BASE_DIR),
    ("vendor/leaflet", xstatic_leaflet.BASE_DIR),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Media in an S3-compatible bucket (AWS, MinIO, Ceph, Scaleway...) so several app instances share it.
# The bucket must be publicly readable: media URLs are plain (unsigned) so cached pages stay valid.
# Keys come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, read by boto3 itself.
MEDIA_S3_BUCKET = env_str("MEDIA_S3_BUCKET")
if MEDIA_S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": env_str("MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": env_str("MEDIA_S3_REGION") or None,
            "custom_domain": env_str("MEDIA_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }

# Registrations (forum/registrations/booking.py): personal data is erased this many days after the occasion,
# and one address may send this many registration forms an hour.
REGISTRATION_RETENTION_DAYS = env_int("REGISTRATION_RETENTION_DAYS", 30)
REGISTRATION_RATE_LIMIT = env_int("REGISTRATION_RATE_LIMIT", 20)
REGISTRATION_HOLD_HOURS = env_int("REGISTRATION_HOLD_HOURS", 24)
# One address may send this many contact-form messages an hour (then HTTP 429).
CONTACT_FORM_RATE_LIMIT = env_int("CONTACT_FORM_RATE_LIMIT", 10)
IDEAS_RETENTION_DAYS = env_int("IDEAS_RETENTION_DAYS", 365)
# One address may send this many ideas and supports an hour (then HTTP 429).
IDEAS_RATE_LIMIT = env_int("IDEAS_RATE_LIMIT", 20)
# A sent e-mail's body and attachment are blanked this many days after it went (core/mail/outbox.py).
OUTBOX_RETENTION_DAYS = env_int("OUTBOX_RETENTION_DAYS", 30)

# A front cache (Varnish, see deploy/varnish/) that editors' publishing purges (core/caching/front_cache.py).
# Translated pages have their own slugs, so Wagtail must not rewrite purged URLs per language.
FRONT_CACHE_URL = env_str("FRONT_CACHE_URL")
WAGTAILFRONTENDCACHE = (
    {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONT_CACHE_URL,
        }
    }
    if FRONT_CACHE_URL
    else {}
)
WAGTAILFRONTENDCACHE_LANGUAGES = []

EMAIL_HOST = env_str("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", EMAIL_PORT == 587)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", EMAIL_PORT == 465)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "SAS Łódź <sas@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

TASKS = {"default": {"BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

# Retention of records the scheduler prunes (core/housekeeping.py): finished task results, admin login
# records (django-axes) and what residents sent through forms (staff have it by e-mail).
TASK_RESULT_RETENTION_DAYS = env_int("TASK_RESULT_RETENTION_DAYS", 14)
LOGIN_RECORD_RETENTION_DAYS = env_int("LOGIN_RECORD_RETENTION_DAYS", 90)
FORM_RETENTION_DAYS = env_int("FORM_RETENTION_DAYS", 180)

# A second factor for the staff who can read personal data (core/accounts/second_factor/): an authenticator
# app's code (TOTP) after the password, or a recovery code; each wrong code doubles the wait
# (django-otp's throttling, from one second).
# Nobody is exempt: development settings let the demo's logins through, and only with DEBUG on.
SECOND_FACTOR_EXEMPT_USERNAMES = []
OTP_TOTP_ISSUER = "SAS Łódź"
# Django's admin of the devices (where a superuser removes someone's app) shows no key.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

WAGTAIL_SITE_NAME = _("Neighbourhood Activity Zones")
WAGTAILADMIN_BASE_URL = env_str("BASE_URL", "http://127.0.0.1:8000")
# Editors' avatars are the pictures they upload, or Wagtail's own default: asking Gravatar would
# send a hash of every editor's e-mail address out of the site with each admin page.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_USER_LOGIN_FORM = "core.accounts.login_forms.TranslatedLoginForm"
# Wagtail's database backend (SQLite FTS5, or PostgreSQL full-text search when DATABASE_URL is
# PostgreSQL) unless OPENSEARCH_URL names an OpenSearch 3 cluster.
OPENSEARCH_URL = env_str("OPENSEARCH_URL")
if OPENSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": [OPENSEARCH_URL],
            "INDEX": env_str("OPENSEARCH_INDEX", "sas_cms"),
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "odp", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Django's own loggers and the development server's request log, personal data hidden
# (core/log_filters.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"hide_personal_data": {"()": "core.log_filters.HidePersonalData"}},
    "formatters": {
        "server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["hide_personal_data"]},
        "server": {
            "class": "logging.StreamHandler",
            "formatter": "server",
            "filters": ["hide_personal_data"],
        },
    },
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.server": {"handlers": ["server"], "level": "INFO", "propagate": False},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
}
