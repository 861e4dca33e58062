"""Who comes to an occasion, the mail written to them, and what organisers wrote to them.

Registrations are written only by forum/registrations/booking.py, in the transaction that changes seats, so that a
seat, a waitlist place and the message announcing it exist together or not at all.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class RegistrationStatus(models.TextChoices):
    """Where a registration stands. Only a registration whose owner confirmed from her e-mail (or an
    organiser vouched for) is confirmed or waitlisted: one awaiting confirmation holds nothing."""

    AWAITING = "awaiting", _("Awaiting e-mail confirmation")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")
    EXPIRED = "expired", _("Not confirmed in time")


# Only a confirmed registration takes seats, so unconfirmed submissions (a made-up address never
# confirms) can neither fill an event nor move the seats shown.
SEAT_HOLDING = (RegistrationStatus.CONFIRMED,)
ACTIVE = (RegistrationStatus.AWAITING, *SEAT_HOLDING, RegistrationStatus.WAITLISTED)


def new_feed_token():
    return secrets.token_urlsafe(24)


def new_manage_key():
    """The random part of a registration's manage link (forum/registrations/links.py signs it)."""
    return secrets.token_urlsafe(16)


class Registration(models.Model):
    """One person's (or family's) seats at an occasion. It points at the occasion page in the
    default language, so the Polish, English and Ukrainian pages share their seats; `language`
    is the one the person registered in and is written to in.

    A registration made on the website counts only once the owner of its e-mail address opens the
    link sent there (`email_confirmed_at`): then it takes a seat if one is free, or the last place on
    the waiting list. Until then it holds nothing; after `link_valid_until` it lapses, and can still
    be confirmed while registration is open. Organisers who add a resident by hand vouch for her
    themselves."""

    # Seats show on the occasion's own pages only, which booking.py refreshes in both caches.
    shown_on_pages = False

    occasion = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="registrations", verbose_name=_("Event")
    )
    status = models.CharField(
        max_length=20, choices=RegistrationStatus.choices, db_index=True, verbose_name=_("Status")
    )
    seats = models.PositiveSmallIntegerField(default=1, verbose_name=_("Seats"))
    name = models.CharField(max_length=200, blank=True, verbose_name=_("Name"))
    email = models.EmailField(blank=True, verbose_name=_("E-mail"))
    phone = models.CharField(max_length=40, blank=True, verbose_name=_("Phone"))
    zone_of_residence = models.ForeignKey(
        "zones.ZonePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Zone of residence"),
    )
    accessibility_needs = models.TextField(blank=True, verbose_name=_("Accessibility needs"))
    newsletter = models.BooleanField(default=False, verbose_name=_("Newsletter"))
    language = models.CharField(max_length=10, choices=settings.LANGUAGES, verbose_name=_("Language"))
    consent_text = models.TextField(blank=True, verbose_name=_("Consent given"))
    consent_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Consent given at"))
    email_confirmed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("E-mail confirmed at"))
    link_valid_until = models.DateTimeField(
        null=True, blank=True, db_index=True, verbose_name=_("Link to confirm valid until")
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Added by"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Registered at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("Last changed"))
    checked_in_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Checked in at"))
    reminder_sent_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Reminder sent at"))
    erased_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Personal data erased at"))
    # What the manage link names instead of the row's number: a new key revokes every link sent
    # before (forum/registrations/links.py). Useless without the site's SECRET_KEY, which signs it in the link.
    manage_key = models.CharField(max_length=32, unique=True, default=new_manage_key, editable=False)
    # The mail written to her (core/mail/), linked through RegistrationMail.
    messages = models.ManyToManyField("core.OutgoingMail", through="RegistrationMail", related_name="+")

    class Meta:
        verbose_name = _("Registration")
        verbose_name_plural = _("Registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["occasion", "email"], condition=~models.Q(email=""), name="one_registration_per_email"
            )
        ]
        indexes = [models.Index(fields=["occasion", "status", "created_at"])]

    def __str__(self):
        return f"{self.name or _('(erased)')} · {self.seats}"

    @property
    def awaits_email_confirmation(self):
        return self.status == RegistrationStatus.AWAITING


class PersonalCalendar(models.Model):
    """The secret address of one mailbox's calendar of registrations. One per e-mail address, so
    that renewing it revokes the old address for every booking of that person at once."""

    shown_on_pages = False  # a personal calendar is never cached (core.caching.page_cache)

    email = models.EmailField(unique=True)
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)

    def __str__(self):
        return self.email


class OrganiserMessage(models.Model):
    """A message organisers wrote from the admin to the people registered for an occasion; the
    outbox rows that carry it record who was written to and when."""

    shown_on_pages = False  # written to registrants, shown on no public page (core.caching.page_cache)

    class Audience(models.TextChoices):
        ALL = "all", _("Everyone registered (confirmed and waiting)")
        CONFIRMED = "confirmed", _("Only those with a seat")
        WAITING = "waiting", _("Only those on the waiting list")

    occasion = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="organiser_messages",
        verbose_name=_("Event"),
    )
    audience = models.CharField(max_length=20, choices=Audience.choices, verbose_name=_("Recipients"))
    subject = models.CharField(max_length=200, verbose_name=_("Subject"))
    body = models.TextField(verbose_name=_("Message"))
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Sent by"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Sent at"))
    # One copy per recipient in the outbox (core/mail/), linked through RegistrationMail.
    deliveries = models.ManyToManyField("core.OutgoingMail", through="RegistrationMail", related_name="+")

    class Meta:
        verbose_name = _("Message to registrants")
        verbose_name_plural = _("Messages to registrants")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.subject


class RegistrationMail(models.Model):
    """Which registration a message in the outbox (core/mail/) was written to, and which organisers'
    message it carries: the outbox knows nothing of the forum, so the forum keeps its own link. A
    registration's `messages` and an organisers' message's `deliveries` go through it; erasing or
    deleting either takes its messages with it (forum/registrations/privacy.py, forum/receivers.py)."""

    shown_on_pages = False  # sending mail changes no public page (core.caching.page_cache)

    mail = models.OneToOneField(
        "core.OutgoingMail", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    registration = models.ForeignKey(
        Registration, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    organiser_message = models.ForeignKey(
        OrganiserMessage, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )

    def __str__(self):
        return str(self.mail_id)
