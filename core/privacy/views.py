"""The staff's "A person's data" screen: when someone asks what the site keeps about her, or asks
to be forgotten, staff find it by e-mail address, export it as JSON or erase it, across every app
that contributes (contributors.py)."""

import json

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.admin import messages

from core.privacy.contributors import contributors, may_use_screen


def _export(everything):
    response = HttpResponse(
        json.dumps(everything, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="personal-data.json"'
    return response


def _erase(request, email):
    for contributor in contributors():
        count = contributor.erase(email)
        messages.success(
            request, _("%(what)s: %(count)s erased.") % {"what": contributor.label, "count": count}
        )


@require_http_methods(["GET", "POST"])
def person(request):
    """Find, export or erase everything kept about the person with the e-mail address given."""
    if not may_use_screen(request.user):
        raise PermissionDenied
    email = (request.POST.get("email") or request.GET.get("email") or "").strip()
    if request.method == "POST" and email:
        action = request.POST.get("action")
        if action == "export":
            return _export({contributor.key: contributor.find(email) for contributor in contributors()})
        if action == "erase":
            _erase(request, email)
            return redirect(request.path)
    sections = [
        (contributor.label, [contributor.describe(record) for record in contributor.find(email)])
        for contributor in (contributors() if email else [])
    ]
    context = {"email": email, "sections": sections, "anything": any(lines for _label, lines in sections)}
    return render(request, "core/privacy/person.html", context)
