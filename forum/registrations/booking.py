"""The only code that creates or changes a Registration.

A seat counts only when its owner confirms from her e-mail. A form sent from the website stores a
registration awaiting that confirmation: it takes no seat and no place on the waiting list, and
nothing others can see moves, so made-up addresses can neither fill an event nor tell whether an
address is registered. Confirming takes a seat if one is free at that moment, or a place at the end
of the waiting list.

Every change runs in one transaction that first locks the occasion's page row (select_for_update on
PostgreSQL; on SQLite every transaction takes the write lock at its start), then counts the seats
taken: two people confirming the last seat at the same moment are served one after the other, so
capacity is never exceeded. A seat freed by a cancellation, a smaller booking or a larger capacity
goes to the waiting list in the same transaction, in the order people confirmed, and the e-mails
announcing each change are written to the outbox in that transaction too.
"""

from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from core import clock
from core.caching import chrome_cache, front_cache, page_cache
from core.forms.personal import normalise_email
from core.mail.outbox import written_recently
from forum.models import Registration, RegistrationStatus
from forum.models.registrations import ACTIVE, SEAT_HOLDING, new_manage_key
from forum.registrations import mail


class BookingError(Exception):
    """A booking that cannot be made; its message is shown to the person, translated."""


@dataclass(frozen=True)
class Person:
    """What the registration form (or an organiser at the library desk) collects."""

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
    default_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    if chrome_cache.language_code_of(page.locale_id) == default_code:
        return page
    original = Page.objects.filter(
        translation_key=page.translation_key, locale__language_code=default_code
    ).first()
    return original.specific if original else page


def _forget_seats_shown(occasion):
    """Once the transaction commits, both caches forget the pages showing the occasion's seats (its
    page in each language), and nothing else."""
    pages = list(occasion.get_translations(inclusive=True).live().specific())
    urls = [url for page in pages if (url := page.get_full_url()) is not None]
    transaction.on_commit(partial(page_cache.forget, urls))
    front_cache.purge_pages_only(pages)


def _lock(occasion):
    """Lock the occasion's row for this transaction and mark its registrations nobody confirmed in
    time as lapsed (they held nothing, so no seat moves)."""
    Page.objects.select_for_update().filter(pk=occasion.pk).first()
    _lapse(Registration.objects.filter(occasion_id=occasion.pk))


def _seats_changed(occasion):
    """Seats are freed or taken in this transaction: free ones go to the waiting list, and the pages
    showing the occasion's seats are refreshed once the transaction commits."""
    _forget_seats_shown(occasion)
    _promote(occasion)


def taken_seats(occasion):
    """Seats of confirmed registrations only: a registration nobody confirmed takes none."""
    return occasion.taken_seats()


def seats_left(occasion):
    """Free seats, or None when the occasion has no limit."""
    if occasion.capacity is None:
        return None
    return max(occasion.capacity - taken_seats(occasion), 0)


def waiting_place(registration):
    """Her place in the waiting-list queue (1 is next), or None when she is not waiting."""
    if registration.status != RegistrationStatus.WAITLISTED:
        return None
    ahead = Registration.objects.filter(
        occasion_id=registration.occasion_id,
        status=RegistrationStatus.WAITLISTED,
        created_at__lt=registration.created_at,
    )
    return ahead.count() + 1


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


def next_registration_edge(occasion, now):
    """The next moment after `now` registration opens or closes, or None."""
    if not occasion.registration_enabled or not occasion.goes_ahead:
        return None
    edges = (occasion.registration_opens, occasion.registration_closes or occasion.span_start)
    return min((edge for edge in edges if edge is not None and edge > now), default=None)


def link_valid_until(occasion, now):
    """Until when the link to confirm a registration is valid: REGISTRATION_HOLD_HOURS (named so
    since seats were held meanwhile; deployed configurations keep working), never past the moment
    registration closes. The link holds no seat; a lapsed registration can still be confirmed while
    registration is open."""
    valid = now + timedelta(hours=settings.REGISTRATION_HOLD_HOURS)
    closes = occasion.registration_closes or occasion.span_start
    return min(valid, closes) if closes else valid


def _fits(occasion, seats, taken):
    return occasion.capacity is None or taken + seats <= occasion.capacity


