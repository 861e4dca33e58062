"""The outbox's part of the admin and the scheduler: its periodic tasks, the undelivered e-mails
screen and who may read it (loaded by core/wagtail_hooks.py)."""

from datetime import timedelta

from django.contrib.auth.models import Permission
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from core.mail import admin as mail_admin
from core.mail import tasks as mail_tasks
from core.mail.models import OutgoingMail
from core.scheduling.scheduler import Periodic


@hooks.register("periodic_tasks")
def mail_periodic_tasks():
    """Retries of mail every minute, and old mail's bodies blanked every hour."""
    return [
        Periodic(mail_tasks.send_outbox, timedelta(minutes=1)),
        Periodic(mail_tasks.blank_old_mail, timedelta(hours=1)),
    ]


register_permission_policy(OutgoingMail, mail_admin.ViewOnlyPermissionPolicy(OutgoingMail))


@hooks.register("register_admin_viewset")
def register_undelivered_mail():
    return mail_admin.UndeliveredMailViewSet("undelivered-mail")


@hooks.register("personal_data_permissions")
def undelivered_mail_is_personal_data():
    """The undelivered e-mails name residents: the staff who may see them give a second factor."""
    return ["core.view_outgoingmail"]


@hooks.register("communications_group")
def communications_see_undelivered_mail(group):
    """Communications staff see the mail that could not be delivered, to reach those people another way."""
    group.permissions.add(
        Permission.objects.get(content_type__app_label="core", codename="view_outgoingmail")
    )
