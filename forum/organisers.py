"""The organisers' side of registrations in the Wagtail admin: counts per event, the check-in list at
the door, and a person's data on request. Personal data needs the "view registration" permission;
ticking people off needs "change", erasing needs "delete"."""

import json

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, Sum
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.admin import messages
from wagtail.models import Locale, Page

from forum import booking, privacy
from forum.models import EventPage, Registration, RegistrationStatus, SessionPage


def _require(request, action):
    if not request.user.has_perm(f"forum.{action}_registration"):
        raise PermissionDenied


def _counted(queryset):
    def seats(status):
        return Sum("registrations__seats", filter=Q(registrations__status=status))

    def people(status):
        return Count("registrations", filter=Q(registrations__status=status))

    return queryset.annotate(
        confirmed=people(RegistrationStatus.CONFIRMED),
        confirmed_seats=seats(RegistrationStatus.CONFIRMED),
        waitlisted=people(RegistrationStatus.WAITLISTED),
        waitlisted_seats=seats(RegistrationStatus.WAITLISTED),
        cancelled=people(RegistrationStatus.CANCELLED),
    ).order_by("-span_start")


def summary(request):
    """Every event with registration, with confirmed / waiting / cancelled people and seats."""
    _require(request, "view")
    default = Locale.get_default()
    occasions = [
        *_counted(EventPage.objects.filter(locale=default, registration_enabled=True)),
        *_counted(SessionPage.objects.filter(locale=default, registration_enabled=True)),
    ]
    occasions.sort(
        key=lambda occasion: occasion.span_start or occasion.latest_revision_created_at, reverse=True
    )
    return render(request, "forum/admin/summary.html", {"occasions": occasions})


@require_http_methods(["GET", "POST"])
def check_in(request, page_id):
    """The list at the door, printable, with a tick for each person who came."""
    _require(request, "view")
    registrations = Registration.objects.filter(occasion_id=page_id, status=RegistrationStatus.CONFIRMED)
    if request.method == "POST":
        _require(request, "change")
        registration = get_object_or_404(registrations, pk=request.POST.get("registration"))
        booking.check_in(registration, present=request.POST.get("present") == "1")
        return redirect(request.path + f"#registration-{registration.pk}")
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, EventPage | SessionPage):
        raise Http404
    people = list(registrations.order_by("name"))
    context = {
        "occasion": page,
        "registrations": people,
        "seats": sum(registration.seats for registration in people),
        "present": sum(registration.seats for registration in people if registration.checked_in_at),
        "can_change": request.user.has_perm("forum.change_registration"),
    }
    return render(request, "forum/admin/check_in.html", context)


@require_http_methods(["GET", "POST"])
def person(request):
    """Export or erase everything kept about one person, found by e-mail address."""
    _require(request, "delete")
    email = (request.POST.get("email") or request.GET.get("email") or "").strip()
    found = privacy.person_data(email) if email else []
    if request.method == "POST" and email:
        if request.POST.get("action") == "export":
            response = HttpResponse(
                json.dumps(found, ensure_ascii=False, indent=2),
                content_type="application/json; charset=utf-8",
            )
            response["Content-Disposition"] = 'attachment; filename="registrations.json"'
            return response
        if request.POST.get("action") == "erase":
            count = privacy.erase_person(email)
            messages.success(
                request, _("Erased the personal data of %(count)s registrations.") % {"count": count}
            )
            return redirect(request.path)
    return render(request, "forum/admin/person.html", {"email": email, "found": found})
