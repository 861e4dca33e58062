"""The ground's own part of the Wagtail admin: the site's periodic housekeeping (core/housekeeping.py,
started by core/scheduling/scheduler.py) and the staff's "A person's data" screen (core/privacy/)."""

from datetime import timedelta

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core import housekeeping
from core.privacy import contributors, views
from core.scheduling.scheduler import Periodic


@hooks.register("periodic_tasks")
def housekeeping_tasks():
    return [
        Periodic(housekeeping.publish_scheduled, timedelta(minutes=1)),
        Periodic(housekeeping.erase_form_submissions, timedelta(hours=1)),
        Periodic(housekeeping.prune_task_results, timedelta(days=1)),
        Periodic(housekeeping.prune_login_records, timedelta(days=1)),
        Periodic(housekeeping.prune_search_queries, timedelta(days=1)),
    ]


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
