"""Background tasks of the shared ground: mail is sent here, never inside a request."""

from django.conf import settings
from django.core.mail import EmailMessage
from django_tasks import task


@task()
def send_staff_notification(subject, body, recipients, sender="", reply_to=()):
    """Send a form submission to staff; a failure leaves the task result failed for a retry."""
    EmailMessage(
        subject=subject,
        body=body,
        from_email=sender or settings.DEFAULT_FROM_EMAIL,
        to=recipients,
        reply_to=list(reply_to),
    ).send()
