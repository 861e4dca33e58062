"""The vocabularies every occasion is described in: its status, how one attends, its kind and its audience.

They stand below the models so that the agenda's rules and the calendars can name them without importing
the models that in turn use those rules.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")
    MOVED_ONLINE = "moved_online", _("Moved online")


class Attendance(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    MIXED = "mixed", _("In person and online")


class EventType(models.TextChoices):
    TRAINING = "training", _("Training meeting")
    LOCAL_ACTION = "local_action", _("Local action")
    FORUM = "forum", _("Forum")
    WORKSHOP = "workshop", _("Workshop")
    MEETING = "meeting", _("Meeting")
    OTHER = "other", _("Other")


class Audience(models.TextChoices):
    EVERYONE = "everyone", _("Everyone")
    RESIDENTS = "residents", _("Residents")
    LEADERS = "leaders", _("Local leaders and activists")
    INSTITUTIONS = "institutions", _("Librarians and staff of public institutions")
    FAMILIES = "families", _("Children and families")
    SENIORS = "seniors", _("Seniors")