def _promote(occasion):
    """Give free seats to the waiting list, in the order people confirmed, skipping who does not
    fit. Everyone waiting has confirmed her address, so she is registered at once and told."""
    taken = taken_seats(occasion)
    waiting = Registration.objects.filter(occasion_id=occasion.pk, status=RegistrationStatus.WAITLISTED)
    for registration in waiting.order_by("created_at", "pk"):
        if _fits(occasion, registration.seats, taken):
            registration.status = RegistrationStatus.CONFIRMED
            registration.save(update_fields=["status", "updated_at"])
            taken += registration.seats
            mail.queue("promotion", registration, occasion)


def _lapse(registrations, now=None):
    """Registrations awaiting confirmation past their link's validity are marked as not confirmed
    in time; returns how many."""
    return registrations.filter(
        status=RegistrationStatus.AWAITING, link_valid_until__lte=now or clock.now()
    ).update(status=RegistrationStatus.EXPIRED, link_valid_until=None)


def lapse_unconfirmed(now=None):
    """Mark every registration nobody confirmed in time, so organisers see it so; returns how many.
    No seat moves: an unconfirmed registration never held one."""
    return _lapse(Registration.objects.all(), now)


def _check_seats(occasion, seats):
    if not 1 <= seats <= occasion.max_seats_per_registration:
        raise BookingError(
            _("Choose between 1 and %(most)s seats.") % {"most": occasion.max_seats_per_registration}
        )


def _fill(registration, person):
    for field in ("name", "phone", "seats", "zone_of_residence", "accessibility_needs", "newsletter"):
        setattr(registration, field, getattr(person, field))
    registration.language = person.language
    registration.consent_text = person.consent_text
    registration.consent_at = registration.created_at = timezone.now()
    registration.checked_in_at = registration.reminder_sent_at = None
    registration.manage_key = new_manage_key()  # a row booked again answers no link sent before


def _resend(registration, occasion):
    """A fresh link to a mailbox that registered already, at most every RESEND_INTERVAL
    (core/mail/outbox.py); the links sent before stop working. A message too soon is composed all
    the same and not written, so that answering a known address takes about as long as registering
    a new one: the time of the answer tells nothing."""
    if written_recently(registration.messages.filter(kind__in=["confirm", "resend"])):
        mail.compose_unwritten("resend", registration, occasion)
    else:
        registration.manage_key = new_manage_key()
        registration.save(update_fields=["manage_key"])
        mail.queue("resend", registration, occasion)


def book(page, person):
    """Register `person` from the website: the registration awaits her confirmation from the e-mail
    and takes no seat (nor a place on the waiting list) until then, so what a stranger types moves
    nothing anyone can see. An address already registered is only sent its link again, so nobody
    changes someone else's booking. Returns the registration."""
    occasion = default_occasion(page)
    _check_seats(occasion, person.seats)
    email = normalise_email(person.email)
    with transaction.atomic():
        _lock(occasion)
        if registration_state(occasion) != "open":
            raise BookingError(_("Registration for this event is not open."))
        existing = Registration.objects.filter(occasion_id=occasion.pk, email=email).first()
        if existing is not None and existing.status in ACTIVE:
            _resend(existing, occasion)
            return existing
        registration = existing or Registration(occasion_id=occasion.pk, email=email)
        _fill(registration, person)
        registration.status = RegistrationStatus.AWAITING
        registration.email_confirmed_at = None
        registration.link_valid_until = link_valid_until(occasion, clock.now())
        registration.save()
        mail.queue("confirm", registration, occasion)
    return registration


def confirm(registration):
    """The mailbox's owner opened her link and confirmed: she takes a seat if one is free at this
    moment, or the last place on the waiting list. A registration that lapsed meanwhile is
    confirmed the same way while registration is open."""
    occasion = registration.occasion.specific
    with transaction.atomic():
        _lock(occasion)
        registration.refresh_from_db()
        if registration.status not in (RegistrationStatus.AWAITING, RegistrationStatus.EXPIRED):
            return registration
        if registration_state(occasion) != "open":
            if registration.status == RegistrationStatus.EXPIRED:
                raise BookingError(
                    _("This registration was not confirmed in time, and registration is now closed.")
                )
            raise BookingError(_("Registration for this event is not open."))
        _seats_changed(occasion)  # who already waits goes first, should a seat be free
        fits = _fits(occasion, registration.seats, taken_seats(occasion))
        registration.status = RegistrationStatus.CONFIRMED if fits else RegistrationStatus.WAITLISTED
        registration.email_confirmed_at = clock.now()
        registration.created_at = timezone.now()  # her registration counts, and she queues, from now
        registration.link_valid_until = None
        registration.save()
        mail.queue("confirmation" if fits else "waitlist", registration, occasion)
    return registration


