"""The organisers' side of registrations in the Wagtail admin: counts per event, the check-in list at
the door, residents added by hand and messages to everyone registered. Seeing registrants needs the
"view registration" permission; adding people at the desk needs "add"; ticking people off and
writing to registrants need "change". A person's data, found, exported or erased on request, is the
site-wide screen of core/privacy/ (registrations join it from forum/wagtail_hooks.py; it needs
"delete")."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q, Sum
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.admin import messages
from wagtail.models import Locale, Page

from forum.models import EventPage, OrganiserMessage, Registration, RegistrationStatus, SessionPage
from forum.registrations import booking, mail
from forum.registrations.forms import DeskRegistrationForm, OrganiserMessageForm


def _require(request, action):
    if not request.user.has_perm(f"forum.{action}_registration"):
        raise PermissionDenied


def _counted(queryset):
    def seats(status):
        return Sum("registrations__seats", filter=Q(registrations__status=status))

    def people(status):
        return Count("registrations", filter=Q(registrations__status=status))

    return queryset.annotate(
        awaiting=people(RegistrationStatus.AWAITING),
        awaiting_seats=seats(RegistrationStatus.AWAITING),
        confirmed=people(RegistrationStatus.CONFIRMED),
        confirmed_seats=seats(RegistrationStatus.CONFIRMED),
        waitlisted=people(RegistrationStatus.WAITLISTED),
        waitlisted_seats=seats(RegistrationStatus.WAITLISTED),
        cancelled=people(RegistrationStatus.CANCELLED),
    ).order_by("-span_start")


def _occasion(page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, EventPage | SessionPage):
        raise Http404
    return page


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
    page = _occasion(page_id)
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
def add_registration(request, page_id):
    """A resident without e-mail, registered at the desk or by phone: counted like anyone else."""
    _require(request, "add")
    occasion = booking.default_occasion(_occasion(page_id))
    form = DeskRegistrationForm(request.POST or None, occasion=occasion)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        person = booking.Person(
            name=data["name"],
            email=data["email"],
            seats=data["seats"],
            language=data["language"],
            consent_text=str(form.fields["consent"].label),
            phone=data["phone"],
            accessibility_needs=data["accessibility_needs"],
        )
        try:
            registration = booking.add_by_organiser(occasion, person, request.user)
        except booking.BookingError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("%(name)s is registered: %(status)s.")
                % {"name": registration.name, "status": registration.get_status_display()},
            )
            return redirect("forum_check_in", page_id=occasion.pk)
    context = {"occasion": occasion, "form": form, "seats_left": booking.seats_left(occasion)}
    return render(request, "forum/admin/add_registration.html", context)


def recipients(occasion, audience):
    """Whom an organisers' message reaches: people who confirmed their address, by audience."""
    statuses = {
        OrganiserMessage.Audience.ALL: [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED],
        OrganiserMessage.Audience.CONFIRMED: [RegistrationStatus.CONFIRMED],
        OrganiserMessage.Audience.WAITING: [RegistrationStatus.WAITLISTED],
    }[audience]
    return Registration.objects.filter(
        occasion_id=occasion.pk, status__in=statuses, email_confirmed_at__isnull=False, erased_at=None
    ).exclude(email="")


def send_organiser_message(occasion, form, organiser):
    """Record the message and put one copy per recipient into the outbox, together."""
    with transaction.atomic():
        message = form.save(commit=False)
        message.occasion_id, message.written_by = occasion.pk, organiser
        message.save()
        for registration in recipients(occasion, message.audience):
            mail.queue_organiser_message(message, registration, occasion)
    return message


@require_http_methods(["GET", "POST"])
def write_to_registrants(request, page_id):
    """Write to everyone registered (or those with a seat, or those waiting): preview, then send."""
    _require(request, "change")
    occasion = booking.default_occasion(_occasion(page_id))
    form = OrganiserMessageForm(request.POST or None)
    preview = None
    if request.method == "POST" and form.is_valid():
        if request.POST.get("action") == "send":
            message = send_organiser_message(occasion, form, request.user)
            messages.success(
                request,
                _("Your message is on its way to %(count)s people.") % {"count": message.deliveries.count()},
            )
            return redirect("forum_write_to_registrants", page_id=occasion.pk)
        preview = {
            "subject": form.cleaned_data["subject"],
            "body": form.cleaned_data["body"],
            "recipients": list(
                recipients(occasion, form.cleaned_data["audience"]).values_list("name", "email")
            ),
        }
    history = OrganiserMessage.objects.filter(occasion_id=occasion.pk).prefetch_related("deliveries")
    context = {"occasion": occasion, "form": form, "preview": preview, "history": history}
    return render(request, "forum/admin/write_to_registrants.html", context)
