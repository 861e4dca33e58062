"""Production settings: they refuse to start half-configured, pass Django's deploy checks and install no
demo."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.shell import last_printed_line

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, **env):
    environment = {
        key: value for key, value in os.environ.items() if key not in ("SECRET_KEY", "ALLOWED_HOSTS")
    }
    environment.update(DJANGO_SETTINGS_MODULE="sas_cms.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ALLOWED_HOSTS": "sas.example.org"}, "Set the SECRET_KEY"),
        ({"SECRET_KEY": "x" * 60}, "Set the ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_required_variables(env, message):
    result = manage("check", **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_check_deploy_prints_no_warning():
    secret = "k3y-" + "Zq9$Lw2!Rt7@Pm4%Xv8^" * 3
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING", SECRET_KEY=secret, ALLOWED_HOSTS="sas.example.org"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_installs_no_demo():
    """The demo content and its known logins exist under development and test settings only."""
    production = {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "sas.example.org"}
    code = (
        "from django.conf import settings; print([app for app in settings.INSTALLED_APPS if 'demo' in app])"
    )
    assert last_printed_line(code, settings_module="sas_cms.settings.production", **production) == "[]"
    result = manage("demo_login", **production)
    assert result.returncode != 0
    assert "Unknown command: 'demo_login'" in result.stderr


def test_demo_login_is_refused_outside_debug():
    """Test settings install the demo with DEBUG off: its known password is refused there too."""
    with pytest.raises(CommandError, match="only runs with DEBUG on"):
        call_command("demo_login")


@pytest.mark.parametrize(
    ("env", "backend"),
    [
        ({}, "wagtail.search.backends.database"),
        ({"OPENSEARCH_URL": "http://127.0.0.1:9200"}, "wagtail.search.backends.opensearch3"),
    ],
)
def test_search_backend_follows_the_environment(env, backend):
    code = "from django.conf import settings; print(settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND'])"
    assert last_printed_line(code, drop=("OPENSEARCH_URL",), **env) == backend


# As gunicorn does: its config, then the application preloaded in the master, then when_ready.
GUNICORN_MASTER = """
import gc, runpy, types
from django.db import connections
from django.urls import get_resolver
from django.utils.translation import trans_real
config = runpy.run_path("gunicorn.conf.py")
assert not gc.isenabled()
import sas_cms.wsgi
[object() for _ in range(10)]
config["when_ready"](None)
"""
GC_CHECK = (
    GUNICORN_MASTER
    + """
frozen_by_master = gc.get_freeze_count()
worker = types.SimpleNamespace()
kept = []
def serve():
    kept.append([len(kept)])
    config["post_request"](worker, None, None, None)
# Counting the frozen objects walks them all: counted once before the settling request, not each time.
for _ in range(config["SETTLED_AFTER_REQUESTS"] - 1):
    serve()
not_yet = gc.get_freeze_count() == frozen_by_master
serve()
print(gc.isenabled(), frozen_by_master > 0, not_yet, gc.get_freeze_count() >= frozen_by_master + len(kept))
"""
)
# What each worker would otherwise build on its first requests: the reverse URL lookups (kept per
# language) and the message catalogues; and no database connection, which workers must not share.
WARM_UP_CHECK = (
    GUNICORN_MASTER
    + """
print(sorted(get_resolver()._reverse_dict), sorted(trans_real._translations))
print([connection.alias for connection in connections.all() if connection.connection is not None])
"""
)


def in_gunicorn_master(code):
    checked = subprocess.run(
        # WhiteNoise warns when the static files have not been collected, as in a checkout.
        [sys.executable, "-W", "ignore:No directory at:UserWarning", "-c", code],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "sas_cms.settings.test"},
        capture_output=True,
        text=True,
    )
    assert checked.stderr == ""
    return checked.stdout.splitlines()


def test_gunicorn_keeps_long_lived_objects_out_of_the_collectors_walks():
    """What the master imported is frozen before the workers fork, and what a worker keeps after
    its first requests is frozen once it has settled (gunicorn.conf.py): full collections then walk
    only new objects instead of stalling requests for the whole heap."""
    assert in_gunicorn_master(GC_CHECK) == ["True True True True"]


def test_gunicorn_workers_are_forked_with_urls_and_catalogues_ready_and_no_connection():
    """A new worker answered its first pages 250 ms late while it built these (sas_cms/warm_up.py)."""
    assert in_gunicorn_master(WARM_UP_CHECK) == ["['en', 'pl', 'uk'] ['en', 'pl', 'uk']", "[]"]
