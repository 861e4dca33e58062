"""Run a line of Python in `manage.py shell` under given settings, to see what the environment configures.

Settings read environment variables once, at start-up, so only a fresh process shows their effect.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def migrated_database_url():
    """The address of the migrated database this test runs on, for a process that must serve a
    request (the site is looked up for every request)."""
    from django.db import connection

    database = connection.settings_dict
    if database["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{database['NAME']}"
    credentials = database["USER"] + (f":{database['PASSWORD']}" if database["PASSWORD"] else "")
    return f"postgres://{credentials}@{database['HOST']}:{database['PORT']}/{database['NAME']}"


def last_printed_line(code, settings_module="sas_cms.settings.dev", drop=(), **env):
    """The last line `code` printed, with `env` set and the variables in `drop` unset."""
    environment = {key: value for key, value in os.environ.items() if key not in drop}
    environment.update(DJANGO_SETTINGS_MODULE=settings_module, **env)
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]
