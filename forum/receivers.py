"""What the forum app does when pages change. Connected by ForumConfig.ready."""

from django.dispatch import receiver
from wagtail.signals import page_published

from forum import sequence
from forum.models import Occasion


@receiver(page_published, dispatch_uid="forum-calendar-sequence")
def raise_calendar_sequence(sender, instance, **kwargs):
    """A published change of time, place or status raises the occasion's calendar SEQUENCE."""
    if isinstance(instance, Occasion):
        sequence.record_published_change(instance)
