"""Logs hold no personal data: the tokens of every kind of secret link and the addresses or searches in
query strings are hidden in Django's request and error logs, the development server's log and a real
gunicorn access log, in each language's addresses."""

import io
import logging
import re
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.contrib.auth.tokens import default_token_generator
from django.core import signing

from tests.conftest import free_port

ROOT = Path(__file__).resolve().parent.parent
SIGNED = signing.dumps({"k": "idea", "id": 41}, salt="test")
RANDOM = secrets.token_urlsafe(24)
RESET = default_token_generator.make_token(
    User(pk=7, username="redaktorka", password="x", email="r@example.org")
)
ADDRESS = "Sec.Fan@example.org"
SECRETS = ("secret-manage-1", "secret-calendar-2", SIGNED, RANDOM, RESET, "Sec.Fan", "sec.fan", "kowalska")

TIME_AND_ADDRESS = r"127\.0\.0\.1 - - \[\d\d/\w{3}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\] "
# Every kind of secret link in each language, and the admin's and the public screens' searches.
URLS = [
    "/pl/zapisy/zarzadzaj/secret-manage-1/",
    f"/en/registration/manage/{RANDOM}/",
    "/uk/reyestratsiya/keruvannya/secret-manage-1/",
    "/pl/calendar/personal/secret-calendar-2.ics",
    f"/pl/pomysly/potwierdz/{SIGNED}/",
    f"/en/ideas/confirm/{SIGNED}/",
    f"/uk/ideyi/pidtverdyty/{SIGNED}/",
    f"/admin/password_reset/confirm/Nw/{RESET}/",
    "/admin/registrations-person/?email=Sec.Fan%40example.org",
    "/admin/snippets/forum/registration/?q=Anna+Kowalska&p=2",
    "/pl/szukaj/?q=sec.fan%40example.org",
    "/pl/strefy/?next=sec.fan@example.org&page=2",
]


def assert_nothing_personal(logged):
    for secret in SECRETS:
        assert secret.lower() not in logged.lower(), secret


@contextmanager
def captured(logger_name):
    handler = logging.getLogger(logger_name).handlers[0]
    stream = io.StringIO()
    previous = handler.setStream(stream)
    try:
        yield stream
    finally:
        handler.setStream(previous)


@pytest.mark.django_db
def test_djangos_request_log_hides_tokens_and_addresses(client, home):
    with captured("django") as stream:
        for url in URLS:
            client.get(url)
    logged = stream.getvalue()
    assert "Not Found: /pl/pomysly/potwierdz/[hidden]/" in logged
    assert "Not Found: /pl/calendar/personal/[hidden].ics" in logged  # a broken manage link redirects
    assert_nothing_personal(logged)


def test_djangos_error_log_hides_them_in_the_traceback_too():
    try:
        raise ValueError(f"No booking for {ADDRESS} at /en/ideas/confirm/{SIGNED}/")
    except ValueError:
        with captured("django") as stream:
            logging.getLogger("django.request").error(
                "Internal Server Error: %s", f"/pl/x/?email={ADDRESS}", exc_info=True
            )
    logged = stream.getvalue()
    assert "Internal Server Error: /pl/x/?email=[hidden]" in logged
    assert "ValueError: No booking for [hidden] at /en/ideas/confirm/[hidden]/" in logged
    assert_nothing_personal(logged)


def test_the_development_servers_log_hides_them():
    with captured("django.server") as stream:
        for url in URLS:
            # As runserver's request handler logs each request.
            logging.getLogger("django.server").info('"%s" %s %s', f"GET {url} HTTP/1.1", "404", "179")
    logged = stream.getvalue()
    assert '"GET /pl/szukaj/?q=[hidden] HTTP/1.1" 404 179' in logged
    assert '"GET /admin/snippets/forum/registration/?q=[hidden]&p=2 HTTP/1.1" 404 179' in logged
    assert_nothing_personal(logged)


def test_gunicorns_access_and_error_logs_hide_them(tmp_path):
    access_log, error_log = tmp_path / "access.log", tmp_path / "error.log"
    port = free_port()
    server = subprocess.Popen(
        [
            *(sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"),
            *("--bind", f"127.0.0.1:{port}", "--workers", "1"),
            *("--access-logfile", str(access_log), "--error-logfile", str(error_log)),
            "tests.plain_wsgi:application",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for url in [*URLS, f"/fail/{RANDOM}/?email={ADDRESS}"]:
            get_until_up(f"http://127.0.0.1:{port}{url}", referer=f"http://127.0.0.1:{port}{URLS[4]}")
    finally:
        server.terminate()
        server.wait(timeout=20)
    logged = access_log.read_text()
    assert len(logged.splitlines()) == len(URLS) + 1
    assert all(re.match(TIME_AND_ADDRESS, line) for line in logged.splitlines()), (
        "only personal data is hidden"
    )
    assert '"GET /uk/ideyi/pidtverdyty/[hidden]/ HTTP/1.1" 404' in logged
    assert '"GET /admin/registrations-person/?email=[hidden] HTTP/1.1" 404' in logged
    assert '"GET /pl/strefy/?next=[hidden]&page=2 HTTP/1.1" 404' in logged
    assert_nothing_personal(logged)
    errors = error_log.read_text()
    assert "Error handling request GET /fail/[hidden]/?email=[hidden]" in errors
    assert_nothing_personal(errors)


def get_until_up(url, referer):
    request = urllib.request.Request(url, headers={"Referer": referer})
    for _attempt in range(100):
        try:
            urllib.request.urlopen(request, timeout=5)
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"gunicorn did not answer {url}")
