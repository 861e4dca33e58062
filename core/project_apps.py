"""The project's own apps, found in the app registry, so shared code reaches every app without naming any."""

from functools import cache
from pathlib import Path

from django.apps import apps
from django.conf import settings


@cache
def project_apps():
    """This project's installed apps: packages in the project folder itself, not Django's, Wagtail's
    or other installed libraries; in INSTALLED_APPS order."""
    base = Path(settings.BASE_DIR).resolve()
    return tuple(app for app in apps.get_app_configs() if Path(app.path).resolve().parent == base)
