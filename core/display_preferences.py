"""The accessibility panel: larger text and high contrast, remembered in a cookie.

It is a plain form posted to the server, so it works without JavaScript; a page is fully
usable without ever touching it.
"""

from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

COOKIE_NAME = "sas_display"
CHOICES = {"text": {"normal", "large"}, "contrast": {"normal", "high"}}
ONE_YEAR = 365 * 24 * 60 * 60


def read(request):
    """The saved choices; anything unknown in the cookie is ignored."""
    saved = dict(
        part.split("-", 1) for part in request.COOKIES.get(COOKIE_NAME, "").split(".") if "-" in part
    )
    return {name: value for name, value in saved.items() if value in CHOICES.get(name, ())}


def classes_for(request):
    return " ".join(
        f"pref-{name}-{value}" for name, value in sorted(read(request).items()) if value != "normal"
    )


@csrf_exempt
@require_POST
def save(request):
    """Store the posted choices and return to the page the visitor came from.

    Exempt from CSRF on purpose: it only changes how pages look for this browser, and a CSRF
    cookie on every page would keep anonymous pages out of shared caches.
    """
    choices = read(request)
    for name, allowed in CHOICES.items():
        if request.POST.get(name) in allowed:
            choices[name] = request.POST[name]
    if "reset" in request.POST:
        choices = {}
    target = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    response = HttpResponseRedirect(target)
    value = ".".join(f"{name}-{value}" for name, value in sorted(choices.items()))
    response.set_cookie(COOKIE_NAME, value, max_age=ONE_YEAR, samesite="Lax", httponly=True)
    return response
