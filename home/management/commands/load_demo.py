"""Build the demo site: every app that has a `demo` module adds its part, in INSTALLED_APPS order."""

from importlib import import_module
from importlib.util import find_spec
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Create the demo content in Polish, English and Ukrainian; a second run changes nothing."

    def handle(self, *args, **options):
        project_apps = [
            config
            for config in apps.get_app_configs()
            if Path(config.path).parent == settings.BASE_DIR and find_spec(f"{config.name}.demo")
        ]
        with transaction.atomic():
            for config in project_apps:
                import_module(f"{config.name}.demo").load()
                self.stdout.write(f"Demo content ready: {config.verbose_name}")
