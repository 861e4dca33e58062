"""Residents' ideas for their zone's local action, the supports they gather and how their status
changed.

An idea or a support counts only once the owner of its e-mail address opens the signed link sent
there (`email_confirmed_at`); until then it is invisible and uncounted. E-mail addresses never show
on a public page; `public_name` is what the author chose to show, possibly nothing.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class IdeaStatus(models.TextChoices):
    UNCONFIRMED = "unconfirmed", _("Awaiting e-mail confirmation")
    PENDING = "pending", _("Awaiting moderation")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    REJECTED = "rejected", _("Rejected")
    NEW = "new", _("New")
    DISCUSSED = "discussed", _("Discussed")
    SELECTED = "selected", _("Selected")
    DONE = "done", _("Done")
    NOT_SELECTED = "not_selected", _("Not selected")


# Statuses in which an idea is published; the others are seen only by its author and moderators.
PUBLIC_STATUSES = (
    IdeaStatus.NEW,
    IdeaStatus.DISCUSSED,
    IdeaStatus.SELECTED,
    IdeaStatus.DONE,
    IdeaStatus.NOT_SELECTED,
)
# The idea became (or was) the zone's local action.
LOCAL_ACTION_STATUSES = (IdeaStatus.SELECTED, IdeaStatus.DONE)
# Nothing more happens to the idea: its people's data may go after the retention period.
CLOSED_STATUSES = (IdeaStatus.REJECTED, IdeaStatus.DONE, IdeaStatus.NOT_SELECTED)


class Idea(models.Model):
    """A resident's proposal for her zone's local action. It belongs to the zone's page in the
    default language, so the Polish, English and Ukrainian zone pages show the same ideas; the
    author writes in her own language and is written to in it. Moderated by the zone's editors and
    communications staff in the admin (ideas.moderation)."""

    zone = models.ForeignKey(
        "zones.ZonePage", on_delete=models.CASCADE, related_name="ideas", verbose_name=_("Zone")
    )
    title = models.CharField(max_length=120, verbose_name=_("Title"))
    description = models.TextField(max_length=3000, verbose_name=_("What it is"))
    need = models.ForeignKey(
        "zones.NeedsFinding",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Diagnosed need it answers"),
    )
    help_needed = models.TextField(
        max_length=2000, blank=True, verbose_name=_("Help it would need (place, materials, volunteers)")
    )
    public_name = models.CharField(max_length=100, blank=True, verbose_name=_("Name shown publicly"))
    email = models.EmailField(blank=True, verbose_name=_("E-mail"))
    language = models.CharField(max_length=10, choices=settings.LANGUAGES, verbose_name=_("Language"))
    consent_text = models.TextField(blank=True, verbose_name=_("Consent as given"))
    status = models.CharField(
        max_length=20,
        choices=IdeaStatus.choices,
        default=IdeaStatus.UNCONFIRMED,
        db_index=True,
        verbose_name=_("Status"),
    )
    status_reason = models.TextField(
        max_length=2000,
        blank=True,
        verbose_name=_("Reason or note"),
        help_text=_(
            "What should change, why it was rejected or not selected. The author reads it in her "
            "e-mail; for a published idea it also shows on its page."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Proposed at"))
    email_confirmed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("E-mail confirmed at"))
    published_at = models.DateTimeField(null=True, blank=True, db_index=True, verbose_name=_("Published at"))
    edited_at = models.DateTimeField(
        null=True, blank=True, verbose_name=_("Edited by moderators at"), editable=False
    )
    closed_at = models.DateTimeField(null=True, blank=True, editable=False)
    erased_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("Idea")
        verbose_name_plural = _("Ideas")
        ordering = ["-published_at", "-created_at"]

    def __str__(self):
        return self.title

    @property
    def is_public(self):
        return self.status in PUBLIC_STATUSES


class IdeaSupport(models.Model):
    """One mailbox backing one idea. Counted once its owner confirms from the e-mailed link; only
    the count is ever public. `notify` asks to be told when the idea's status changes."""

    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="supports")
    email = models.EmailField(blank=True)
    language = models.CharField(max_length=10, choices=settings.LANGUAGES)
    notify = models.BooleanField(default=False)
    consent_text = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    email_confirmed_at = models.DateTimeField(null=True, blank=True, db_index=True)
    erased_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("Support")
        verbose_name_plural = _("Supports")
        constraints = [
            models.UniqueConstraint(
                fields=["idea", "email"], condition=~Q(email=""), name="one_support_per_address"
            )
        ]

    def __str__(self):
        return f"{self.idea}: {self.pk}"


class IdeaStatusChange(models.Model):
    """One step of an idea's public history: when it was published, discussed, selected..."""

    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="history")
    status = models.CharField(max_length=20, choices=IdeaStatus.choices)
    note = models.TextField(blank=True)
    changed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.idea}: {self.status}"
