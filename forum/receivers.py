"""What the forum does when something happens elsewhere: a published occasion raises its calendar
SEQUENCE, gives new seats to the waiting list and tells registrants what changed; new mail is sent
at once by the task worker. Imported by ForumConfig.ready."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Locale
from wagtail.signals import page_published

from forum import tasks
from forum.calendars import sequence
from forum.models import EmailOutbox, Occasion, Registration
from forum.registrations import booking


@receiver(page_published, dispatch_uid="forum-occasion-published")
def occasion_published(sender, instance, **kwargs):
    """A published change of time, place or status raises the SEQUENCE and is told to registrants."""
    if not isinstance(instance, Occasion):
        return
    with transaction.atomic():
        changed = sequence.record(instance)
        holds_registrations = instance.locale_id == Locale.get_default().pk
        if holds_registrations and Registration.objects.filter(occasion_id=instance.pk).exists():
            booking.capacity_changed(instance)
            if changed:
                booking.announce_change(instance, changed)


@receiver(post_save, sender=EmailOutbox, dispatch_uid="forum-message-written")
def message_written(sender, instance, created, **kwargs):
    if created:
        transaction.on_commit(tasks.send_outbox.enqueue)
