from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site and shared pages")

    def ready(self):
        """Every app connects its signal receivers the same way: @receiver in its receivers module;
        the site's own system checks register on import too."""
        from home import checks, receivers  # noqa: F401
