"""The page explorer opens at a zone librarian's zone. Wagtail starts it at the closest common
ancestor of the pages her group may edit: her zone in three languages, whose closest common ancestor
is the root of the tree, so she started at the root and had to find her zone. She starts at her
zone in the default language, where she writes first; other editors keep Wagtail's start."""

from django.urls import reverse
from wagtail.admin.ui.sidebar import PageExplorerMenuItem
from wagtail.admin.wagtail_hooks import ExplorerMenuItem

from zones.editors import zones_edited_by


class ZoneExplorerMenuItem(ExplorerMenuItem):
    def render_component(self, request):
        zone = zones_edited_by(request.user).first()
        if zone is None:
            return super().render_component(request)
        return PageExplorerMenuItem(
            self.name,
            self.label,
            reverse("wagtailadmin_explore", args=[zone.pk]),
            zone.pk,
            icon_name=self.icon_name,
            classname=self.classname,
        )


def start_at_zone(request, menu_items):
    """Wagtail's "Pages" menu item, opening at the zone."""
    menu_items[:] = [
        ZoneExplorerMenuItem(item.label, item.url, name=item.name, icon_name=item.icon_name, order=item.order)
        if item.name == "explorer"
        else item
        for item in menu_items
    ]
