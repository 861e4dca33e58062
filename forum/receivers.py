"""What the forum does when something happens elsewhere: a published occasion raises its calendar
SEQUENCE, gives new seats to the waiting list and tells registrants what changed; a deleted
registration or organisers' message takes its mail out of the outbox. Imported by ForumConfig.ready."""

from django.db import transaction
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.models import Locale
from wagtail.signals import page_published

from forum.calendars import sequence
from forum.models import Occasion, OrganiserMessage, Registration
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


@receiver(pre_delete, sender=Registration, dispatch_uid="forum-registration-deleted")
def forget_registrations_mail(sender, instance, **kwargs):
    """The outbox knows no registration (core/mail/), so a deleted registration's messages go here,
    before the links to them do (an occasion's deletion deletes its registrations)."""
    instance.messages.all().delete()


@receiver(pre_delete, sender=OrganiserMessage, dispatch_uid="forum-organiser-message-deleted")
def forget_copies(sender, instance, **kwargs):
    """The copies of a deleted organisers' message go with it, as the message's own record did."""
    instance.deliveries.all().delete()