def add_by_organiser(page, person, organiser):
    """A resident registered at the library desk or by phone: the organiser vouches for her, so
    her seat counts at once (or she waits in line like anyone); e-mail only when she gave one. A
    registration of her address that nobody confirmed (or that ended) is replaced by this one."""
    occasion = default_occasion(page)
    _check_seats(occasion, person.seats)
    email = normalise_email(person.email) if person.email else ""
    with transaction.atomic():
        _lock(occasion)
        existing = (
            Registration.objects.filter(occasion_id=occasion.pk, email=email).first() if email else None
        )
        if existing is not None and existing.status in (*SEAT_HOLDING, RegistrationStatus.WAITLISTED):
            raise BookingError(_("This e-mail address is already registered for this event."))
        registration = existing or Registration(occasion_id=occasion.pk, email=email)
        registration.added_by = organiser
        _fill(registration, person)
        _seats_changed(occasion)
        fits = _fits(occasion, person.seats, taken_seats(occasion))
        registration.status = RegistrationStatus.CONFIRMED if fits else RegistrationStatus.WAITLISTED
        registration.email_confirmed_at = clock.now()
        registration.link_valid_until = None
        registration.save()
        mail.queue("confirmation" if fits else "waitlist", registration, occasion)
    return registration


def change_seats(registration, seats):
    """Change how many seats a registration asks for or holds, within capacity (for a confirmed
    one) and the per-person maximum."""
    occasion = registration.occasion.specific
    _check_seats(occasion, seats)
    with transaction.atomic():
        _lock(occasion)
        registration.refresh_from_db()
        if registration.status not in ACTIVE:
            raise BookingError(_("This registration is cancelled."))
        if registration.status in SEAT_HOLDING:
            others = taken_seats(occasion) - registration.seats
            if not _fits(occasion, seats, others):
                raise BookingError(_("There are not enough free seats for that."))
        registration.seats = seats
        registration.save(update_fields=["seats", "updated_at"])
        _seats_changed(occasion)
    return registration


def cancel(registration):
    """Cancel a registration (or leave the waiting list); a freed seat goes to the waiting list and
    the links sent for it stop working."""
    occasion = registration.occasion.specific
    with transaction.atomic():
        _lock(occasion)
        registration.refresh_from_db()
        if registration.status not in ACTIVE:
            return registration
        registration.status = RegistrationStatus.CANCELLED
        registration.link_valid_until = None
        registration.manage_key = new_manage_key()  # the links sent so far control nothing any more
        registration.save(update_fields=["status", "link_valid_until", "manage_key", "updated_at"])
        mail.queue("cancellation", registration, occasion)
        _seats_changed(occasion)
    return registration


def capacity_changed(occasion):
    """After an editor published a new capacity: more seats go to the waiting list at once."""
    with transaction.atomic():
        _lock(occasion)
        _seats_changed(occasion)


def check_in(registration, present=True):
    """Tick a person off the check-in list at the door (or undo the tick)."""
    registration.checked_in_at = timezone.now() if present else None
    registration.save(update_fields=["checked_in_at", "updated_at"])
    return registration


def announce_change(occasion, changed):
    """Tell everyone registered that the occasion's status, time or place changed (`changed` names
    which), with the calendar entry that replaces theirs; a moved occasion is reminded anew."""
    active = Registration.objects.filter(occasion_id=occasion.pk, status__in=ACTIVE, erased_at=None)
    with transaction.atomic():
        if "time" in changed:
            active.update(reminder_sent_at=None)
        for registration in active:
            mail.queue("change", registration, occasion, changed)


def resend_links(email):
    """Send a mailbox the links of its registrations for occasions still to come (each at most
    every RESEND_INTERVAL); what is sent goes only to that mailbox."""
    upcoming = Registration.objects.filter(
        email=normalise_email(email), status__in=ACTIVE, erased_at=None
    ).select_related("occasion")
    for registration in upcoming:
        occasion = registration.occasion.specific
        if occasion.span_end is None or occasion.span_end > clock.now():
            with transaction.atomic():
                _resend(registration, occasion)
