"""What `make run` does before serving, in one process so a second run starts in seconds."""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Migrate, load the demo content (idempotent) and print the demo login."

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_demo", stdout=self.stdout)
        call_command("demo_login", stdout=self.stdout)
