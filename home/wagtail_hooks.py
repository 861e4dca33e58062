"""The editors' guide in the admin and the content checks editors get."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home import content_checks, editor_guide, editor_guide_sections


@hooks.register("register_admin_urls")
def editor_guide_url():
    return [path("guide/", editor_guide.EditorGuideView.as_view(), name="editor_guide")]


@hooks.register("register_admin_menu_item")
def editor_guide_menu_item():
    return MenuItem(_("Editors' guide"), reverse("editor_guide"), icon_name="help", order=900)


hooks.register("editor_guide_sections", editor_guide_sections.editor_guide_sections)
hooks.register("construct_wagtail_userbar", content_checks.with_site_checks)
