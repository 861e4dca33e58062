"""Registration pages: the form, and the manage page a signed link opens (no account needed).

These pages are personal or carry a CSRF token, so none of them is ever cached; the occasion's
own page (cached for everyone) only links here.
"""

import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.models import Locale, Page

from forum import booking, calendars, clock, mail, sequence
from forum.forms import RegistrationForm, SeatsForm
from forum.models import EventPage, Registration, RegistrationStatus, SessionPage
from home.models import SiteSettings
from home.models.forms import HONEYPOT_FIELD

RATE_WINDOW_SECONDS = 3600


def _occasion_page(page_id):
    page = get_object_or_404(Page.objects.live().specific(), pk=page_id)
    if not isinstance(page, EventPage | SessionPage):
        raise Http404
    return page


def _privacy_url(request):
    page = SiteSettings.for_request(request).privacy_page
    if page is None:
        return ""
    translated = page.get_translation_or_none(Locale.get_active()) or page
    return translated.get_full_url(request) or ""


def _client_address(request):
    return request.META.get("REMOTE_ADDR", "")


def _over_rate_limit(request):
    """Count this address's registration attempts in the current hour; True past the limit."""
    key = f"registration-rate:{_client_address(request)}:{int(time.time() // RATE_WINDOW_SECONDS)}"
    cache.add(key, 0, RATE_WINDOW_SECONDS)
    try:
        attempts = cache.incr(key)
    except ValueError:
        attempts = 1
    return attempts > settings.REGISTRATION_RATE_LIMIT


def _noindex(response):
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
def registration_form(request, page_id):
    """The form for one occasion, with the state of its seats; POST books through booking.py."""
    page = _occasion_page(page_id)
    occasion = booking.default_occasion(page)
    state = booking.registration_state(occasion)
    form_options = {"occasion": occasion, "locale": page.locale, "privacy_url": _privacy_url(request)}
    form = RegistrationForm(**form_options)
    status = 200
    message = ""
    if request.method == "POST":
        if _over_rate_limit(request):
            message = _("Too many registrations from your connection. Please try again in an hour.")
            status = 429
        else:
            form = RegistrationForm(request.POST, **form_options)
            if request.POST.get(HONEYPOT_FIELD):
                message = _("Your registration could not be accepted. Please leave the last field empty.")
                status = 400
            elif form.is_valid():
                person = booking.Person(
                    name=form.cleaned_data["name"],
                    email=form.cleaned_data["email"],
                    seats=form.cleaned_data["seats"],
                    language=get_language(),
                    consent_text=form.consent_text,
                    phone=form.cleaned_data["phone"].strip(),
                    zone_of_residence=form.cleaned_data["zone_of_residence"],
                    accessibility_needs=form.cleaned_data["accessibility_needs"].strip(),
                    newsletter=form.cleaned_data["newsletter"],
                )
                try:
                    registration, created = booking.book(page, person)
                except booking.BookingError as error:
                    message, status = str(error), 409
                else:
                    token = mail.manage_token(registration, occasion)
                    return redirect(
                        f"{reverse('registration_manage', args=[token])}?{'new' if created else 'again'}=1"
                    )
            else:
                status = 400
    context = {
        "page": page,
        "occasion": occasion,
        "state": state,
        "seats_left": booking.seats_left(occasion),
        "form": form,
        "message": message,
    }
    return _noindex(render(request, "forum/registration/form.html", context, status=status))


def _registration_from(token):
    """The registration a manage link names, or a reason it cannot be used."""
    try:
        data = signing.loads(token, salt=mail.MANAGE_SALT)
    except signing.BadSignature:
        return None, "invalid"
    if not isinstance(data, dict) or not isinstance(data.get("r"), int) or not isinstance(data.get("x"), int):
        return None, "invalid"
    if clock.now().timestamp() > data["x"]:
        return None, "expired"
    registration = (
        Registration.objects.filter(pk=data["r"], erased_at=None).select_related("occasion").first()
    )
    if registration is None:
        return None, "invalid"
    return registration, None


@never_cache
def manage(request, token):
    """See the registration, change its seats, cancel it or leave the waiting list."""
    registration, problem = _registration_from(token)
    if problem:
        status = 410 if problem == "expired" else 400
        return _noindex(
            render(request, "forum/registration/link_problem.html", {"problem": problem}, status=status)
        )
    occasion = registration.occasion.specific
    page = mail.localized(occasion, get_language())
    seats_form = SeatsForm(initial={"seats": registration.seats}, occasion=occasion)
    message, status = "", 200
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "seats":
                seats_form = SeatsForm(request.POST, occasion=occasion)
                if seats_form.is_valid():
                    booking.change_seats(registration, seats_form.cleaned_data["seats"])
                    return redirect(f"{request.path}?changed=1")
                status = 400
            elif action == "cancel":
                booking.cancel(registration)
                return redirect(f"{request.path}?cancelled=1")
            elif action == "renew-feed":
                booking.renew_feed_token(registration)
                return redirect(f"{request.path}?renewed=1")
            else:
                status = 400
        except booking.BookingError as error:
            message, status = str(error), 409
        registration.refresh_from_db()
    context = {
        "page": page,
        "occasion": occasion,
        "registration": registration,
        "seats_form": seats_form,
        "message": message,
        "confirm_cancel": request.GET.get("confirm") == "cancel",
        "personal_feed": request.build_absolute_uri(
            reverse("calendar_personal", args=[registration.feed_token])
        ),
        "notice": next(
            (key for key in ("new", "again", "changed", "cancelled", "renewed") if key in request.GET), ""
        ),
        "active": registration.status != RegistrationStatus.CANCELLED,
    }
    return _noindex(render(request, "forum/registration/manage.html", context, status=status))


@never_cache
def personal_feed(request, token):
    """The occasions one person registered for, at a secret address from their manage page."""
    owner = Registration.objects.filter(feed_token=token, erased_at=None).first()
    if owner is None:
        raise Http404
    registrations = Registration.objects.filter(
        email=owner.email, status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED]
    )
    pages = mail.localized_pages(registrations.values("occasion_id"), get_language())
    sequences = sequence.sequences(pages)
    entries = [calendars.Entry(page, page.get_full_url(request), sequences.get(page.pk, 0)) for page in pages]
    data = calendars.calendar(entries, _("My registrations"), _("The events you registered for."))
    response = HttpResponse(data.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="my-registrations.ics"'
    return _noindex(response)
