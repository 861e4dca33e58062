"""New mail is sent at once: once the transaction that wrote it has committed, the task worker is
asked to send the outbox. Imported by CoreConfig.ready."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from core.mail import tasks
from core.mail.models import OutgoingMail


@receiver(post_save, sender=OutgoingMail, dispatch_uid="core-mail-written")
def message_written(sender, instance, created, **kwargs):
    if created:
        transaction.on_commit(tasks.send_outbox.enqueue)
