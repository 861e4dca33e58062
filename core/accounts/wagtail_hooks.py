"""The second factor's screens and account menu item (loaded by core/wagtail_hooks.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.accounts.second_factor import rule as second_factor_rule
from core.accounts.second_factor import views as second_factor


@hooks.register("register_admin_urls")
def second_factor_urls():
    return [
        path("second-factor/", second_factor.verify, name="second_factor_verify"),
        path("second-factor/set-up/", second_factor.enrol, name="second_factor_enrol"),
        path("second-factor/account/", second_factor.account, name="second_factor_account"),
    ]


@hooks.register("register_account_menu_item")
def second_factor_account_item(request):
    """Resetting one's own authenticator app, for the staff who are asked for it."""
    if not second_factor_rule.needs_second_factor(request.user):
        return None
    return {
        "url": reverse("second_factor_account"),
        "label": _("Second factor"),
        "help_text": _("Your authenticator app and recovery codes: reset them when you change phones."),
    }
