"""Nothing of a booking opens without its mailbox: the same answer for every address, fresh links only
to the mailbox, pages that no cache keeps and no referrer leaks, secrets kept out of every log, and
occasions behind a view restriction outside every feed and form."""

import io
import logging
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from core.mail.models import OutgoingMail
from tests.addresses import url_in
from tests.factories.forum import (
    confirmed_booking,
    mailbox_link,
    open_workshop,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]
ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
def test_manage_and_confirmation_pages_are_private_and_send_no_referrer(client, agenda, code):
    workshop = open_workshop(agenda)
    form = client.get(url_in(code, "registration_form", workshop.pk))
    client.post(
        url_in(code, "registration_form", workshop.pk),
        {"name": "Anna", "email": "anna@example.org", "seats": "1", "consent": "on"},
    )
    sent = client.get(url_in(code, "registration_sent", workshop.pk))
    for response in (form, sent):
        assert response["Cache-Control"] == "private, no-store"
    link = mailbox_link("anna@example.org", code)
    for response in (
        client.get(link),
        client.post(link, {"action": "confirm"}),
        client.get(link + "?confirmed=1"),
        client.get(url_in(code, "registration_manage", "forged")),
    ):
        assert response["Cache-Control"] == "private, no-store"
        assert response["Referrer-Policy"] == "no-referrer"


def test_the_forms_of_a_secret_page_work_from_a_browser_that_sends_no_referrer(agenda):
    """With no-referrer, browsers send "Origin: null" with the page's own POSTs."""
    browser = Client(enforce_csrf_checks=True)
    confirmed_booking(open_workshop(agenda), "anna@example.org")
    link = mailbox_link("anna@example.org")
    answer = browser.post(link, {"action": "cancel"}, HTTP_ORIGIN="null")
    assert answer.status_code == 302
    assert "Twój zapis został odwołany." in browser.get(answer["Location"]).content.decode()


def test_fresh_links_go_only_to_the_mailbox_and_the_answer_never_changes(client, agenda):
    workshop = open_workshop(agenda)
    confirmed_booking(workshop, "anna@example.org")
    OutgoingMail.objects.all().delete()
    answers = [
        client.post("/pl/zapisy/linki/", {"email": email}).content.decode()
        for email in ("anna@example.org", "nobody@example.org")
    ]
    scrubbed = [re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", answer) for answer in answers]
    assert scrubbed[0] == scrubbed[1]
    assert "wysłaliśmy na niego linki" in answers[0]
    (sent,) = OutgoingMail.objects.all()
    assert sent.to == "anna@example.org" and "/pl/zapisy/zarzadzaj/" in sent.body
    client.post("/pl/zapisy/linki/", {"email": "anna@example.org"})
    assert OutgoingMail.objects.count() == 1, "sent again at most every ten minutes"


@pytest.mark.parametrize("email", ["", "x" * 300, "anna\x00@example.org", "nie-adres"])
def test_a_bad_address_for_fresh_links_gets_a_form_error(client, agenda, email):
    response = client.post("/pl/zapisy/linki/", {"email": email})
    assert response.status_code == 400
    assert "Popraw" in response.content.decode() or "Wprowadź" in response.content.decode()


def test_occasions_behind_a_view_restriction_stay_out_of_feeds_and_forms(client, agenda):
    hidden = open_workshop(agenda, title="Spotkanie zamknięte", slug="zamkniete")
    open_workshop(agenda, title="Spotkanie otwarte", slug="otwarte")
    PageViewRestriction.objects.create(page=hidden, restriction_type="password", password="tajne")
    feed = client.get("/pl/calendar/events.ics").content.decode()
    assert "Spotkanie otwarte" in feed and "Spotkanie zamknięte" not in feed
    assert client.get(f"/pl/calendar/occasion/{hidden.pk}.ics").status_code == 404
    assert client.get(f"/pl/zapisy/{hidden.pk}/").status_code == 404
    posted = client.post(
        f"/pl/zapisy/{hidden.pk}/",
        {"name": "Anna", "email": "anna@example.org", "seats": "1", "consent": "on"},
    )
    assert posted.status_code == 404 and not OutgoingMail.objects.exists()


def test_django_logs_hide_the_secret_of_a_manage_link(client, agenda):
    workshop = open_workshop(agenda)
    confirmed_booking(workshop, "anna@example.org")
    confirmed_booking(workshop, "ola@example.org", language="uk")
    links = {
        code: mailbox_link(email, code)
        for code, email in (("pl", "anna@example.org"), ("uk", "ola@example.org"))
    }
    handler = next(h for h in logging.getLogger("django").handlers if h.filters)
    captured = io.StringIO()
    previous = handler.setStream(captured)
    try:
        client.post(links["pl"], {"action": "drop-table"})
        client.get("/pl/calendar/personal/secret-calendar-456.ics")
        client.post(links["uk"], {"action": "drop-table"})
    finally:
        handler.setStream(previous)
    logged = captured.getvalue()
    assert "Bad Request: /pl/zapisy/zarzadzaj/[hidden]/" in logged
    assert "/pl/calendar/personal/[hidden].ics" in logged
    assert "Bad Request: /uk/reyestratsiya/keruvannya/[hidden]/" in logged
    assert links["pl"].split("/")[-2] not in logged and links["uk"].split("/")[-2] not in logged
    assert "secret-calendar-456" not in logged


def test_gunicorns_access_log_hides_the_secret_of_a_manage_link(tmp_path):
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            "gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "tests.plain_wsgi:application",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        _get_until_up(f"http://127.0.0.1:{port}/pl/zapisy/zarzadzaj/secret-token-123/?x=1")
        _get_until_up(f"http://127.0.0.1:{port}/uk/calendar/personal/secret-calendar-456.ics")
    finally:
        server.terminate()
        output = server.communicate(timeout=20)[0]
    assert '"GET /pl/zapisy/zarzadzaj/[hidden]/?x=1 HTTP/1.1" 404' in output
    assert "/uk/calendar/personal/[hidden].ics" in output
    assert "secret-token-123" not in output and "secret-calendar-456" not in output


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get_until_up(url):
    for _attempt in range(100):
        try:
            urllib.request.urlopen(url, timeout=5)
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"gunicorn did not answer {url}")
