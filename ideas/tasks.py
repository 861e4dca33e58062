"""Work the task worker does for ideas: forgetting people once their data is no longer needed."""

from django_tasks import task

from ideas import privacy


@task()
def erase_past_idea_data():
    """Forget expired unconfirmed ideas and supports, and the people of long-closed ideas."""
    return privacy.erase_past()
