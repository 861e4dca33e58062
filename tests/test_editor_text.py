"""An editor who presses Enter in an event's summary or search description breaks nothing: the
resident still confirms from her e-mail, the calendar file downloads, the editor publishes a change
and every registrant hears of it, reminders go out. And when building a message fails all the same,
the change that caused it stands: the message is kept as failed, for organisers to see.

Generated editor text going through every output: tests/test_editor_text_*.py."""

import icalendar
import pytest

from core.mail import outbox
from core.mail.models import OutgoingMail
from forum.calendars import exporters
from forum.models import PersonalCalendar, Registration
from forum.registrations import reminders
from ideas import mail as ideas_mail
from tests.addresses import url_in
from tests.factories.forum import (
    confirmed_booking,
    event_publish_form,
    fix_clock,
    mailbox_link,
    open_workshop,
    warsaw,
)
from tests.factories.ideas import IdeaFactory, zone_with_needs

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

INTRO = "Pierwsza linia;\ndruga, z przecinkiem\r\ntrzecia \\ koniec"
SEARCH_DESCRIPTION = "Opis dla wyszukiwarek\nw dwóch liniach"


@pytest.fixture
def workshop(agenda):
    event = open_workshop(agenda, capacity=5, intro=INTRO, search_description=SEARCH_DESCRIPTION)
    event.save_revision().publish()
    return event


def register(client, page, email, code="pl"):
    return client.post(
        url_in(code, "registration_form", page.pk),
        {"name": "Anna", "email": email, "seats": "1", "consent": "on"},
    )


def test_confirming_from_the_emailed_link_books_the_seat(client, workshop):
    assert register(client, workshop, "anna@example.org").status_code == 302
    link = mailbox_link("anna@example.org")

    confirmed = client.post(link, {"action": "confirm"})

    assert confirmed.status_code == 302
    assert client.get(confirmed["Location"]).status_code == 200
    assert Registration.objects.get().status == "confirmed"
    confirmation = OutgoingMail.objects.get(kind="confirmation")
    assert confirmation.failed_at is None
    (entry,) = icalendar.Calendar.from_ical(confirmation.attachment).walk("VEVENT")
    assert str(entry["description"]).startswith("Opis dla wyszukiwarek\nw dwóch liniach")


def test_the_occasion_calendar_file_downloads(client, workshop):
    response = client.get(url_in("pl", "calendar_occasion", workshop.pk))

    assert response.status_code == 200
    data = icalendar.Calendar.from_ical(response.content)
    assert str(data["name"]) == workshop.title
    assert str(data["description"]) == SEARCH_DESCRIPTION


def test_publishing_a_new_time_tells_every_registrant(admin_client, workshop):
    confirmed_booking(workshop, "anna@example.org")
    confirmed_booking(workshop, "jan@example.org", language="en")

    response = admin_client.post(
        f"/admin/pages/{workshop.pk}/edit/",
        event_publish_form(workshop, start="2030-05-11 18:00", end="2030-05-11 20:00"),
    )

    assert response.status_code == 302, response.context and response.context["form"].errors
    changes = OutgoingMail.objects.filter(kind="change", failed_at=None).order_by("to")
    assert [message.to for message in changes] == ["anna@example.org", "jan@example.org"]
    assert all("BEGIN:VEVENT" in message.attachment for message in changes)


def test_reminders_are_sent_the_day_before(workshop, monkeypatch):
    confirmed_booking(workshop, "anna@example.org")
    fix_clock(monkeypatch, warsaw(2030, 5, 9, 19))

    assert reminders.queue_due() == 1

    reminder = OutgoingMail.objects.get(kind="reminder")
    assert reminder.failed_at is None and "BEGIN:VEVENT" in reminder.attachment


def broken_calendar(self):
    raise ValueError("the calendar could not be made")


@pytest.fixture
def calendars_break(monkeypatch):
    """Building any e-mail's calendar attachment fails, as it did when a line break broke it."""
    monkeypatch.setattr(exporters.EmailAttachment, "data", broken_calendar)


def assert_failed_build(message):
    assert message.failed_at is not None and message.sent_at is None and message.body == ""
    assert message.last_error == "Building the message failed: ValueError: the calendar could not be made"


@pytest.mark.usefixtures("calendars_break")
def test_a_confirmation_stands_when_its_message_cannot_be_built(client, admin_client, workshop):
    register(client, workshop, "anna@example.org")

    confirmed = client.post(mailbox_link("anna@example.org"), {"action": "confirm"})

    assert confirmed.status_code == 302
    assert Registration.objects.get().status == "confirmed"
    assert_failed_build(OutgoingMail.objects.get(kind="confirmation"))
    undelivered = admin_client.get("/admin/undelivered-mail/").content.decode()
    assert "anna@example.org" in undelivered and "the calendar could not be made" in undelivered


@pytest.mark.usefixtures("calendars_break")
def test_a_publication_stands_when_its_change_messages_cannot_be_built(admin_client, workshop):
    confirmed_booking(workshop, "anna@example.org")

    response = admin_client.post(
        f"/admin/pages/{workshop.pk}/edit/",
        event_publish_form(workshop, start="2030-05-11 18:00", end="2030-05-11 20:00"),
    )

    assert response.status_code == 302
    workshop.refresh_from_db()
    assert workshop.start == warsaw(2030, 5, 11, 18)
    assert_failed_build(OutgoingMail.objects.get(kind="change"))


@pytest.mark.usefixtures("calendars_break")
def test_a_reminder_run_stands_when_a_reminder_cannot_be_built(workshop, monkeypatch):
    confirmed_booking(workshop, "anna@example.org")
    fix_clock(monkeypatch, warsaw(2030, 5, 9, 19))

    assert reminders.queue_due() == 1

    assert_failed_build(OutgoingMail.objects.get(kind="reminder"))
    assert Registration.objects.get().reminder_sent_at is not None


def test_what_a_failed_build_wrote_is_undone_with_it(db):
    def build():
        PersonalCalendar.objects.create(email="anna@example.org")
        raise ValueError("the calendar could not be made")

    assert_failed_build(outbox.build_and_write("reminder", "anna@example.org", build))
    assert not PersonalCalendar.objects.exists()


def test_an_idea_stands_when_its_message_cannot_be_built(homes, locales, monkeypatch):
    def broken_template(*args, **kwargs):
        raise ValueError("the calendar could not be made")

    monkeypatch.setattr(ideas_mail, "render_to_string", broken_template)
    idea = IdeaFactory(zone=zone_with_needs(homes, locales)["pl"], email_confirmed_at=None, published_at=None)

    assert_failed_build(ideas_mail.ask_to_confirm_idea(idea))
    assert OutgoingMail.objects.get().to == idea.email


def test_a_null_character_is_refused_in_the_editor_with_a_clear_message(admin_client, workshop):
    """NUL is the one character no output carries (nor PostgreSQL): Django's form fields refuse it,
    so the generated editors' text (tests/editor_text.py) leaves it out."""
    response = admin_client.post(
        f"/admin/pages/{workshop.pk}/edit/", event_publish_form(workshop, intro="a\x00b")
    )

    assert response.status_code == 200
    assert response.context["form"].errors["intro"] == ["Znaki null są niedozwolone."]
    workshop.refresh_from_db()
    assert workshop.intro == INTRO
