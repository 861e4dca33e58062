"""No jam: whatever one client or made-up addresses send, a resident who registers and confirms from
her e-mail gets a seat if the event has one. A seat counts only when its owner confirms; the waiting
list, a larger capacity and the library desk keep working. In pl, en and uk, through HTTP."""

import importlib

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from core.mail.models import OutgoingMail
from forum.models import Registration
from forum.registrations import booking
from tests.addresses import url_in
from tests.factories.forum import confirmed_booking, mailbox_link, open_workshop
from tests.factories.home import translate
from zones.editors import ensure_communications_group

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

SEATS_LEFT = {
    "pl": ("Zostało 20 miejsc.", "Zostało 19 miejsc."),
    "en": ("20 seats left.", "19 seats left."),
    "uk": ("Залишилося 20 місць.", "Залишилося 19 місць."),
}


@pytest.fixture
def workshop(agenda, locales):
    event = open_workshop(agenda, capacity=20, max_seats_per_registration=4)
    translate(event, locales["en"], title="Workshop", slug="workshop")
    translate(event, locales["uk"], title="Майстерня", slug="maisternia")
    return event


def in_language(page, locales, code):
    return page if code == "pl" else page.get_translation(locales[code])


def register(client, page, code, email, seats="1"):
    data = {"name": "Anna", "email": email, "seats": seats, "consent": "on"}
    return client.post(url_in(code, "registration_form", page.pk), data)


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
def test_seven_made_up_addresses_asking_for_the_most_seats_leave_every_seat_to_residents(
    client, workshop, locales, code
):
    page = in_language(workshop, locales, code)
    for number in range(7):
        answer = register(client, page, code, f"nikt{number}@made-up.example", seats="4")
        assert answer.status_code == 302
    twenty, nineteen = SEATS_LEFT[code]
    assert twenty in client.get(page.url).content.decode()
    assert booking.seats_left(workshop) == 20

    resident = Client()
    register(resident, page, code, "olena@example.org")
    resident.post(mailbox_link("olena@example.org", code), {"action": "confirm"})
    assert Registration.objects.get(email="olena@example.org").status == "confirmed"
    assert nineteen in resident.get(page.url).content.decode()


def test_one_person_who_confirms_takes_only_what_she_booked(client, workshop):
    register(client, workshop, "pl", "anna@example.org", seats="4")
    client.post(mailbox_link("anna@example.org"), {"action": "confirm"})
    assert "Zostało 16 miejsc." in client.get(workshop.url).content.decode()
    register(client, workshop, "pl", "anna@example.org", seats="4")
    assert booking.seats_left(workshop) == 16, "sending the form again books nothing more"


def test_the_last_seat_goes_to_who_confirms_and_a_made_up_address_never_queues(client, workshop):
    workshop.capacity = 1
    workshop.save_revision().publish()
    register(client, workshop, "pl", "nikt@made-up.example")
    register(client, workshop, "pl", "anna@example.org")
    client.post(mailbox_link("anna@example.org"), {"action": "confirm"})
    assert dict(Registration.objects.values_list("email", "status")) == {
        "nikt@made-up.example": "awaiting",
        "anna@example.org": "confirmed",
    }
    assert not Registration.objects.filter(status="waitlisted").exists()


def test_a_larger_capacity_registers_the_confirmed_people_waiting_and_nobody_unconfirmed(client, workshop):
    workshop.capacity = 1
    workshop.save_revision().publish()
    confirmed_booking(workshop, "ola@example.org")
    confirmed_booking(workshop, "jan@example.org")
    register(client, workshop, "pl", "nikt@made-up.example")
    assert Registration.objects.get(email="jan@example.org").status == "waitlisted"

    workshop.capacity = 3
    workshop.save_revision().publish()
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "ola@example.org": "confirmed",
        "jan@example.org": "confirmed",
        "nikt@made-up.example": "awaiting",
    }
    told = OutgoingMail.objects.filter(to="jan@example.org").latest("pk")
    assert told.subject == "Zwolniło się miejsce dla Ciebie: Warsztaty"
    assert "Zostało 1 miejsce." in client.get(workshop.url).content.decode()


@pytest.fixture
def organiser(django_user_model):
    user = django_user_model.objects.create_user("komunikacja", "k@example.org", "haslo-haslo-1")
    user.groups.add(ensure_communications_group())
    organiser = Client()
    organiser.force_login(user)
    return organiser


