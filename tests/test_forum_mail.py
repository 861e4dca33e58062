"""Registration e-mail through a real SMTP server on loopback (aiosmtpd): delivered with its calendar
attachment, kept in the outbox through an outage until the server is back under the same
Message-ID (two workers racing for the outbox: tests/test_forum_concurrency.py)."""

from datetime import timedelta
from email.header import decode_header, make_header

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from core.mail import sending, tasks
from core.mail.models import OutgoingMail
from forum.registrations import booking, reminders
from tests.factories.forum import fix_clock, open_workshop, translated_agenda, warsaw
from tests.smtp import loopback_smtp
from zones.editors import ensure_communications_group

pytestmark = pytest.mark.django_db

NOW = warsaw(2030, 5, 1, 12)


@pytest.fixture
def smtp(settings):
    with loopback_smtp(settings) as inbox:
        yield inbox


@pytest.fixture
def workshop(home, locales, monkeypatch):
    fix_clock(monkeypatch, NOW)
    return open_workshop(translated_agenda(home, locales), capacity=1)


def subject(message):
    """The Subject header as the recipient's mail app shows it (decoded from its MIME words)."""
    return str(make_header(decode_header(message["Subject"])))


def person(email="anna@example.org", language="pl"):
    return booking.Person(name="Anna", email=email, seats=1, language=language, consent_text="Zgoda.")


def test_a_confirmation_reaches_the_mailbox_with_its_calendar_file(smtp, workshop):
    smtp.start()
    booking.confirm(booking.book(workshop, person()))
    tasks.send_outbox.call()

    asked, received = smtp.received
    assert subject(asked) == "Potwierdź zapis: Warsztaty"
    assert received["To"] == "anna@example.org"
    assert subject(received) == "Zapisano: Warsztaty"
    parts = {part.get_content_type(): part for part in received.walk()}
    assert "/pl/zapisy/zarzadzaj/" in parts["text/plain"].get_payload(decode=True).decode()
    calendar = parts["text/calendar"]
    assert calendar.get_filename().endswith(".ics")
    assert b"SUMMARY:Warsztaty" in calendar.get_payload(decode=True)
    assert not OutgoingMail.objects.filter(sent_at=None).exists()


def test_mail_waits_in_the_outbox_while_smtp_is_down_and_goes_when_it_is_back(smtp, workshop):
    booking.book(workshop, person())
    booking.book(workshop, person("jan@example.org", "en"))

    tasks.send_outbox.call()
    first_wait = {message.to: message for message in OutgoingMail.objects.all()}
    message_ids = {message.to: message.message_id for message in first_wait.values()}
    assert all(message.sent_at is None and message.attempts == 1 for message in first_wait.values())
    assert all(message.last_error for message in first_wait.values())
    assert all(message.next_attempt_at > timezone.now() for message in first_wait.values())

    tasks.send_outbox.call()
    assert OutgoingMail.objects.filter(attempts=1).count() == 2, "not retried before its time"

    OutgoingMail.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    tasks.send_outbox.call()
    assert set(OutgoingMail.objects.values_list("attempts", flat=True)) == {2}
    assert all(
        message.next_attempt_at - timezone.now() > timedelta(minutes=1)
        for message in OutgoingMail.objects.all()
    )

    smtp.start()
    OutgoingMail.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    tasks.send_outbox.call()
    assert sorted(message["To"] for message in smtp.received) == ["anna@example.org", "jan@example.org"]
    assert {subject(message) for message in smtp.received} == {
        "Potwierdź zapis: Warsztaty",
        "Please confirm your registration: Warsztaty",
    }
    assert {message["To"]: message["Message-ID"] for message in smtp.received} == message_ids, (
        "a retried message keeps its Message-ID"
    )
    assert not OutgoingMail.objects.filter(sent_at=None).exists()


def test_a_message_the_server_keeps_refusing_stops_and_shows_to_organisers(smtp, workshop, client):
    booking.book(workshop, person())
    for _attempt in range(sending.MAX_ATTEMPTS + 2):
        OutgoingMail.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
        tasks.send_outbox.call()
    message = OutgoingMail.objects.get()
    assert message.attempts == sending.MAX_ATTEMPTS
    assert message.failed_at is not None

    organiser = get_user_model().objects.create_user("komunikacja", "k@example.org", "haslo-haslo-1")
    organiser.groups.add(ensure_communications_group())
    client.force_login(organiser)
    response = client.get("/admin/undelivered-mail/")
    assert response.status_code == 200
    assert "anna@example.org" in response.content.decode()


def test_backoff_grows_and_is_capped():
    assert [sending.backoff(attempt) for attempt in (1, 2, 3)] == [
        timedelta(minutes=1),
        timedelta(minutes=2),
        timedelta(minutes=4),
    ]
    assert sending.backoff(30) == timedelta(hours=6)


def test_reminders_go_the_day_before_once(smtp, workshop, monkeypatch):
    smtp.start()
    booking.confirm(booking.book(workshop, person()))
    tasks.send_outbox.call()
    fix_clock(monkeypatch, workshop.start - timedelta(hours=20))

    assert reminders.queue_due() == 1
    assert reminders.queue_due() == 0
    tasks.send_outbox.call()
    assert [subject(message) for message in smtp.received] == [
        "Potwierdź zapis: Warsztaty",
        "Zapisano: Warsztaty",
        "Jutro: Warsztaty",
    ]
