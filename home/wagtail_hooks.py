"""The ground's periodic tasks, started by the scheduler (home/scheduler.py)."""

from datetime import timedelta

from wagtail import hooks

from home import tasks
from home.scheduler import Periodic


@hooks.register("periodic_tasks")
def housekeeping():
    return [
        Periodic(tasks.publish_scheduled, timedelta(minutes=1)),
        Periodic(tasks.erase_form_submissions, timedelta(hours=1)),
        Periodic(tasks.prune_task_results, timedelta(days=1)),
        Periodic(tasks.prune_login_records, timedelta(days=1)),
        Periodic(tasks.prune_search_queries, timedelta(days=1)),
    ]
