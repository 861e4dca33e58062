"""core takes over the scheduler's table from home with every row in it: only the model's owner
changes (home/migrations/0011_scheduled_runs_move_to_core.py drops it from home's state), so
nothing is done to the database and the table keeps its name."""

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ScheduledRun",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("name", models.CharField(max_length=200, unique=True)),
                        ("period_start", models.DateTimeField()),
                    ],
                    options={"db_table": "home_scheduledrun"},
                ),
            ],
            database_operations=[],
        ),
    ]
