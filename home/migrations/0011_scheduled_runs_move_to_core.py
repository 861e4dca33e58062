"""The scheduler's bookkeeping now belongs to core (core/migrations/0001_initial.py): home forgets the
model, and its table, with every row, stays where it is under core."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0010_default_groups_hold_no_tree_rights"),
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="ScheduledRun")],
            database_operations=[],
        ),
    ]
