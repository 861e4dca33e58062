"""A booking counts only once its mailbox confirms: until then it holds no seat and no place on the
waiting list; its link to confirm is valid for the configured hours, after which it lapses and can
still be confirmed while registration is open. With a fixed clock, in pl, en and uk."""

from datetime import timedelta

import pytest

from core.mail.models import OutgoingMail
from forum import tasks
from forum.models import Registration
from forum.registrations import booking
from tests.addresses import url_in
from tests.factories.forum import (
    REGISTRATION_CLOCK,
    confirmed_booking,
    fix_clock,
    mailbox_link,
    open_workshop,
)
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


def test_an_unconfirmed_registration_takes_no_seat_and_its_link_is_valid_for_the_configured_hours(
    client, workshop, settings
):
    settings.REGISTRATION_HOLD_HOURS = 6
    register(client, workshop, "anna@example.org")
    assert Registration.objects.get().link_valid_until == REGISTRATION_CLOCK + timedelta(hours=6)
    assert "Zostało 1 miejsce." in client.get(workshop.url).content.decode()
    page = client.get(mailbox_link("anna@example.org")).content.decode()
    assert "Miejsce jest Twoje, gdy potwierdzisz zapis z e-maila" in page
    assert "Link do potwierdzenia jest ważny do 1 maja 2030, 18:00." in page


def test_the_link_to_confirm_never_outlasts_the_registration_deadline(client, workshop, monkeypatch):
    fix_clock(monkeypatch, workshop.start - timedelta(hours=2))
    register(client, workshop, "anna@example.org")
    assert Registration.objects.get().link_valid_until == workshop.start


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("pl", "Miejsce jest Twoje, gdy potwierdzisz zapis z e-maila; do tego czasu nie jest zarezerwowane."),
        ("en", "Your seat is yours once you confirm from the e-mail; until then it is not reserved."),
        ("uk", "Місце ваше, щойно ви підтвердите реєстрацію з листа; доти воно не заброньоване."),
    ],
)
def test_who_confirms_first_gets_the_seat_whoever_registered_first(client, workshop, locales, code, words):
    translate(workshop, locales["en"], title="Workshop", slug="workshop")
    translate(workshop, locales["uk"], title="Майстерня", slug="maisternia")
    register(client, workshop, "anna@example.org")
    register(client, workshop, "jan@example.org", code)
    assert words in OutgoingMail.objects.get(to="jan@example.org").body
    client.post(mailbox_link("jan@example.org", code), {"action": "confirm"})
    client.post(mailbox_link("anna@example.org"), {"action": "confirm"})
    assert (status_of("jan@example.org"), status_of("anna@example.org")) == ("confirmed", "waitlisted")


def test_an_unconfirmed_registration_lapses_and_nothing_else_moves(client, workshop, monkeypatch):
    confirmed_booking(workshop, "ola@example.org")
    register(client, workshop, "anna@example.org")
    register(client, workshop, "jan@example.org")
    fix_clock(monkeypatch, REGISTRATION_CLOCK + timedelta(hours=24, minutes=1))
    assert tasks.lapse_unconfirmed_registrations.enqueue().return_value == 2
    assert [status_of(email) for email in ("ola@example.org", "anna@example.org", "jan@example.org")] == [
        "confirmed",
        "expired",
        "expired",
    ]


def test_confirming_after_the_link_lapsed_books_while_seats_last(client, workshop, monkeypatch):
    register(client, workshop, "anna@example.org")
    link = mailbox_link("anna@example.org")
    fix_clock(monkeypatch, REGISTRATION_CLOCK + timedelta(days=2))
    page = client.get(link).content.decode()
    assert "nie został potwierdzony na czas" in page and "Potwierdź teraz" not in page
    assert status_of("anna@example.org") == "awaiting", "nothing changes until someone acts"
    client.post(link, {"action": "confirm"})
    assert status_of("anna@example.org") == "confirmed"


def test_a_lapsed_registration_confirmed_on_a_full_event_joins_the_waiting_list(
    client, workshop, monkeypatch
):
    register(client, workshop, "anna@example.org")
    link = mailbox_link("anna@example.org")
    fix_clock(monkeypatch, REGISTRATION_CLOCK + timedelta(days=2))
    confirmed_booking(workshop, "ola@example.org")
    client.post(link, {"action": "confirm"})
    assert status_of("anna@example.org") == "waitlisted"


def test_a_lapsed_registration_cannot_be_confirmed_once_registration_closed(client, workshop, monkeypatch):
    register(client, workshop, "anna@example.org")
    link = mailbox_link("anna@example.org")
    fix_clock(monkeypatch, workshop.start + timedelta(minutes=1))
    response = client.post(link, {"action": "confirm"})
    assert response.status_code == 409
    assert "nie został potwierdzony na czas, a zapisy są już zamknięte" in response.content.decode()
    assert status_of("anna@example.org") != "confirmed"


def test_registering_again_after_the_link_lapsed_sends_a_new_link(client, workshop, monkeypatch):
    register(client, workshop, "anna@example.org")
    fix_clock(monkeypatch, REGISTRATION_CLOCK + timedelta(days=2))
    register(client, workshop, "anna@example.org")
    assert status_of("anna@example.org") == "awaiting"
    assert OutgoingMail.objects.filter(to="anna@example.org", kind="confirm").count() == 2


def test_a_freed_seat_goes_to_the_first_confirmed_person_waiting_who_is_registered_at_once(client, workshop):
    confirmed_booking(workshop, "ola@example.org")
    confirmed_booking(workshop, "jan@example.org")
    register(client, workshop, "anna@example.org")
    assert status_of("jan@example.org") == "waitlisted"
    client.post(mailbox_link("ola@example.org"), {"action": "cancel"})
    assert (status_of("jan@example.org"), status_of("anna@example.org")) == ("confirmed", "awaiting")
    told = OutgoingMail.objects.filter(to="jan@example.org").latest("pk")
    assert "masz teraz zapis" in told.body and "BEGIN:VEVENT" in told.attachment


def test_the_waiting_list_follows_the_order_people_confirmed_in(client, workshop):
    confirmed_booking(workshop, "ola@example.org")
    register(client, workshop, "anna@example.org")
    register(client, workshop, "jan@example.org")
    client.post(mailbox_link("jan@example.org"), {"action": "confirm"})
    client.post(mailbox_link("anna@example.org"), {"action": "confirm"})
    jan = Registration.objects.get(email="jan@example.org")
    anna = Registration.objects.get(email="anna@example.org")
    assert (booking.waiting_place(jan), booking.waiting_place(anna)) == (1, 2)
    client.post(mailbox_link("ola@example.org"), {"action": "cancel"})
    assert (status_of("jan@example.org"), status_of("anna@example.org")) == ("confirmed", "waitlisted")
