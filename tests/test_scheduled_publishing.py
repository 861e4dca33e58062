"""An editor schedules a page from the admin, and it goes live with nobody running a command: only
the processes `make run` starts beside the web server, the task worker and the scheduler, run for
real against the test database."""

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, streamfield

from tests.factories.home import StandardPageFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.waits_for_the_clock,
]

ROOT = Path(__file__).resolve().parent.parent
# Scheduled publishing runs every minute; the worker picks a task up within seconds.
PATIENCE_SECONDS = 180


def database_url():
    """The address of the test database, for processes of their own."""
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    user = database["USER"] + (f":{database['PASSWORD']}" if database["PASSWORD"] else "")
    return f"postgres://{user}@{database['HOST']}:{database['PORT'] or 5432}/{database['NAME']}"


@pytest.fixture
def worker_and_scheduler():
    """`make run`'s own task worker and scheduler (the database task queue, development settings)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sas_cms.settings.dev",
        "DATABASE_URL": database_url(),
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
    }
    if settings.REDIS_URL:
        # The Redis database this test process keeps its caches in, as all processes of a site share one.
        env["REDIS_URL"] = settings.CACHES["counters"]["LOCATION"]
    manage = [sys.executable, "manage.py"]
    processes = [
        subprocess.Popen([*manage, "db_worker", "--interval", "1", "--verbosity", "0"], cwd=ROOT, env=env),
        subprocess.Popen([*manage, "run_scheduler", "--verbosity", "0"], cwd=ROOT, env=env),
    ]
    yield processes
    for process in processes:
        process.terminate()
    for process in processes:
        process.wait(timeout=60)


def status_and_body(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""


def test_a_page_scheduled_in_the_admin_goes_live_by_itself(
    home, admin_client, live_server, worker_and_scheduler
):
    draft = StandardPageFactory(
        parent=home, title="Nabór wolontariuszy", slug="nabor", live=False, show_in_menus=True
    )
    # Whole seconds, as the admin's date picker sends them, so the moment compared is the one stored.
    go_live_at = (timezone.localtime() + timedelta(seconds=10)).replace(microsecond=0)
    form = nested_form_data(
        {
            "title": "Nabór wolontariuszy",
            "slug": "nabor",
            "intro": "Szukamy sąsiadów do pomocy.",
            "body": streamfield([]),
            "show_in_menus": "on",
            "go_live_at": go_live_at.strftime("%Y-%m-%d %H:%M:%S"),
            "action-publish": "action-publish",
        }
    )
    response = admin_client.post(f"/admin/pages/{draft.pk}/edit/", form)
    assert response.status_code == 302
    url = f"{live_server.url}/pl/nabor/"
    assert status_and_body(url)[0] == 404
    # The home page, its menu and the address's route are now kept in this process for the generation.
    assert 'href="/pl/nabor/"' not in status_and_body(f"{live_server.url}/pl/")[1]

    deadline = time.monotonic() + PATIENCE_SECONDS
    status, body = status_and_body(url)
    while status != 200 and time.monotonic() < deadline:
        assert all(process.poll() is None for process in worker_and_scheduler)
        time.sleep(1)
        status, body = status_and_body(url)

    assert status == 200
    assert "Nabór wolontariuszy" in body
    # Published in the task worker's process, it is in the menu this process serves at once.
    assert 'href="/pl/nabor/"' in status_and_body(f"{live_server.url}/pl/")[1]
    draft.refresh_from_db()
    assert draft.live
    assert draft.first_published_at >= go_live_at
