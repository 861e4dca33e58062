"""When organisers cancel, postpone, move online, reschedule or relocate an occasion, everyone
registered hears of it once, in her language, with the calendar entry that replaces hers; reminders
follow the occasion as it is now; capacity edits move the waiting list or are refused."""

from datetime import timedelta

import icalendar
import pytest

from core.mail.models import OutgoingMail
from forum.models import Registration
from forum.registrations import reminders
from tests.factories.forum import confirmed_booking, event_publish_form, fix_clock, open_workshop, warsaw
from tests.factories.home import translate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


@pytest.fixture
def workshop(agenda, locales):
    event = open_workshop(agenda, capacity=2)
    event.save_revision().publish()
    translate(event, locales["en"], title="Workshop", slug="workshop")
    translate(event, locales["uk"], title="Майстерня", slug="maisternia")
    confirmed_booking(event, "anna@example.org")
    confirmed_booking(event, "olena@example.org", language="uk")
    confirmed_booking(event, "jan@example.org", language="en")
    return event


def change_mails():
    return list(OutgoingMail.objects.filter(kind="change").order_by("to"))


def attached(message):
    (entry,) = icalendar.Calendar.from_ical(message.attachment).walk("VEVENT")
    return entry


@pytest.mark.parametrize(
    ("change", "line_pl", "status"),
    [
        ({"status": "cancelled"}, "Wydarzenie jest odwołane.", "CANCELLED"),
        ({"status": "postponed"}, "Wydarzenie jest przełożone", "TENTATIVE"),
        (
            {"status": "moved_online", "online_url": "https://meet.example.org/sas"},
            "Wydarzenie odbędzie się online.",
            "CONFIRMED",
        ),
        ({"start": warsaw(2030, 5, 12, 17), "end": warsaw(2030, 5, 12, 19)}, "Ma nowy termin", "CONFIRMED"),
        (
            {"venue_name": "Dom Kultury", "venue_address": "ul. Długa 1, Łódź"},
            "Odbędzie się w innym miejscu",
            "CONFIRMED",
        ),
    ],
)
def test_each_kind_of_change_reaches_every_registrant_once_with_the_new_calendar_entry(
    workshop, change, line_pl, status
):
    for field, value in change.items():
        setattr(workshop, field, value)
    workshop.save_revision().publish()
    mails = change_mails()
    assert [mail.to for mail in mails] == ["anna@example.org", "jan@example.org", "olena@example.org"]
    by_address = {mail.to: mail for mail in mails}
    assert by_address["anna@example.org"].subject == "Zmiana: Warsztaty"
    assert by_address["jan@example.org"].subject == "Changed: Workshop"
    assert by_address["olena@example.org"].subject == "Зміна: Майстерня"
    assert line_pl in by_address["anna@example.org"].body
    for mail in mails:
        entry = attached(mail)
        assert int(entry["SEQUENCE"]) == 1 and str(entry["STATUS"]) == status
        assert str(entry["UID"]) == f"{workshop.translation_key}@sas-cms"
    if "start" in change:
        assert attached(by_address["olena@example.org"]).decoded("DTSTART") == warsaw(2030, 5, 12, 17)


def test_a_text_edit_writes_to_nobody_and_a_second_change_raises_the_sequence_again(workshop):
    workshop.intro = "Nowy opis."
    workshop.save_revision().publish()
    assert change_mails() == []
    workshop.status = "cancelled"
    workshop.save_revision().publish()
    workshop.status = "scheduled"
    workshop.save_revision().publish()
    latest = OutgoingMail.objects.filter(kind="change", to="anna@example.org").latest("pk")
    assert int(attached(latest)["SEQUENCE"]) == 2
    assert "Wydarzenie odbędzie się zgodnie z planem." in latest.body


def test_confirmations_after_a_change_carry_the_current_sequence(workshop):
    workshop.start, workshop.end = warsaw(2030, 5, 11, 18), warsaw(2030, 5, 11, 20)
    workshop.capacity = 5
    workshop.save_revision().publish()
    confirmed_booking(workshop, "ewa@example.org")
    confirmation = OutgoingMail.objects.filter(to="ewa@example.org", kind="confirmation").get()
    assert int(attached(confirmation)["SEQUENCE"]) == 1


def test_reminders_follow_the_moved_date_and_skip_a_cancelled_event(workshop, monkeypatch):
    fix_clock(monkeypatch, workshop.start - timedelta(hours=20))
    assert reminders.queue_due(workshop.start - timedelta(hours=20)) == 2
    workshop.start, workshop.end = workshop.start + timedelta(days=7), workshop.end + timedelta(days=7)
    workshop.save_revision().publish()
    assert reminders.queue_due(workshop.start - timedelta(hours=20)) == 2, "reminded again for the new date"
    workshop.status = "cancelled"
    workshop.save_revision().publish()
    Registration.objects.update(reminder_sent_at=None)
    assert reminders.queue_due(workshop.start - timedelta(hours=20)) == 0


def test_raising_the_capacity_gives_the_waiting_list_its_seats_at_once(workshop):
    confirmed_booking(workshop, "ewa@example.org")
    assert Registration.objects.get(email="ewa@example.org").status == "waitlisted"
    workshop.capacity = 4
    workshop.save_revision().publish()
    assert Registration.objects.get(email="jan@example.org").status == "confirmed"
    assert Registration.objects.get(email="ewa@example.org").status == "confirmed"
    assert OutgoingMail.objects.filter(to="ewa@example.org", kind="promotion").count() == 1


def test_lowering_the_capacity_below_the_seats_booked_is_refused_in_the_editor(admin_client, workshop):
    data = event_publish_form(workshop, capacity="1")
    refused = admin_client.post(f"/admin/pages/{workshop.pk}/edit/", data)
    assert refused.status_code == 200
    assert refused.context["form"].errors["capacity"] == [
        "Zarezerwowano już 2 miejsc, więc limit nie może być niższy. Najpierw odwołaj zapisy albo zostaw limit bez "
        "zmian."
    ]
    workshop.refresh_from_db()
    assert workshop.capacity == 2
    data["capacity"] = "2"
    accepted = admin_client.post(f"/admin/pages/{workshop.pk}/edit/", data)
    assert accepted.status_code == 302, accepted.context["form"].errors
