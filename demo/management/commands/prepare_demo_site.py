"""What `make run` does before serving, in one process so a second run starts in seconds."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from home.search_fields import search_index_is_current


class Command(BaseCommand):
    help = (
        "Migrate, load the demo content (idempotent), rebuild a stale search index and print the demo login."
    )

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_demo", stdout=self.stdout)
        if not search_index_is_current():
            self.stdout.write("Rebuilding the search index (manage.py update_index)...")
            call_command("update_index", verbosity=0)
        call_command("demo_login", stdout=self.stdout)
