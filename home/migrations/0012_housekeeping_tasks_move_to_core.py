"""The housekeeping tasks moved from home/tasks.py to core/housekeeping.py. The task queue names a
task by its import path: a task enqueued before the upgrade and not yet run would point the worker at
a module that is gone, so the waiting rows are pointed at the new one (finished rows keep the path
they ran under; the admin names their task by its last part either way). The scheduler names its periods
by the same path (core's ScheduledRun), so those rows follow too, and no task starts again early."""

from django.db import migrations

MOVED = [
    "publish_scheduled",
    "prune_task_results",
    "prune_login_records",
    "prune_search_queries",
    "erase_form_submissions",
]
OLD = "home.tasks."
NEW = "core.housekeeping."


def repoint(apps, old, new):
    """Waiting task rows and scheduler rows that name a moved task by its `old` path name it by its
    `new` one (a scheduler row already under the `new` name, from a scheduler started before the
    migration, is kept as it is)."""
    task_results = apps.get_model("django_tasks_database", "DBTaskResult").objects
    scheduled_runs = apps.get_model("core", "ScheduledRun").objects
    for name in MOVED:
        task_results.filter(status="READY", task_path=old + name).update(task_path=new + name)
        if not scheduled_runs.filter(name=new + name).exists():
            scheduled_runs.filter(name=old + name).update(name=new + name)


def forward(apps, schema_editor):
    repoint(apps, OLD, NEW)


def backward(apps, schema_editor):
    repoint(apps, NEW, OLD)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0011_scheduled_runs_move_to_core"),
        ("core", "0001_initial"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [migrations.RunPython(forward, backward)]
