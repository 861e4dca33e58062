"""The scheduler's bookkeeping changes owner from home to core with every row kept: a database
migrated to the main of before the move (home 0010) migrates forward with its rows intact."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from core.models import ScheduledRun

HOME_BEFORE_THE_MOVE = ("home", "0010_default_groups_hold_no_tree_rights")


def migrate(targets):
    """Migrate the test database to `targets`; the executor, to read the state it reached."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return MigrationExecutor(connection)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_scheduled_run_written_before_the_move_is_read_after_it():
    period_start = datetime(2030, 5, 1, 10, tzinfo=UTC)
    executor = migrate([HOME_BEFORE_THE_MOVE, ("core", None)])
    assert HOME_BEFORE_THE_MOVE in executor.loader.applied_migrations
    assert ("core", "0001_initial") not in executor.loader.applied_migrations
    before = executor.loader.project_state(HOME_BEFORE_THE_MOVE, at_end=True)
    before.apps.get_model("home", "ScheduledRun").objects.create(
        name="ideas.tasks.erase_past_idea_data", period_start=period_start
    )

    migrate(executor.loader.graph.leaf_nodes())

    assert [(run.name, run.period_start) for run in ScheduledRun.objects.all()] == [
        ("ideas.tasks.erase_past_idea_data", period_start)
    ]
