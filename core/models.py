"""core's models, kept beside the code that uses them (core/scheduling/, core/mail/)."""

from core.mail.models import OutgoingMail
from core.scheduling.models import ScheduledRun

__all__ = ["OutgoingMail", "ScheduledRun"]
