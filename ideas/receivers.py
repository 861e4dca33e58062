"""What ideas do when their records change: book the erasure of the personal data they hold.
Imported by IdeasConfig.ready."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from ideas import tasks
from ideas.models import Idea, IdeaSupport


@receiver(post_save, sender=Idea, dispatch_uid="ideas-idea-saved")
@receiver(post_save, sender=IdeaSupport, dispatch_uid="ideas-support-saved")
def record_saved(sender, instance, created, update_fields=None, **kwargs):
    """A new idea or support, or an idea just closed, books the erasure it will need."""
    closing = (
        isinstance(instance, Idea) and update_fields and "closed_at" in update_fields and instance.closed_at
    )
    if created or closing:
        transaction.on_commit(lambda: tasks.schedule_erasure(instance))
