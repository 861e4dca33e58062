from django.conf import settings
from django.core.management.base import BaseCommand

from ideas import privacy


class Command(BaseCommand):
    help = (
        "Forget unconfirmed ideas and supports whose link expired, and the people of ideas closed "
        "IDEAS_RETENTION_DAYS ago, keeping the ideas and their support counts."
    )

    def handle(self, *args, **options):
        count = privacy.erase_past()
        days = settings.IDEAS_RETENTION_DAYS
        self.stdout.write(f"Idea records erased (unconfirmed, or closed for more than {days} days): {count}")
