from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The site's shared services: caching, scheduling, backups, the clock, the request's client
    address and rate limits. No page model lives here, and nothing here imports an app above it."""

    name = "core"
