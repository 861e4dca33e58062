"""Who comes to an occasion, and the mail the site owes them.

Both are written only by forum/booking.py, in the transaction that changes seats, so that a
seat, a waitlist place and the message announcing it exist together or not at all.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


def new_feed_token():
    return secrets.token_urlsafe(24)


class Registration(models.Model):
    """One person's (or family's) seats at an occasion. It points at the occasion page in the
    default language, so the Polish, English and Ukrainian pages share their seats; `language`
    is the one the person registered in and is written to in."""

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
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Registered at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("Last changed"))
    checked_in_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Checked in at"))
    reminder_sent_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Reminder sent at"))
    feed_token = models.CharField(
        max_length=64, unique=True, default=new_feed_token, verbose_name=_("Feed token")
    )
    erased_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Personal data erased at"))

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


class EmailOutbox(models.Model):
    """A message waiting to be sent, or sent. Written with the change it reports; the task worker
    sends it and, while SMTP is down, keeps it and tries again later."""

    shown_on_pages = False  # sending mail changes no public page (home.page_cache)

    registration = models.ForeignKey(
        Registration, null=True, blank=True, on_delete=models.SET_NULL, related_name="messages"
    )
    to = models.EmailField()
    subject = models.CharField(max_length=250)
    body = models.TextField()
    attachment_name = models.CharField(max_length=100, blank=True)
    attachment_type = models.CharField(max_length=100, blank=True)
    attachment = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(db_index=True)
    last_error = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("Outgoing e-mail")
        verbose_name_plural = _("Outgoing e-mails")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.to}: {self.subject}"
