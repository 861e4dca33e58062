from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Site search")

    def ready(self):
        """Every app connects its signal receivers the same way: @receiver in its receivers module."""
        from search import receivers  # noqa: F401
