"""Organisers at work in the admin: a resident registered at the library desk by name and phone, a
message to everyone registered (previewed, then sent through the outbox and recorded), and bulk
exports that leave accessibility needs (health data) out."""

import csv
import io

import pytest

from core.mail.models import OutgoingMail
from forum.models import OrganiserMessage, Registration
from tests.factories.forum import confirmed_booking, fix_clock, open_workshop, translated_agenda, warsaw

pytestmark = pytest.mark.django_db


@pytest.fixture
def workshop(home, locales, monkeypatch):
    fix_clock(monkeypatch, warsaw(2030, 5, 1, 12))
    return open_workshop(translated_agenda(home, locales), capacity=2, max_seats_per_registration=2)


def desk(client, workshop, **fields):
    data = {
        "name": "Halina Zielińska",
        "phone": "42 600 00 00",
        "seats": "1",
        "language": "pl",
        "consent": "on",
    }
    return client.post(f"/admin/registrations-by-event/{workshop.pk}/add/", {**data, **fields})


def test_a_resident_without_email_is_added_at_the_desk_and_takes_a_seat(client, organiser, workshop):
    form = client.get(f"/admin/registrations-by-event/{workshop.pk}/add/")
    assert form.status_code == 200 and "Zostały 2 miejsca." in form.content.decode()
    response = desk(client, workshop, seats="2")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/registrations-by-event/{workshop.pk}/check-in/"
    registration = Registration.objects.get()
    assert (registration.name, registration.phone, registration.email) == (
        "Halina Zielińska",
        "42 600 00 00",
        "",
    )
    assert (registration.status, registration.seats, registration.added_by) == ("confirmed", 2, organiser)
    assert not OutgoingMail.objects.exists()
    check_in = client.get(response["Location"]).content.decode()
    assert "Halina Zielińska" in check_in
    assert "Brak miejsc" in client.get(workshop.url).content.decode()
    desk(client, workshop, name="Jerzy", phone="600")
    assert Registration.objects.get(name="Jerzy").status == "waitlisted"


def test_the_desk_form_explains_what_is_missing(client, organiser, workshop):
    refused = desk(client, workshop, phone="", consent="")
    assert refused.status_code == 200
    assert refused.context["form"].errors.keys() == {"phone", "consent"}
    assert not Registration.objects.exists()


def test_only_organisers_with_the_add_permission_reach_the_desk_form(client, django_user_model, workshop):
    client.force_login(
        django_user_model.objects.create_user("gosc", "g@example.org", "haslo-haslo-1", is_staff=True)
    )
    assert client.get(f"/admin/registrations-by-event/{workshop.pk}/add/").status_code in (302, 403)
    assert not Registration.objects.exists()


def write(client, workshop, action, audience="all"):
    data = {
        "audience": audience,
        "subject": "Zmiana sali",
        "body": "Spotykamy się w sali 2.",
        "action": action,
    }
    return client.post(f"/admin/registrations-by-event/{workshop.pk}/write/", data)


def test_organisers_preview_then_send_to_everyone_registered(client, organiser, workshop):
    confirmed_booking(workshop, "anna@example.org", seats=2, name="Anna")
    confirmed_booking(workshop, "olena@example.org", language="uk", name="Olena")
    OutgoingMail.objects.all().delete()

    preview = write(client, workshop, "preview").content.decode()
    assert "Spotykamy się w sali 2." in preview and "Trafi do 2 osób:" in preview
    assert "Anna &lt;anna@example.org&gt;" in preview
    assert not OutgoingMail.objects.exists() and not OrganiserMessage.objects.exists()

    sent = write(client, workshop, "send")
    assert sent.status_code == 302
    message = OrganiserMessage.objects.get()
    assert (message.written_by, message.audience) == (organiser, "all")
    copies = {copy.to: copy for copy in message.deliveries.all()}
    assert copies.keys() == {"anna@example.org", "olena@example.org"}
    assert "/pl/zapisy/zarzadzaj/" in copies["anna@example.org"].body
    assert "/uk/reyestratsiya/keruvannya/" in copies["olena@example.org"].body
    history = client.get(sent["Location"]).content.decode()
    assert "Zmiana sali" in history and "anna@example.org" in history and "2 odbiorców" in history


def test_organisers_can_write_only_to_those_waiting(client, organiser, workshop):
    confirmed_booking(workshop, "anna@example.org", seats=2)
    confirmed_booking(workshop, "jan@example.org")
    write(client, workshop, "send", audience="waiting")
    assert list(OutgoingMail.objects.filter(kind="organiser").values_list("to", flat=True)) == [
        "jan@example.org"
    ]


def test_bulk_exports_leave_accessibility_needs_out(client, organiser, workshop):
    registration = confirmed_booking(workshop, "anna@example.org")
    Registration.objects.filter(pk=registration.pk).update(accessibility_needs="Wózek, pętla indukcyjna")
    exported = client.get("/admin/registrations/", {"export": "csv"})
    text = b"".join(exported.streaming_content).decode()
    header, row = csv.reader(io.StringIO(text))
    assert "anna@example.org" in row and "Wózek, pętla indukcyjna" not in text
    check_in = client.get(f"/admin/registrations-by-event/{workshop.pk}/check-in/").content.decode()
    assert "Wózek, pętla indukcyjna" in check_in
    person = client.post("/admin/registrations-person/", {"email": "anna@example.org", "action": "export"})
    assert "Wózek, pętla indukcyjna" in person.content.decode()
