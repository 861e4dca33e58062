"""A zone librarian's own panel on the admin dashboard: her zone, a link to its pages in the
explorer, and one click to add a story to it. Apps above add their own one-click actions (an event
in the zone) through the "zone_dashboard_actions" hook: functions of (request, zone) returning
(label, url) or None."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from zones.editors import zones_edited_by
from zones.models import StoryPage


def add_page_url(model, parent):
    """The admin's form for a new `model` page under `parent`."""
    return reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])


def add_story(request, zone):
    if StoryPage.can_exist_under(zone) and zone.permissions_for_user(request.user).can_add_subpage():
        return _("Add a story"), add_page_url(StoryPage, zone)
    return None


class ZonePanel(Component):
    """Her zone first on the dashboard, above Wagtail's own panels (her pages in moderation, her
    recent edits)."""

    name = "zone"
    template_name = "zones/admin/zone_panel.html"
    order = 50

    def __init__(self, zones):
        self.zones = zones

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        makers = [add_story, *hooks.get_hooks("zone_dashboard_actions")]
        return {
            "zones": [
                {
                    "page": zone,
                    "panel_id": f"zone-{zone.pk}",
                    "explore_url": reverse("wagtailadmin_explore", args=[zone.pk]),
                    "actions": [action for maker in makers if (action := maker(request, zone))],
                }
                for zone in self.zones
            ]
        }


def add_zone_panel(request, panels):
    """The panel for the zones whose group the user belongs to (none for other editors)."""
    zones = list(zones_edited_by(request.user))
    if zones:
        panels.append(ZonePanel(zones))
