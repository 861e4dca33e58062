from django.core.management.base import BaseCommand

from forum.registrations import reminders


class Command(BaseCommand):
    help = "E-mail a reminder to everyone confirmed for an event that starts within a day (once each)."

    def handle(self, *args, **options):
        count = reminders.queue_due()
        self.stdout.write(f"Reminders queued: {count}")
