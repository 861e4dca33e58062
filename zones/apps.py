from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ZonesConfig(AppConfig):
    name = "zones"
    verbose_name = _("Zones, stories, training and the guide")

    def ready(self):
        """Every app connects its signal receivers the same way: @receiver in its receivers module."""
        from zones import receivers  # noqa: F401
