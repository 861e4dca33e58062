"""The manage page a confirmation e-mail links to: seats, cancelling, leaving the waiting list, the
personal calendar feed, and links that were tampered with or outlived their event."""

import re

import icalendar
import pytest

from forum.models import Registration
from forum.registrations import booking
from tests.factories.forum import (
    EventPageFactory,
    confirmed_booking,
    mailbox_link,
    warsaw,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def event(agenda, **fields):
    defaults = {"start": warsaw(2030, 5, 10, 18), "registration_enabled": True, "capacity": 3}
    return EventPageFactory(parent=agenda, max_seats_per_registration=3, **{**defaults, **fields})


def book(page, email="anna@example.org", seats=1):
    return confirmed_booking(page, email, seats)


def test_the_manage_page_shows_the_registration_and_changes_seats(client, agenda):
    workshop = event(agenda, title="Warsztaty")
    book(workshop)
    link = mailbox_link("anna@example.org")
    page = client.get(link).content.decode()
    assert "Warsztaty" in page and "Potwierdzony" in page
    assert "no-store" in client.get(link)["Cache-Control"]

    response = client.post(link, {"action": "seats", "seats": "3"})
    assert response.status_code == 302
    assert Registration.objects.get().seats == 3
    assert "Liczba miejsc została zmieniona." in client.get(response["Location"]).content.decode()


def test_seats_cannot_grow_beyond_capacity(client, agenda):
    workshop = event(agenda)
    book(workshop, "ola@example.org", seats=2)
    book(workshop)
    response = client.post(mailbox_link("anna@example.org"), {"action": "seats", "seats": "2"})
    assert response.status_code == 409
    assert "Nie ma tylu wolnych miejsc." in response.content.decode()
    assert Registration.objects.get(email="anna@example.org").seats == 1


def test_fewer_seats_hand_the_rest_to_the_waiting_list(client, agenda):
    workshop = event(agenda)
    book(workshop, seats=3)
    book(workshop, "jan@example.org")
    client.post(mailbox_link("anna@example.org"), {"action": "seats", "seats": "2"})
    assert Registration.objects.get(email="jan@example.org").status == "confirmed"


def test_cancelling_asks_first_then_frees_the_seat(client, agenda):
    workshop = event(agenda, capacity=1)
    book(workshop)
    book(workshop, "jan@example.org")
    link = mailbox_link("anna@example.org")
    question = client.get(link, {"confirm": "cancel"}).content.decode()
    assert "Odwołać zapis? Twoje miejsca dostanie następna osoba z listy rezerwowej." in question
    assert Registration.objects.get(email="anna@example.org").status == "confirmed"

    client.post(link, {"action": "cancel"})
    assert Registration.objects.get(email="anna@example.org").status == "cancelled"
    assert Registration.objects.get(email="jan@example.org").status == "confirmed"


def test_a_waitlisted_person_leaves_the_waiting_list_by_link(client, agenda):
    workshop = event(agenda, capacity=1)
    book(workshop)
    book(workshop, "jan@example.org")
    link = mailbox_link("jan@example.org")
    assert "Zrezygnuj z listy rezerwowej" in client.get(link).content.decode()
    client.post(link, {"action": "cancel"})
    assert Registration.objects.get(email="jan@example.org").status == "cancelled"
    assert Registration.objects.get(email="anna@example.org").status == "confirmed"


@pytest.mark.parametrize(
    "token", ["nonsense", "eyJyIjoxLCJ4Ijo5OTk5OTk5OTk5fQ:1a:forged", "x" * 500, "%00", "eyJyIjoxfQ"]
)
def test_tampered_links_lead_to_a_clear_page_with_fresh_links(client, agenda, token):
    book(event(agenda))
    response = client.get(f"/pl/zapisy/zarzadzaj/{token}/")
    assert response.status_code == 302
    assert response["Location"] == "/pl/zapisy/linki/?link=invalid"
    page = client.get(response["Location"]).content.decode()
    assert "Ten link nie działa" in page and "Otrzymaj nowy link" in page
    assert 'action="/pl/zapisy/linki/"' in page


def test_an_unknown_action_changes_nothing(client, agenda):
    book(event(agenda))
    assert client.post(mailbox_link("anna@example.org"), {"action": "drop-table"}).status_code == 400
    assert Registration.objects.get().status == "confirmed"


def test_the_personal_feed_lists_only_that_persons_events_until_renewed(client, agenda):
    first, second, other = (
        event(agenda, title="Pierwsze"),
        event(agenda, title="Drugie"),
        event(agenda, title="Cudze"),
    )
    book(first)
    book(second)
    book(other, "jan@example.org")
    link = mailbox_link("anna@example.org")
    feed_url = re.search(
        r'id="personal-feed-url" type="url" value="http://testserver([^"]+)"',
        client.get(link).content.decode(),
    ).group(1)

    calendar = icalendar.Calendar.from_ical(client.get(feed_url).content)
    assert sorted(str(item["SUMMARY"]) for item in calendar.walk("VEVENT")) == ["Drugie", "Pierwsze"]
    assert "no-store" in client.get(feed_url)["Cache-Control"]

    other_link = mailbox_link("jan@example.org")
    assert feed_url not in client.get(other_link).content.decode()

    client.post(link, {"action": "renew-feed"})
    assert client.get(feed_url).status_code == 404
    assert client.get("/pl/calendar/personal/unknown-token.ics").status_code == 404
    renewed = client.get(link).content.decode()
    assert feed_url not in renewed


def test_renewing_the_calendar_address_from_one_booking_revokes_it_for_all(client, agenda):
    first, second = event(agenda, title="Pierwsze"), event(agenda, title="Drugie")
    book(first)
    first_link = mailbox_link("anna@example.org")
    book(second)
    second_link = mailbox_link("anna@example.org")
    old = feed_path(client, first_link)
    assert feed_path(client, second_link) == old
    client.post(second_link, {"action": "renew-feed"})
    assert client.get(old).status_code == 404
    assert feed_path(client, first_link) == feed_path(client, second_link) != old
    assert client.get(feed_path(client, first_link)).status_code == 200


def test_the_personal_feed_marks_the_waiting_list_and_leaves_out_what_is_unconfirmed(client, agenda):
    full, open_one, unconfirmed = (
        event(agenda, title="Pełne", capacity=1),
        event(agenda, title="Otwarte"),
        event(agenda, title="Niepotwierdzone"),
    )
    book(full, "jan@example.org")
    book(full)
    book(open_one)
    link = mailbox_link("anna@example.org")
    booking.book(
        unconfirmed,
        booking.Person(name="Anna", email="anna@example.org", seats=1, language="pl", consent_text="Zgoda."),
    )
    calendar = icalendar.Calendar.from_ical(client.get(feed_path(client, link)).content)
    entries = {str(item["SUMMARY"]): str(item["STATUS"]) for item in calendar.walk("VEVENT")}
    assert entries == {"Lista rezerwowa: Pełne": "TENTATIVE", "Otwarte": "CONFIRMED"}


def feed_path(client, manage_link):
    return re.search(
        r'id="personal-feed-url" type="url" value="http://testserver([^"]+)"',
        client.get(manage_link).content.decode(),
    ).group(1)
