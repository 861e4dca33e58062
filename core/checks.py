"""`manage.py check --deploy` warns when the app stands behind proxies it does not count
(TRUSTED_PROXIES 0): every visitor would then be the proxy to the rate limits and the login lock.

A system check sees only the settings, so it warns on two grounds:
- the settings name a front cache (FRONT_CACHE_URL, Varnish), which stands in front of the app, so
  at least one proxy is there (W001);
- the running app noted a request that came through a proxy while TRUSTED_PROXIES was 0
  (core/http/client_address.py keeps the note in the shared "counters" cache for 30 days), which also
  catches a TLS proxy alone or a front cache the app is not told about (W002).
"""

from django.conf import settings
from django.core.checks import Tags, Warning, register

from core.http.client_address import uncounted_proxy_note

SET_IT = "Set TRUSTED_PROXIES to the number of proxies in front of the app (TLS proxy and Varnish: 2)."


@register(Tags.security, deploy=True)
def proxies_are_counted(app_configs, **kwargs):
    if settings.TRUSTED_PROXIES:
        return []
    warnings = []
    if settings.FRONT_CACHE_URL:
        warnings.append(
            Warning(
                "FRONT_CACHE_URL names a front cache in front of the app, but TRUSTED_PROXIES is 0: every "
                "visitor counts as the proxy in the rate limits and the login lock.",
                hint=SET_IT,
                id="core.W001",
            )
        )
    note = _read_note()
    if note:
        warnings.append(
            Warning(
                f"Requests came through a proxy at {note['proxy']} (X-Forwarded-For, last noted "
                f"{note['seen']}) while TRUSTED_PROXIES is 0: every visitor counts as that proxy.",
                hint=SET_IT,
                id="core.W002",
            )
        )
    return warnings


def _read_note():
    """The note, or None when the counters cache cannot be read (a database not yet migrated, Redis
    down): a check must report, not fail."""
    try:
        return uncounted_proxy_note()
    except Exception:  # the cache backend's own errors, from the database or Redis
        return None
