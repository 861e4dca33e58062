from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from core.backups.archives import create_backup


class Command(BaseCommand):
    help = "Back up the database and uploaded media into one .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="Archive path (default: backups/sas-<date-time>.tar.gz).")

    def handle(self, *args, output=None, **options):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path = create_backup(output or Path(settings.BASE_DIR) / "backups" / f"sas-{stamp}.tar.gz")
        self.stdout.write(self.style.SUCCESS(f"Backup written to {path}"))
