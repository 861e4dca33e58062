"""Periodic work, started on time by one scheduler beside the task worker, once per period across
machines: `scheduler` (the `Periodic` declaration and `start_due`), `models` (ScheduledRun, the row
each period is won on) and `manage.py run_scheduler` (core/management/commands/run_scheduler.py)."""
