"""The ground's own part of the Wagtail admin and the scheduler: the site's periodic housekeeping
(core/housekeeping.py), the outbox (core/mail/) and the staff's "A person's data" screen (core/privacy/)."""

from datetime import timedelta

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from core import housekeeping
from core.mail import admin as mail_admin
from core.mail import tasks as mail_tasks
from core.mail.models import OutgoingMail
from core.privacy import contributors, views
from core.scheduling.scheduler import Periodic

# Housekeeping (core/housekeeping.py) --------------------------------------------------------------


@hooks.register("periodic_tasks")
def housekeeping_tasks():
    return [
        Periodic(housekeeping.publish_scheduled, timedelta(minutes=1)),
        Periodic(housekeeping.erase_form_submissions, timedelta(hours=1)),
        Periodic(housekeeping.prune_task_results, timedelta(days=1)),
        Periodic(housekeeping.prune_login_records, timedelta(days=1)),
        Periodic(housekeeping.prune_search_queries, timedelta(days=1)),
    ]


# The outbox (core/mail/) ------------------------------------------------------------------------


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


# A person's data (core/privacy/) ------------------------------------------------------------------


@hooks.register("register_admin_urls")
def person_data_urls():
    """At the address staff have used since the screen was the registrations' own."""
    return [path("registrations-person/", views.person, name="core_person_data")]


class PersonDataMenuItem(MenuItem):
    def is_shown(self, request):
        return contributors.may_use_screen(request.user)


@hooks.register("register_admin_menu_item")
def person_data_menu_item():
    """Beside the registrations' menu items, where staff have always found it."""
    return PersonDataMenuItem(_("A person's data"), reverse("core_person_data"), icon_name="user", order=252)
