"""The ground's periodic tasks (started by core/scheduling/scheduler.py), the editors' guide in the admin,
and the content checks editors get."""

from datetime import timedelta

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.scheduling.scheduler import Periodic
from home import content_checks, editor_guide, editor_guide_sections, tasks


@hooks.register("periodic_tasks")
def housekeeping():
    return [
        Periodic(tasks.publish_scheduled, timedelta(minutes=1)),
        Periodic(tasks.erase_form_submissions, timedelta(hours=1)),
        Periodic(tasks.prune_task_results, timedelta(days=1)),
        Periodic(tasks.prune_login_records, timedelta(days=1)),
        Periodic(tasks.prune_search_queries, timedelta(days=1)),
    ]


@hooks.register("register_admin_urls")
def editor_guide_url():
    return [path("guide/", editor_guide.EditorGuideView.as_view(), name="editor_guide")]


@hooks.register("register_admin_menu_item")
def editor_guide_menu_item():
    return MenuItem(_("Editors' guide"), reverse("editor_guide"), icon_name="help", order=900)


hooks.register("editor_guide_sections", editor_guide_sections.editor_guide_sections)
hooks.register("construct_wagtail_userbar", content_checks.with_site_checks)
