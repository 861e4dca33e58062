from django.db import models


class ScheduledRun(models.Model):
    """The last period a periodic task was started for (core/scheduling/scheduler.py). Every scheduler
    process, on any machine, moves this row forward with a conditional update before it enqueues the
    task, so only one of them wins each period and the task runs once per period however many run."""

    shown_on_pages = False  # the scheduler's bookkeeping changes no public page (core.caching.page_cache)

    name = models.CharField(max_length=200, unique=True)
    period_start = models.DateTimeField()

    class Meta:
        # The table home made when the scheduler lived there: core took it over with its rows.
        db_table = "home_scheduledrun"

    def __str__(self):
        return f"{self.name} @ {self.period_start.isoformat()}"
