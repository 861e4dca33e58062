"""Keeps the admin closed to staff who must give a second factor until they have, this session."""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse

from core.accounts.second_factor import devices, rule

# What opens before the second factor: signing in and out, the screens that ask for it, and what
# the admin's own layout loads on them.
OPEN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "second_factor_enrol",
    "second_factor_verify",
    "admin:logout",
}


def _guarded(request):
    """The Wagtail admin and Django's admin: every screen that can show personal data."""
    return request.path.startswith((reverse("wagtailadmin_home"), reverse("admin:index")))


class SecondFactorMiddleware:
    """Sends a signed-in staff member who needs a second factor (rule.py) and has not given it in
    this session to set up her app, or to give a code, before any admin view runs. Placed after
    django-otp's OTPMiddleware, which tells whether the session is verified; the page cache never
    keeps admin pages nor serves a visitor with a session, so nothing is served around it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if (
            not _guarded(request)
            or request.resolver_match.view_name in OPEN_VIEWS
            or request.user.is_verified()
            or not rule.needs_second_factor(request.user)
        ):
            return None
        screen = "second_factor_verify" if devices.has_app(request.user) else "second_factor_enrol"
        return redirect(f"{reverse(screen)}?{urlencode({'next': request.get_full_path()})}")
