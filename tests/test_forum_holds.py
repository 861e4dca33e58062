"""A booking counts only once its mailbox confirms: the seat is held meanwhile, lapses when nobody
confirms, and goes to the first person waiting, who is told. With a fixed clock, in pl, en and uk."""

from datetime import timedelta

import pytest

from forum import booking, tasks
from forum.models import EmailOutbox, Registration
from tests.addresses import url_in
from tests.factories.forum import REGISTRATION_CLOCK, fix_clock, mailbox_link, open_workshop
from tests.factories.home import translate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


@pytest.fixture
def workshop(agenda):
    return open_workshop(agenda, capacity=1)


def register(client, page, email, code="pl"):
    data = {"name": "Anna", "email": email, "seats": "1", "consent": "on"}
    return client.post(url_in(code, "registration_form", page.pk), data)


def status_of(email):
    return Registration.objects.get(email=email).status


def test_a_held_seat_shows_as_taken_and_holds_for_the_configured_hours(client, workshop, settings):
    settings.REGISTRATION_HOLD_HOURS = 6
    register(client, workshop, "anna@example.org")
    assert Registration.objects.get().hold_expires_at == REGISTRATION_CLOCK + timedelta(hours=6)
    assert "Brak miejsc" in client.get(workshop.url).content.decode()
    page = client.get(mailbox_link("anna@example.org")).content.decode()
    assert "Miejsce czeka na Ciebie do 1 maja 2030, 18:00." in page


def test_the_hold_never_outlasts_the_registration_deadline(client, workshop, monkeypatch):
    fix_clock(monkeypatch, workshop.start - timedelta(hours=2))
    register(client, workshop, "anna@example.org")
    assert Registration.objects.get().hold_expires_at == workshop.start


@pytest.mark.parametrize(
    ("code", "subject"),
    [
        ("pl", "Zwolniło się miejsce dla Ciebie: Warsztaty"),
        ("en", "A seat is free for you: Workshop"),
        ("uk", "Для вас звільнилося місце: Майстерня"),
    ],
)
def test_an_unconfirmed_hold_lapses_and_the_first_waiting_person_is_told(
    client, workshop, locales, monkeypatch, code, subject
):
    translate(workshop, locales["en"], title="Workshop", slug="workshop")
    translate(workshop, locales["uk"], title="Майстерня", slug="maisternia")
    register(client, workshop, "anna@example.org")
    register(client, workshop, "jan@example.org", code)
    client.post(mailbox_link("jan@example.org", code), {"action": "confirm"})
    assert (status_of("anna@example.org"), status_of("jan@example.org")) == ("held", "waitlisted")

    fix_clock(monkeypatch, REGISTRATION_CLOCK + timedelta(hours=24, minutes=1))
    assert tasks.release_lapsed_holds.enqueue().return_value == 1
    assert (status_of("anna@example.org"), status_of("jan@example.org")) == ("expired", "confirmed")
    told = EmailOutbox.objects.filter(to="jan@example.org").latest("pk")
    assert told.subject == subject and "BEGIN:VEVENT" in told.attachment


def test_confirming_after_the_hold_lapsed_books_again_while_seats_last(client, workshop, monkeypatch):
    register(client, workshop, "anna@example.org")
    link = mailbox_link("anna@example.org")
    fix_clock(monkeypatch, REGISTRATION_CLOCK + timedelta(days=2))
    page = client.get(link).content.decode()
    assert "nie został potwierdzony na czas" in page and "Zapisz mnie ponownie" in page
    assert status_of("anna@example.org") == "held", "nothing changes until someone acts"
    client.post(link, {"action": "confirm"})
    assert status_of("anna@example.org") == "confirmed"


def test_a_lapsed_hold_frees_its_seat_for_the_next_booking_even_before_the_worker_runs(
    client, workshop, monkeypatch
):
    register(client, workshop, "anna@example.org")
    fix_clock(monkeypatch, REGISTRATION_CLOCK + timedelta(days=2))
    register(client, workshop, "jan@example.org")
    assert (status_of("anna@example.org"), status_of("jan@example.org")) == ("expired", "held")


def test_an_unconfirmed_place_on_the_waiting_list_lapses_too(client, workshop, monkeypatch):
    booking.confirm(booking.book(workshop, booking.Person("Ola", "ola@example.org", 1, "pl", "Zgoda.")))
    register(client, workshop, "jan@example.org")
    assert status_of("jan@example.org") == "waitlisted"
    fix_clock(monkeypatch, REGISTRATION_CLOCK + timedelta(days=2))
    tasks.release_lapsed_holds.enqueue()
    assert status_of("jan@example.org") == "expired"


def test_a_promoted_person_who_never_confirmed_gets_the_seat_held_and_a_link(client, workshop):
    booking.confirm(booking.book(workshop, booking.Person("Ola", "ola@example.org", 1, "pl", "Zgoda.")))
    register(client, workshop, "jan@example.org")
    client.post(mailbox_link("ola@example.org"), {"action": "cancel"})
    assert status_of("jan@example.org") == "held"
    told = EmailOutbox.objects.filter(to="jan@example.org").latest("pk")
    assert "naciśnij „Potwierdź”" in told.body and told.attachment == ""
    client.post(mailbox_link("jan@example.org"), {"action": "confirm"})
    assert status_of("jan@example.org") == "confirmed"
