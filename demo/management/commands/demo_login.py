"""Create the demo administrator for `make run` and print how to log in; refused outside DEBUG."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "sas-demo-admin"


class Command(BaseCommand):
    help = "Create (once) the demo administrator and print its login. Only with DEBUG on."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("demo_login only runs with DEBUG on: it creates a known password.")
        User = get_user_model()
        if not User.objects.filter(username=USERNAME).exists():
            User.objects.create_superuser(USERNAME, "admin@sas.example.org", PASSWORD)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo admin: http://127.0.0.1:8000/admin/  user: {USERNAME}  password: {PASSWORD}"
            )
        )
