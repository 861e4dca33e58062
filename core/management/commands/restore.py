from django.core.management.base import BaseCommand, CommandError

from core.backups.archives import restore_backup


class Command(BaseCommand):
    help = "Replace the database and uploaded media with a backup made by `manage.py backup`."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Path of the .tar.gz archive to restore.")

    def handle(self, *args, archive, **options):
        try:
            restore_backup(archive)
        except FileNotFoundError as error:
            raise CommandError(f"No backup at {archive}.") from error
        self.stdout.write(self.style.SUCCESS(f"Restored {archive}"))
