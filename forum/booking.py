"""The only code that creates or changes a Registration.

Every change runs in one transaction that first locks the occasion's page row (select_for_update),
then counts the confirmed seats: two people booking the last seat at the same moment are served
one after the other, so capacity is never exceeded. A seat freed by a cancellation or a smaller
booking goes to the waiting list in the same transaction, in the order people joined it, and the
e-mails announcing each change are written to the outbox in that transaction too.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from forum import clock, mail
from forum.models import Registration, RegistrationStatus
from forum.models.registrations import new_feed_token
from home import front_cache


class BookingError(Exception):
    """A booking that cannot be made; its message is shown to the person, translated."""


@dataclass(frozen=True)
class Person:
    """What the registration form collects."""

    name: str
    email: str
    seats: int
    language: str
    consent_text: str
    phone: str = ""
    zone_of_residence: object = None
    accessibility_needs: str = ""
    newsletter: bool = False


def default_occasion(page):
    """The occasion page in the default language, which holds the seats of all its translations."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return page
    original = Page.objects.filter(translation_key=page.translation_key, locale=default).first()
    return original.specific if original else page


def _lock(occasion):
    """Lock the occasion's row for this transaction; once it commits, the front cache forgets the
    pages that show its seats."""
    Page.objects.select_for_update().filter(pk=occasion.pk).first()
    front_cache.purge(occasion)


def confirmed_seats(occasion):
    found = Registration.objects.filter(occasion_id=occasion.pk, status=RegistrationStatus.CONFIRMED)
    return found.aggregate(total=Sum("seats"))["total"] or 0


def seats_left(occasion):
    """Free seats, or None when the occasion has no limit."""
    if occasion.capacity is None:
        return None
    return max(occasion.capacity - confirmed_seats(occasion), 0)


def registration_state(occasion, now=None):
    """Whether people can register now: "open", "not_yet", "closed" or "off"."""
    now = now or clock.now()
    if not occasion.registration_enabled or not occasion.goes_ahead:
        return "off"
    if occasion.registration_opens and now < occasion.registration_opens:
        return "not_yet"
    closes = occasion.registration_closes or occasion.span_start
    if closes is None or now >= closes:
        return "closed"
    return "open"


def _fits(occasion, seats, taken):
    return occasion.capacity is None or taken + seats <= occasion.capacity


def _promote(occasion):
    """Give freed seats to the waiting list, first come first served, skipping who does not fit."""
    taken = confirmed_seats(occasion)
    for waiting in Registration.objects.filter(occasion_id=occasion.pk, status=RegistrationStatus.WAITLISTED):
        if _fits(occasion, waiting.seats, taken):
            waiting.status = RegistrationStatus.CONFIRMED
            waiting.save(update_fields=["status", "updated_at"])
            taken += waiting.seats
            mail.queue("promotion", waiting, occasion)


def book(page, person):
    """Register `person` for the occasion of `page`; returns (registration, created).

    The same e-mail registering again gets its confirmation once more instead of a second entry.
    """
    occasion = default_occasion(page)
    if not 1 <= person.seats <= occasion.max_seats_per_registration:
        raise BookingError(
            _("Choose between 1 and %(most)s seats.") % {"most": occasion.max_seats_per_registration}
        )
    with transaction.atomic():
        _lock(occasion)
        if registration_state(occasion) != "open":
            raise BookingError(_("Registration for this event is not open."))
        existing = Registration.objects.filter(occasion_id=occasion.pk, email=person.email).first()
        if existing is not None and existing.status != RegistrationStatus.CANCELLED:
            mail.queue("resend", existing, occasion)
            return existing, False
        confirmed = _fits(occasion, person.seats, confirmed_seats(occasion))
        registration = existing or Registration(occasion_id=occasion.pk, email=person.email)
        for field in (
            "name",
            "phone",
            "seats",
            "zone_of_residence",
            "accessibility_needs",
            "newsletter",
            "language",
        ):
            setattr(registration, field, getattr(person, field))
        registration.consent_text = person.consent_text
        registration.consent_at = timezone.now()
        registration.status = RegistrationStatus.CONFIRMED if confirmed else RegistrationStatus.WAITLISTED
        registration.checked_in_at = None
        registration.save()
        mail.queue("confirmation" if confirmed else "waitlist", registration, occasion)
        transaction.on_commit(lambda: _schedule(occasion))
    return registration, True


def _schedule(occasion):
    from forum import tasks

    tasks.schedule_for(occasion)


def change_seats(registration, seats):
    """Change how many seats a registration holds, within capacity and the per-person maximum."""
    occasion = registration.occasion.specific
    if not 1 <= seats <= occasion.max_seats_per_registration:
        raise BookingError(
            _("Choose between 1 and %(most)s seats.") % {"most": occasion.max_seats_per_registration}
        )
    with transaction.atomic():
        _lock(occasion)
        registration.refresh_from_db()
        if registration.status == RegistrationStatus.CANCELLED:
            raise BookingError(_("This registration is cancelled."))
        if registration.status == RegistrationStatus.CONFIRMED:
            others = confirmed_seats(occasion) - registration.seats
            if not _fits(occasion, seats, others):
                raise BookingError(_("There are not enough free seats for that."))
        registration.seats = seats
        registration.save(update_fields=["seats", "updated_at"])
        _promote(occasion)
    return registration


def cancel(registration):
    """Cancel a registration (or leave the waiting list); a freed seat goes to the waiting list."""
    occasion = registration.occasion.specific
    with transaction.atomic():
        _lock(occasion)
        registration.refresh_from_db()
        if registration.status == RegistrationStatus.CANCELLED:
            return registration
        registration.status = RegistrationStatus.CANCELLED
        registration.save(update_fields=["status", "updated_at"])
        mail.queue("cancellation", registration, occasion)
        _promote(occasion)
    return registration


def check_in(registration, present=True):
    """Tick a person off the check-in list at the door (or undo the tick)."""
    registration.checked_in_at = timezone.now() if present else None
    registration.save(update_fields=["checked_in_at", "updated_at"])
    return registration


def renew_feed_token(registration):
    """A new secret address for the personal calendar feed; the old one stops working."""
    registration.feed_token = new_feed_token()
    registration.save(update_fields=["feed_token", "updated_at"])
    return registration


def queue_reminders(now=None):
    """Remind everyone confirmed for an occasion that starts within the next day, once."""
    now = now or clock.now()
    window = (now, now + timedelta(days=1))
    due = Registration.objects.filter(
        Q(occasion__eventpage__span_start__range=window) | Q(occasion__sessionpage__span_start__range=window),
        status=RegistrationStatus.CONFIRMED,
        reminder_sent_at=None,
        erased_at=None,
    ).select_related("occasion")
    count = 0
    for registration in due:
        occasion = registration.occasion.specific
        with transaction.atomic():
            registration.reminder_sent_at = now
            registration.save(update_fields=["reminder_sent_at"])
            mail.queue("reminder", registration, occasion)
        count += 1
    return count


def erase(registration):
    """Remove the personal data of a registration, keeping its seats and status for the counts."""
    registration.name = registration.email = registration.phone = ""
    registration.accessibility_needs = registration.consent_text = ""
    registration.zone_of_residence = None
    registration.newsletter = False
    registration.erased_at = timezone.now()
    registration.feed_token = new_feed_token()
    registration.save()
    registration.messages.all().delete()
    return registration
