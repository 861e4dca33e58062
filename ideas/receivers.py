"""What ideas do when something happens elsewhere: a deleted idea or support takes the messages
about it out of the outbox (an idea's deletion deletes its supports, each with its own). Imported
by IdeasConfig.ready."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from core.mail import outbox
from ideas.mail import about
from ideas.models import Idea, IdeaSupport


@receiver(post_delete, sender=Idea, dispatch_uid="ideas-idea-deleted")
@receiver(post_delete, sender=IdeaSupport, dispatch_uid="ideas-support-deleted")
def forget_messages(sender, instance, **kwargs):
    outbox.erase_about([about(instance)])