def desk(organiser, workshop, **fields):
    data = {"name": "Halina", "phone": "42 600 00 00", "seats": "1", "language": "pl", "consent": "on"}
    return organiser.post(f"/admin/registrations-by-event/{workshop.pk}/add/", {**data, **fields})


def test_the_desk_registers_at_once_even_an_address_a_stranger_typed_first(client, workshop, organiser):
    register(client, workshop, "pl", "halina@example.org", seats="4")
    assert desk(organiser, workshop, email="Halina@Example.org", seats="2").status_code == 302
    registration = Registration.objects.get()
    assert (registration.email, registration.status, registration.seats) == (
        "halina@example.org",
        "confirmed",
        2,
    )
    assert "Zostało 18 miejsc." in client.get(workshop.url).content.decode()
    refused = desk(organiser, workshop, email="halina@example.org")
    assert refused.status_code == 200
    assert "Ten adres e-mail jest już zapisany na to wydarzenie." in refused.content.decode()
    assert Registration.objects.count() == 1


def test_the_migration_lets_unconfirmed_registrations_hold_nothing(client, workshop):
    workshop.capacity = 3
    workshop.save_revision().publish()
    confirmed_at = timezone.now()

    def stored(email, status, confirmed=None, valid_until=None):
        return Registration.objects.create(
            occasion=workshop,
            email=email,
            status=status,
            seats=1,
            language="pl",
            email_confirmed_at=confirmed,
            link_valid_until=valid_until,
        )

    stored("held@example.org", "held", valid_until=workshop.start)
    stored("lost@example.org", "held")
    stored("unconfirmed@example.org", "waitlisted", valid_until=workshop.start)
    stored("waiting@example.org", "waitlisted", confirmed_at)
    stored("ola@example.org", "confirmed", confirmed_at)
    historical = MigrationLoader(connection).project_state(("forum", "0010_seat_counts_on_confirmation")).apps
    migration = importlib.import_module("forum.migrations.0010_seat_counts_on_confirmation")
    migration.nothing_unconfirmed_holds_a_seat(historical, None)

    assert dict(Registration.objects.values_list("email", "status")) == {
        "held@example.org": "awaiting",
        "lost@example.org": "expired",
        "unconfirmed@example.org": "awaiting",
        "waiting@example.org": "waitlisted",
        "ola@example.org": "confirmed",
    }
    assert booking.seats_left(workshop) == 2
    register(client, workshop, "pl", "anna@example.org")
    client.post(mailbox_link("anna@example.org"), {"action": "confirm"})
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert (statuses["waiting@example.org"], statuses["anna@example.org"]) == ("confirmed", "confirmed")
    assert booking.seats_left(workshop) == 0


@pytest.mark.parametrize(
    ("language", "rule"),
    [
        ("pl", "Miejsce liczy się dopiero wtedy, gdy jego właścicielka potwierdzi zapis ze swojego e-maila"),
        ("en", "A seat counts only when its owner confirms from her e-mail"),
        ("uk", "Місце зараховується лише тоді, коли його власниця підтвердить реєстрацію зі свого листа"),
    ],
)
def test_the_editors_guide_says_the_rule_in_each_language(django_user_model, home, language, rule):
    user = django_user_model.objects.create_user("komunikacja", "k@example.org", "haslo-haslo-1")
    user.groups.add(ensure_communications_group())
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    editor = Client()
    editor.force_login(user)
    assert rule in editor.get(reverse("editor_guide")).content.decode()


@pytest.mark.parametrize(
    ("code", "rule"),
    [
        ("pl", "Miejsce jest Twoje, gdy potwierdzisz zapis z e-maila; do tego czasu nie jest zarezerwowane."),
        ("en", "Your seat is yours once you confirm from the e-mail; until then it is not reserved."),
        ("uk", "Місце ваше, щойно ви підтвердите реєстрацію з листа; доти воно не заброньоване."),
    ],
)
def test_the_form_the_check_your_e_mail_page_and_the_e_mail_say_the_rule(
    client, workshop, locales, code, rule
):
    page = in_language(workshop, locales, code)
    assert rule in client.get(url_in(code, "registration_form", page.pk)).content.decode()
    answer = register(client, page, code, "anna@example.org")
    assert rule in client.get(answer["Location"]).content.decode()
    assert rule in OutgoingMail.objects.get(to="anna@example.org").body
