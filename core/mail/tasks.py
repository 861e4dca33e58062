"""Work the task worker does for the outbox: mail is sent only here, never in a request. New mail is
sent as soon as it is written (receivers.py); retries and blanking run from the scheduler
(core/wagtail_hooks.py)."""

from django_tasks import task

from core.mail import outbox, sending


@task()
def send_outbox():
    """Send every message that is due: new ones, and those waiting for another attempt."""
    sending.send_due()


@task()
def blank_old_mail():
    """Blank the bodies of e-mails sent more than OUTBOX_RETENTION_DAYS ago."""
    return outbox.blank_old_bodies()
