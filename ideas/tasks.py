"""Work the task worker does for ideas: forgetting people once their data is no longer needed."""

from datetime import timedelta

from django.conf import settings
from django_tasks import default_task_backend, task

from ideas import privacy
from ideas.links import LINK_VALIDITY


@task()
def erase_past_idea_data():
    """Forget expired unconfirmed ideas and supports, and the people of long-closed ideas."""
    return privacy.erase_past()


def schedule_erasure(record):
    """Book the erasure for when `record` (a new idea or support, or a closed idea) falls due: the
    database queue runs it then (`manage.py erase_past_idea_data` does the same by hand or from cron)."""
    if not default_task_backend.supports_defer:
        return
    if getattr(record, "closed_at", None):
        when = record.closed_at + timedelta(days=settings.IDEAS_RETENTION_DAYS, minutes=1)
    else:
        when = record.created_at + LINK_VALIDITY + timedelta(minutes=1)
    erase_past_idea_data.using(run_after=when).enqueue()
