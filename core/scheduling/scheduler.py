"""Periodic work, started by one scheduler beside the task worker: nobody runs a command by hand.

Apps declare their periodic tasks with the "periodic_tasks" Wagtail hook (a list of `Periodic`).
`manage.py run_scheduler` calls `start_due` every few seconds; it only enqueues, and the task worker
runs what it enqueued. Periods are aligned on a fixed epoch, so every scheduler on every machine
agrees on them, and a `ScheduledRun` row moved forward by a conditional update lets only one of them
start each task once per period, on SQLite and PostgreSQL alike.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django_tasks.base import Task
from wagtail import hooks

from core.scheduling.models import ScheduledRun

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Periodic:
    """A task enqueued once in every period of length `every` (at the period's start)."""

    task: Task
    every: timedelta

    @property
    def name(self):
        return self.task.module_path

    def period_start(self, now):
        """The start of the period `now` falls in."""
        return EPOCH + (now - EPOCH) // self.every * self.every


def periodic_tasks():
    return [periodic for hook in hooks.get_hooks("periodic_tasks") for periodic in hook()]


def _claim(periodic, now):
    """True when this scheduler is the first to start `periodic` in the period of `now`."""
    start = periodic.period_start(now)
    ScheduledRun.objects.bulk_create(
        [ScheduledRun(name=periodic.name, period_start=start - periodic.every)], ignore_conflicts=True
    )
    claimed = ScheduledRun.objects.filter(name=periodic.name, period_start__lt=start)
    return claimed.update(period_start=start) == 1


def start_due(now=None):
    """Enqueue each periodic task not yet started in its current period; returns their names. The
    claim and the enqueued task commit together, so a period is never claimed without its task."""
    now = now or timezone.now()
    started = []
    for periodic in periodic_tasks():
        with transaction.atomic():
            if _claim(periodic, now):
                periodic.task.enqueue()
                started.append(periodic.name)
    return started
