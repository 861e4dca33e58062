"""Behind proxies, real addresses: `manage.py check --deploy` warns when the app stands behind proxies
while TRUSTED_PROXIES is 0 (a front cache in the settings, or requests the running app saw come
through a proxy), and `make serve-prod` and the systemd units count their proxies."""

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core import checks
from core.http import client_address
from deploy import serve_prod
from tests.shell import migrated_database_url
from tests.test_rate_limits import Visitor, needs_varnish

ROOT = Path(__file__).resolve().parent.parent
SECRET = "k3y-" + "Zq9$Lw2!Rt7@Pm4%Xv8^" * 3
PROXY_VARIABLES = ("TRUSTED_PROXIES", "FRONT_CACHE_URL", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL")


def same_counters(settings):
    """The environment that points a process at this test's counters cache: on Redis each test worker
    has a database of its own (sas_cms/settings/test.py), which production settings would not pick."""
    counters = settings.CACHES["counters"]
    return {"REDIS_URL": counters["LOCATION"]} if "redis" in counters["BACKEND"].lower() else {}


def check_deploy(**env):
    """`manage.py check --deploy` under production settings with `env`: its printed report."""
    environment = {key: value for key, value in os.environ.items() if key not in PROXY_VARIABLES}
    environment.update(
        {
            "DJANGO_SETTINGS_MODULE": "sas_cms.settings.production",
            "SECRET_KEY": SECRET,
            "ALLOWED_HOSTS": "sas.example.org",
            **env,
        }
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    return result.stdout + result.stderr


@pytest.fixture
def first_request_of_a_process(monkeypatch):
    monkeypatch.setattr(client_address, "_noted", False)


def unit_environment(name):
    """The variables a systemd unit of deploy/systemd sets with Environment= lines."""
    lines = (ROOT / "deploy" / "systemd" / name).read_text().splitlines()
    return dict(
        line.removeprefix("Environment=").split("=", 1) for line in lines if line.startswith("Environment=")
    )


def test_a_front_cache_with_no_proxy_counted_is_a_deploy_warning():
    report = check_deploy(FRONT_CACHE_URL="http://127.0.0.1:8002")
    assert (
        "(core.W001) FRONT_CACHE_URL names a front cache in front of the app, but TRUSTED_PROXIES is 0"
        in report
    )
    assert "HINT: Set TRUSTED_PROXIES" in report

    assert "core.W001" not in check_deploy(FRONT_CACHE_URL="http://127.0.0.1:8002", TRUSTED_PROXIES="2")


@pytest.mark.django_db
@pytest.mark.usefixtures("fresh_cache", "first_request_of_a_process")
def test_a_request_through_a_proxy_uncounted_is_logged_once_and_noted_for_the_deploy_check(client, caplog):
    caplog.set_level(logging.WARNING, logger="core.http.client_address")
    for password in ("zle", "znowu-zle"):
        client.post(
            "/admin/login/",
            {"username": "redaktorka", "password": password},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR="81.190.0.1",
        )

    warnings = [record.getMessage() for record in caplog.records if record.name == "core.http.client_address"]
    assert len(warnings) == 1, "once per process"
    assert "through a proxy at 127.0.0.1 (X-Forwarded-For) while TRUSTED_PROXIES is 0" in warnings[0]
    assert [warning.id for warning in checks.proxies_are_counted(None)] == ["core.W002"]


@pytest.mark.django_db
@pytest.mark.usefixtures("fresh_cache", "first_request_of_a_process")
def test_a_visitor_who_writes_the_header_herself_or_counted_proxies_leave_no_note(client, settings):
    visitor = {"REMOTE_ADDR": "81.190.0.2", "HTTP_X_FORWARDED_FOR": "10.0.0.1"}
    client.post("/admin/login/", {"username": "redaktorka", "password": "zle"}, **visitor)
    settings.TRUSTED_PROXIES = 1
    through_varnish = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "81.190.0.3"}
    client.post("/admin/login/", {"username": "redaktorka", "password": "zle"}, **through_varnish)

    assert client_address.uncounted_proxy_note() is None
    settings.TRUSTED_PROXIES = 0
    assert checks.proxies_are_counted(None) == []


@needs_varnish
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("fresh_cache", "first_request_of_a_process")
def test_the_deploy_check_warns_after_the_app_served_visitors_through_varnish_uncounted(front, settings):
    settings.TRUSTED_PROXIES = 0
    Visitor(front, "81.190.0.1").post("/admin/login/", {"username": "redaktorka", "password": "zle"})
    database = migrated_database_url()

    report = check_deploy(DATABASE_URL=database, **same_counters(settings))
    assert "(core.W002) Requests came through a proxy at 127.0.0.1 (X-Forwarded-For" in report
    assert "while TRUSTED_PROXIES is 0" in report

    assert "core.W002" not in check_deploy(
        DATABASE_URL=database, TRUSTED_PROXIES="2", **same_counters(settings)
    )


def test_serve_prod_counts_its_one_proxy_whatever_the_shell_says(monkeypatch):
    monkeypatch.setenv("TRUSTED_PROXIES", "0")
    env = serve_prod.environment(8000, 8002, 8001)

    assert env["TRUSTED_PROXIES"] == "1"
    assert env["FRONT_CACHE_URL"] == "http://127.0.0.1:8002"
    assert "core.W00" not in check_deploy(
        TRUSTED_PROXIES=env["TRUSTED_PROXIES"], FRONT_CACHE_URL=env["FRONT_CACHE_URL"]
    )


def test_the_systemd_web_unit_counts_the_tls_proxy_and_varnish():
    web = unit_environment("sas-web.service")
    varnish = (ROOT / "deploy" / "systemd" / "varnish.service.d" / "sas.conf").read_text()

    assert web["TRUSTED_PROXIES"] == "2"
    assert "-a public=127.0.0.1:8000" in varnish and web["GUNICORN_BIND"] == "127.0.0.1:8001"
    assert "core.W00" not in check_deploy(**web, FRONT_CACHE_URL="http://127.0.0.1:8002")
