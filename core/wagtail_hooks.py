"""The site's periodic housekeeping (core/housekeeping.py), started by core/scheduling/scheduler.py."""

from datetime import timedelta

from wagtail import hooks

from core import housekeeping
from core.scheduling.scheduler import Periodic


@hooks.register("periodic_tasks")
def housekeeping_tasks():
    return [
        Periodic(housekeeping.publish_scheduled, timedelta(minutes=1)),
        Periodic(housekeeping.erase_form_submissions, timedelta(hours=1)),
        Periodic(housekeeping.prune_task_results, timedelta(days=1)),
        Periodic(housekeeping.prune_login_records, timedelta(days=1)),
        Periodic(housekeeping.prune_search_queries, timedelta(days=1)),
    ]
