"""The "A person's data" screen's address and menu item (loaded by core/wagtail_hooks.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.privacy import contributors, views


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
