"""Registration pages: the form, the "check your e-mail" page, and the manage page that only the
signed link in the registrant's mailbox opens (no account needed).

Whatever address is typed into a form, the answer is the same: nothing of a booking shows until its
mailbox's owner opens her link. These pages are personal or carry a CSRF token, so none of them is
ever cached; the occasion's own page (cached for everyone) only links here.
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core import clock
from core.forms.links import LINK_PROBLEMS
from core.forms.refusal import Refusal
from core.http.privacy_headers import private, secret_address
from forum.agenda import localized
from forum.models import EventPage, RegistrationStatus, SessionPage
from forum.models.registrations import ACTIVE
from forum.registrations import booking, links
from forum.registrations.forms import RegistrationForm, RequestLinksForm, SeatsForm
from home.models import SiteSettings

NOTICES = ("confirmed", "changed", "cancelled", "renewed")
# Why a registration form's submission is refused before its fields are read.
REFUSAL = Refusal(
    bucket="registration",
    limit_setting="REGISTRATION_RATE_LIMIT",
    too_many=_("Too many registrations from your connection. Please try again in an hour."),
    robot=_("Your registration could not be accepted. Please leave the last field empty."),
)


def _occasion_page(page_id):
    """A live occasion open to everyone: pages behind a view restriction take no registrations."""
    page = get_object_or_404(Page.objects.live().public().specific(), pk=page_id)
    if not isinstance(page, EventPage | SessionPage):
        raise Http404
    return page


def _person(form):
    data = form.cleaned_data
    return booking.Person(
        name=data["name"],
        email=data["email"],
        seats=data["seats"],
        language=get_language(),
        consent_text=form.consent_text,
        phone=data["phone"].strip(),
        zone_of_residence=data["zone_of_residence"],
        accessibility_needs=data["accessibility_needs"].strip(),
        newsletter=data["newsletter"],
    )


@private
def registration_form(request, page_id):
    """The form for one occasion, with the state of its seats; POST books through booking.py and
    answers every address alike: check your e-mail."""
    page = _occasion_page(page_id)
    occasion = booking.default_occasion(page)
    form_options = {
        "occasion": occasion,
        "locale": page.locale,
        "privacy_url": SiteSettings.for_request(request).privacy_url(request),
    }
    form = RegistrationForm(**form_options)
    message, status = "", 200
    if request.method == "POST":
        form = RegistrationForm(request.POST, **form_options)
        problem = REFUSAL.check(request, form)
        if problem:
            message, status = problem
        else:
            try:
                booking.book(page, _person(form))
            except booking.BookingError as error:
                message, status = str(error), 409
            else:
                return redirect("registration_sent", page_id=page.pk)
    context = {
        "page": page,
        "occasion": occasion,
        "state": booking.registration_state(occasion),
        "seats_left": booking.seats_left(occasion),
        "form": form,
        "message": message,
    }
    return render(request, "forum/registration/form.html", context, status=status)


@private
def registration_sent(request, page_id):
    """What happens next, the same for every address: the link in the e-mail decides."""
    page = _occasion_page(page_id)
    context = {"page": page, "link_hours": settings.REGISTRATION_HOLD_HOURS}
    return render(request, "forum/registration/sent.html", context)


@private
def request_links(request):
    """Send a mailbox fresh links to its registrations; the same answer whatever address is typed.

    A manage link that does not work leads here (see `manage`), saying why: this page's address
    holds no secret, so it keeps the site's referrer policy and browsers post its form with their
    real Origin, which the CSRF check accepts."""
    form = RequestLinksForm(request.POST or None)
    message, status, sent = "", 200, False
    if request.method == "POST":
        problem = REFUSAL.check(request, form)
        if problem:
            message, status = problem
        else:
            booking.resend_links(form.cleaned_data["email"])
            sent = True
    problem = request.GET.get("link")
    context = {
        "form": form,
        "message": message,
        "sent": sent,
        "problem": problem if problem in LINK_PROBLEMS else "",
    }
    return render(request, "forum/registration/request_links.html", context, status=status)


def _act(request, registration, occasion):
    """Carry out the manage page's POST; returns (redirect notice or None, seats form, status)."""
    action = request.POST.get("action")
    seats_form = SeatsForm(initial={"seats": registration.seats}, occasion=occasion)
    if action == "confirm":
        booking.confirm(registration)
        return "confirmed", seats_form, 200
    if action == "cancel":
        booking.cancel(registration)  # gives the registration a new key: the old link is dead
        return "cancelled", seats_form, 200
    if action == "renew-feed":
        links.renew_personal_calendar(registration.email)
        return "renewed", seats_form, 200
    if action == "seats":
        seats_form = SeatsForm(request.POST, occasion=occasion)
        if seats_form.is_valid():
            booking.change_seats(registration, seats_form.cleaned_data["seats"])
            return "changed", seats_form, 200
    return None, seats_form, 400


@secret_address
def manage(request, token):
    """Confirm the registration, see its status, change its seats, cancel it or leave the waiting list.

    A link that does not work (changed, revoked or past its event) is sent on to the page that
    sends fresh links, saying why. That page is a separate address rather than a form here: this
    page's address holds a secret, so it sends no referrer, and browsers then post its forms with
    "Origin: null", which the CSRF check on the links form rightly refuses."""
    registration, problem = links.registration_from(token)
    if problem:
        return redirect(f"{reverse('registration_links')}?link={problem}")
    occasion = registration.occasion.specific
    seats_form = SeatsForm(initial={"seats": registration.seats}, occasion=occasion)
    message, status = "", 200
    if request.method == "POST":
        try:
            notice, seats_form, status = _act(request, registration, occasion)
        except booking.BookingError as error:
            notice, message, status = None, str(error), 409
        if notice:
            path = reverse("registration_manage", args=[links.manage_token(registration)])
            return redirect(f"{path}?{notice}=1")
        registration.refresh_from_db()
    lapsed = registration.status == RegistrationStatus.EXPIRED or (
        registration.awaits_email_confirmation and registration.link_valid_until <= clock.now()
    )
    active = registration.status in ACTIVE and not lapsed
    confirmed = active and not registration.awaits_email_confirmation
    context = {
        "page": localized.localized(occasion, get_language()),
        "occasion": occasion,
        "registration": registration,
        "seats_form": seats_form,
        "message": message,
        "confirm_cancel": request.GET.get("confirm") == "cancel",
        "waiting_place": booking.waiting_place(registration),
        "personal_feed": request.build_absolute_uri(
            reverse("calendar_personal", args=[links.personal_calendar(registration.email).token])
        )
        if confirmed and registration.email
        else "",
        "notice": next((key for key in NOTICES if key in request.GET), ""),
        "active": active,
        "awaiting": active and registration.awaits_email_confirmation,
        "can_rebook": lapsed and booking.registration_state(occasion) == "open",
    }
    return render(request, "forum/registration/manage.html", context, status=status)
