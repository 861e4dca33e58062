"""The housekeeping tasks moved from home/tasks.py to core/housekeeping.py: a task waiting in the queue
when the site upgrades, and the scheduler's record of its last period, follow it (and go back on a
migration back)."""

import uuid
from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django_tasks_db.models import DBTaskResult

from core.housekeeping import publish_scheduled
from core.models import ScheduledRun

BEFORE_THE_MOVE = ("home", "0011_scheduled_runs_move_to_core")
THE_MOVE = ("home", "0012_housekeeping_tasks_move_to_core")
PERIOD_START = datetime(2030, 5, 1, 10, tzinfo=UTC)
NEVER = datetime(9999, 1, 1, tzinfo=UTC)  # the backend's "run as soon as a worker is free"


def migrate(targets):
    """Migrate the test database to `targets`; the executor, to read the state it reached."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return MigrationExecutor(connection)


def queued_row(status, task_path):
    """A row of the database task queue, as django-tasks' database backend writes it."""
    return DBTaskResult.objects.create(
        id=uuid.uuid4(),
        status=status,
        task_path=task_path,
        args_kwargs={"args": [], "kwargs": {}},
        queue_name="default",
        backend_name="default",
        run_after=NEVER,
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_task_queued_before_the_move_runs_from_its_new_module():
    executor = migrate([BEFORE_THE_MOVE])
    assert THE_MOVE not in executor.loader.applied_migrations
    waiting = queued_row("READY", "home.tasks.publish_scheduled")
    finished = queued_row("SUCCESSFUL", "home.tasks.prune_task_results")
    ScheduledRun.objects.create(name="home.tasks.publish_scheduled", period_start=PERIOD_START)

    migrate([THE_MOVE])

    waiting.refresh_from_db()
    finished.refresh_from_db()
    assert waiting.task_path == "core.housekeeping.publish_scheduled"
    assert waiting.task.func is publish_scheduled.func
    assert finished.task_path == "home.tasks.prune_task_results"
    assert [(run.name, run.period_start) for run in ScheduledRun.objects.all()] == [
        ("core.housekeeping.publish_scheduled", PERIOD_START)
    ]

    executor = migrate([BEFORE_THE_MOVE])

    waiting.refresh_from_db()
    assert waiting.task_path == "home.tasks.publish_scheduled"
    assert list(ScheduledRun.objects.values_list("name", flat=True)) == ["home.tasks.publish_scheduled"]

    migrate(executor.loader.graph.leaf_nodes())
