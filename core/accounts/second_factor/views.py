"""The second factor's screens in the admin (registered as admin URLs, so in the editor's admin
language): setting up the app, giving a code after the password, and one's own reset."""

from urllib.parse import urlencode

import segno
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from wagtail.admin import messages

from core.accounts.second_factor import devices, rule
from core.accounts.second_factor.forms import THROTTLED, WRONG_CODE, AppCodeForm, RecoveryCodeForm


def _next(request):
    """Where to go once the code is given: the admin page first asked for, never another site."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def _to(url_name, request):
    return redirect(f"{reverse(url_name)}?{urlencode({'next': _next(request)})}")


def _check(form, field, check):
    """Run `check` on the form's code; the device that accepted it, or None with the form's error."""
    if not form.is_valid():
        return None
    accepted = check(form.cleaned_data[field])
    if accepted in (None, devices.THROTTLED):
        form.add_error(field, THROTTLED if accepted == devices.THROTTLED else WRONG_CODE)
        return None
    return accepted


def _qr_code(device):
    """The app's set-up address as an SVG drawn here: no script, and the key never leaves the site."""
    code = segno.make(device.config_url, error="m")
    # segno escapes the title; the rest is its own drawing.
    return mark_safe(
        code.svg_inline(
            scale=5, border=4, dark="#000", light="#fff", title=_("QR code for your authenticator app")
        )
    )


@never_cache
@require_http_methods(["GET", "POST"])
def enrol(request):
    """Set up an authenticator app: scan the QR code or type the key, confirm with a code from the
    app, then see the recovery codes once."""
    user = request.user
    if not rule.needs_second_factor(user) or user.is_verified():
        return redirect(_next(request))
    if devices.has_app(user):
        return _to("second_factor_verify", request)
    device = devices.app_being_set_up(user)
    form = AppCodeForm(request.POST or None)
    accepted = _check(form, "code", lambda code: devices.confirm_app(device, code))
    if accepted:
        confirmed, codes = accepted
        otp_login(request, confirmed)
        return render(
            request,
            "core/accounts/second_factor/recovery_codes.html",
            {"codes": codes, "next": _next(request)},
        )
    context = {
        "form": form,
        "qr_code": _qr_code(device),
        "key": devices.key_for_typing(device),
        "next": _next(request),
    }
    return render(request, "core/accounts/second_factor/enrol.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def verify(request):
    """After the password: a code from the app, or a recovery code, opens the admin for the session."""
    user = request.user
    if not rule.needs_second_factor(user) or user.is_verified():
        return redirect(_next(request))
    if not devices.has_app(user):
        return _to("second_factor_enrol", request)
    app_form = AppCodeForm(request.POST if "code" in request.POST else None)
    recovery_form = RecoveryCodeForm(request.POST if "recovery_code" in request.POST else None)
    accepted = _check(app_form, "code", lambda code: devices.verify(user, code)) or _check(
        recovery_form, "recovery_code", lambda code: devices.verify(user, code, recovery=True)
    )
    if accepted:
        otp_login(request, accepted)
        return redirect(_next(request))
    context = {"app_form": app_form, "recovery_form": recovery_form, "next": _next(request)}
    return render(request, "core/accounts/second_factor/verify.html", context)


@require_http_methods(["GET", "POST"])
def account(request):
    """The staff member's own second factor: how many recovery codes are left, and a reset (a lost
    or new phone) that sends her to set up the app again."""
    user = request.user
    if request.method == "POST":
        devices.remove_all(user)
        messages.success(
            request, _("Your authenticator app and recovery codes are removed: set up the app again.")
        )
        return redirect("second_factor_enrol")
    context = {"has_app": devices.has_app(user), "recovery_codes_left": devices.recovery_codes_left(user)}
    return render(request, "core/accounts/second_factor/account.html", context)
