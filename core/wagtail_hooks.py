"""The ground's part of the Wagtail admin and the scheduler. Wagtail loads only this module of an app,
so it loads each service's own hooks: the outbox (core/mail/), "A person's data" (core/privacy/) and
the second factor (core/accounts/); the site's periodic housekeeping (core/housekeeping.py) is here."""

from datetime import timedelta

from wagtail import hooks

from core import housekeeping
from core.accounts import wagtail_hooks as accounts_hooks  # noqa: F401
from core.mail import wagtail_hooks as mail_hooks  # noqa: F401
from core.privacy import wagtail_hooks as privacy_hooks  # noqa: F401
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
