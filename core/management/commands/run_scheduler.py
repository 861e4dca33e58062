"""`manage.py run_scheduler`: start periodic tasks on time (core/scheduling/scheduler.py) until stopped.

`make run` and `make serve-prod` start it beside `db_worker`; in production it runs as its own
service (deploy/systemd/). Several may run at once, on one machine or many: each task still starts
once per period.
"""

import signal
import threading

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from core.scheduling import scheduler

TICK_SECONDS = 5


class Command(BaseCommand):
    help = "Start the site's periodic tasks (publishing, reminders, erasure, pruning) on time."

    def handle(self, *args, **options):
        stopping = threading.Event()
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, lambda *_: stopping.set())
        if options["verbosity"]:
            names = ", ".join(f"{p.name} every {p.every}" for p in scheduler.periodic_tasks())
            self.stdout.write(f"Scheduler started: {names}")
        while not stopping.is_set():
            close_old_connections()
            for name in scheduler.start_due():
                if options["verbosity"] > 1:
                    self.stdout.write(f"Started {name}")
            stopping.wait(TICK_SECONDS)
        close_old_connections()
