from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The site's shared services: caching, scheduling, the outbox, backups, the clock, the request's client
    address and rate limits. No page model lives here, and nothing here imports an app above it."""

    name = "core"

    def ready(self):
        """Every app connects its signal receivers the same way: @receiver in its receivers module;
        the site's own system checks register on import too."""
        from core import checks, receivers  # noqa: F401
        from core.mail import receivers as mail_receivers  # noqa: F401
