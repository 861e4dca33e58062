from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    name = "forum"
    verbose_name = _("Agenda and the Neighbourhood Forum")

    def ready(self):
        """Every app connects its signal receivers the same way: @receiver in its receivers module."""
        from forum import receivers  # noqa: F401
