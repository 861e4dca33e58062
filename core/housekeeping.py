"""The site's periodic housekeeping, which the scheduler starts (core/wagtail_hooks.py) and the task
worker runs: scheduled publishing, and forgetting what is kept no longer than its retention."""

from datetime import timedelta

from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from django_tasks import task
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits


@task()
def publish_scheduled():
    """Wagtail's scheduled publishing: pages and snippets whose go-live time has come go live, and
    those whose expiry time has passed are unpublished (with the usual signals, so caches follow)."""
    call_command("publish_scheduled", verbosity=0)


@task()
def prune_task_results():
    """Forget finished task results after TASK_RESULT_RETENTION_DAYS."""
    limit = timezone.now() - timedelta(days=settings.TASK_RESULT_RETENTION_DAYS)
    return DBTaskResult.objects.finished().filter(finished_at__lt=limit).delete()[0]


@task()
def prune_login_records():
    """Forget admin login records (django-axes) after LOGIN_RECORD_RETENTION_DAYS."""
    days = settings.LOGIN_RECORD_RETENTION_DAYS
    return AxesProxyHandler.reset_logs(age_days=days) + AxesProxyHandler.reset_failure_logs(age_days=days)


@task()
def prune_search_queries():
    """Forget the daily counts of search queries after WAGTAILSEARCH_HITS_MAX_AGE days, and queries
    left without counts or promoted results."""
    QueryDailyHits.garbage_collect()
    Query.garbage_collect()


@task()
def erase_form_submissions():
    """Erase what residents sent through forms FORM_RETENTION_DAYS after they sent it (staff got it
    by e-mail at the time)."""
    limit = timezone.now() - timedelta(days=settings.FORM_RETENTION_DAYS)
    return FormSubmission.objects.filter(submit_time__lt=limit).delete()[0]
