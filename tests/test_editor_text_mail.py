"""Whatever an editor types into an event (and a resident into her registration), every e-mail she
is sent (asking to confirm, confirmed, the reminder, the change) is built, sent and read back with the
text, its calendar file too, and the organisers'
spreadsheets hold it as text that runs no formula. The generated text: tests/editor_text.py."""

import csv
import email
import email.policy
import io

import icalendar
import openpyxl
import pytest
import vobject
from django.core import mail
from hypothesis import given
from hypothesis import strategies as st

from core.forms.personal import one_line as name_line
from core.mail import sending
from core.mail.models import OutgoingMail
from forum.models import Status
from forum.registrations import booking, reminders
from tests.editor_text import (
    EVENT_TEXT,
    XML_REFUSED,
    as_icalendar,
    as_xml,
    edit,
    example,
    one_line,
    text,
    title,
)
from tests.factories.forum import confirmed_booking, fix_clock, open_workshop, warsaw

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

REGISTRANT_TEXT = st.fixed_dictionaries({"name": text(200, min_size=1), "accessibility_needs": text()})


@pytest.fixture
def workshop(agenda):
    return open_workshop(agenda, capacity=5)


def received(message):
    """The message as the recipient's mail app reads it: subject, plain text and attachments."""
    parsed = email.message_from_bytes(message.message().as_bytes(), policy=email.policy.default)
    attachments = [part.get_content() for part in parsed.iter_attachments()]
    return str(parsed["subject"]), parsed.get_body(("plain",)).get_content(), attachments


@given(fields=EVENT_TEXT, person=REGISTRANT_TEXT)
def test_each_registration_email_shows_the_text_and_carries_its_calendar(
    workshop, monkeypatch, fields, person
):
    with example():
        workshop = edit(workshop, {**fields, "status": Status.SCHEDULED})
        booking.confirm(
            booking.book(
                workshop,
                booking.Person(
                    email="anna@example.org", seats=1, language="pl", consent_text="Zgoda.", **person
                ),
            )
        )
        with monkeypatch.context() as clock:
            fix_clock(clock, warsaw(2030, 5, 9, 19))
            assert reminders.queue_due() == 1
        postponed = edit(workshop, {"status": Status.POSTPONED})
        booking.announce_change(postponed, ["status"])
        mail.outbox.clear()

        sending.send_due()

        assert not OutgoingMail.objects.filter(sent_at=None).exists()
        assert len(mail.outbox) == 4
        assert one_line(postponed.status_reason) in one_line(received(mail.outbox[-1])[1])
        for number, message in enumerate(mail.outbox):
            subject, body, attachments = received(message)
            assert "\n" not in subject and one_line(workshop.title)[:150] in subject
            assert one_line(name_line(person["name"])) in one_line(body), "a name on one line"
            for value in (workshop.title, workshop.venue_label, workshop.venue_full_address):
                assert one_line(value) in one_line(body)
            assert one_line(workshop.accessibility_notes) in one_line(body)
            if number > 0:  # her needs are written to her only once she has confirmed her address
                assert one_line(person["accessibility_needs"]) in one_line(body)
            for attached in attachments:
                data = icalendar.Calendar.from_ical(attached)
                (entry,) = data.walk("VEVENT")
                assert str(entry["summary"]).endswith(as_icalendar(workshop.title))
                assert vobject.readOne(attached).vevent.summary.value == str(entry["summary"])
        assert [len(received(message)[2]) for message in mail.outbox] == [0, 1, 1, 1]


def as_cell(value):
    """What a spreadsheet cell may hold of `value`: no character XML cannot carry, and a leading
    apostrophe before a formula's first character."""
    value = XML_REFUSED.sub("", value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def exported(admin_client, export_format):
    response = admin_client.get("/admin/registrations/", {"export": export_format})
    assert response.status_code == 200
    return b"".join(response.streaming_content)


@given(event_title=title(), name=text(200, min_size=1))
def test_the_registration_spreadsheets_hold_the_text_and_run_no_formula(
    admin_client, workshop, event_title, name
):
    with example():
        workshop = edit(workshop, {"title": event_title})
        confirmed_booking(workshop, "anna@example.org", name=name)

        _header, row = csv.reader(io.StringIO(exported(admin_client, "csv").decode(), newline=""))
        assert row[:2] == [as_cell(event_title), as_cell(name)]

        sheet = openpyxl.load_workbook(io.BytesIO(exported(admin_client, "xlsx"))).active
        _header, cells = sheet.iter_rows(values_only=True)
        assert [cell or "" for cell in cells[:2]] == [as_xml(as_cell(event_title)), as_xml(as_cell(name))]
