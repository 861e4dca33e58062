"""core's one model, kept beside the code that uses it (core/scheduling/)."""

from core.scheduling.models import ScheduledRun

__all__ = ["ScheduledRun"]
