from django.conf import settings
from django.core.management.base import BaseCommand

from forum.registrations import privacy


class Command(BaseCommand):
    help = "Erase personal data of registrations whose event ended REGISTRATION_RETENTION_DAYS ago, keeping counts."

    def handle(self, *args, **options):
        count = privacy.erase_past()
        days = settings.REGISTRATION_RETENTION_DAYS
        self.stdout.write(f"Registrations erased (events over for more than {days} days): {count}")
