"""Build the demo site: each app's builder in demo/builders/ adds its part, lower apps first."""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from demo.builders import forum, home, ideas, zones
from demo.indexing import indexed_once

BUILDERS = (
    ("home", home.build),
    ("zones", zones.build),
    ("forum", forum.build),
    ("ideas", ideas.build),
)


class Command(BaseCommand):
    help = "Create the demo content in Polish, English and Ukrainian; a second run changes nothing."

    def handle(self, *args, **options):
        with transaction.atomic(), indexed_once():
            for app_label, build in BUILDERS:
                build()
                self.stdout.write(f"Demo content ready: {apps.get_app_config(app_label).verbose_name}")
