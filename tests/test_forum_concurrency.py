"""Two processes at once. Many people confirming for the last seats at the same moment never get more
seats than there are, and nobody gets an error: on PostgreSQL the occasion's row lock serialises them (`.ci/run` runs the suite
on it); on the default SQLite every transaction takes the write lock at its start and the others
wait for it (WAL, a busy timeout), each thread with its own connection as under a threaded server.
Two task workers sending the outbox at once send each message once.

Transactional tests live in modules of their own (tests/conftest.py shares one site per module
inside a transaction, which they cannot run in).
"""

import threading

import pytest
from django.core import mail
from django.db import connections
from django.utils import timezone

from core.mail import sending
from core.mail.models import OutgoingMail
from forum.models import Registration
from forum.registrations import booking
from tests.factories.forum import EventPageFactory, fix_clock, translated_agenda, warsaw

THREADS = 20
CAPACITY = 3

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_twenty_people_racing_for_the_last_three_seats(home, locales, monkeypatch):
    fix_clock(monkeypatch, warsaw(2030, 5, 1, 12))
    event = EventPageFactory(
        parent=translated_agenda(home, locales),
        start=warsaw(2030, 5, 10, 18),
        registration_enabled=True,
        capacity=CAPACITY,
    )
    registrations = [
        booking.book(
            event,
            booking.Person(
                name=f"Osoba {number}",
                email=f"osoba{number}@example.org",
                seats=1,
                language="pl",
                consent_text="Zgoda.",
            ),
        )
        for number in range(THREADS)
    ]
    assert booking.seats_left(event) == CAPACITY, "submissions nobody confirmed take no seat"
    start = threading.Barrier(THREADS)
    errors = []

    def confirm(number):
        try:
            start.wait()
            booking.confirm(registrations[number])
        except Exception as error:  # collected and reported by the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=confirm, args=(number,)) for number in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert Registration.objects.filter(status="confirmed").count() == CAPACITY
    assert Registration.objects.filter(status="waitlisted").count() == THREADS - CAPACITY


def test_two_workers_sending_at_once_send_each_message_once(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    now = timezone.now()
    OutgoingMail.objects.bulk_create(
        OutgoingMail(to=f"osoba{number}@example.org", subject="Temat", body="Treść", next_attempt_at=now)
        for number in range(12)
    )
    start = threading.Barrier(2)

    def worker():
        start.wait()
        try:
            sending.send_due()
        finally:
            connections.close_all()

    workers = [threading.Thread(target=worker) for _ in range(2)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        f"osoba{n}@example.org" for n in range(12)
    )
    assert not OutgoingMail.objects.filter(sent_at=None).exists()
