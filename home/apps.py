from functools import cache
from pathlib import Path

from django.apps import AppConfig, apps
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site and shared pages")

    def ready(self):
        """Every app connects its signal receivers the same way: @receiver in its receivers module."""
        from home import receivers  # noqa: F401


@cache
def project_apps():
    """This project's installed apps (packages in the project folder itself, not Django's, Wagtail's
    or other installed libraries), so shared code reaches every app without naming any."""
    base = Path(settings.BASE_DIR).resolve()
    return tuple(app for app in apps.get_app_configs() if Path(app.path).resolve().parent == base)
