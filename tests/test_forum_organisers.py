"""The organisers' side in the Wagtail admin: who registered, counts per event, the check-in list,
exports that cannot run formulas, a person's data on request, and erasure after the event."""

import csv
import io
import json
from datetime import timedelta
from io import StringIO

import openpyxl
import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from forum.models import Registration
from forum.registrations import booking
from tests.factories.forum import fix_clock, open_workshop, translated_agenda, warsaw
from zones.editors import ensure_communications_group

pytestmark = pytest.mark.django_db


@pytest.fixture
def workshop(home, locales, monkeypatch):
    fix_clock(monkeypatch, warsaw(2030, 5, 1, 12))
    return open_workshop(translated_agenda(home, locales), max_seats_per_registration=2)


def book(page, name, email, seats=1):
    person = booking.Person(
        name=name, email=email, seats=seats, language="pl", consent_text="Zgoda na przetwarzanie."
    )
    return booking.confirm(booking.book(page, person))


@pytest.fixture
def people(workshop):
    return [
        book(workshop, "Anna Nowak", "anna@example.org", seats=2),
        book(workshop, '=HYPERLINK("http://evil.example","x")', "mallory@example.org"),
        book(workshop, "@SUM(1+1)", "eve@example.org"),
    ]


@pytest.fixture
def organiser(django_user_model):
    user = django_user_model.objects.create_user("komunikacja", "k@example.org", "haslo-haslo-1")
    user.groups.add(ensure_communications_group())
    return user


@pytest.fixture
def zone_editor(django_user_model):
    user = django_user_model.objects.create_user("redakcja", "r@example.org", "haslo-haslo-1")
    group, _created = Group.objects.get_or_create(name="Strefa bez dostępu")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user


def test_organisers_see_counts_per_event(client, organiser, people, workshop):
    booking.cancel(people[2])
    client.force_login(organiser)
    assert "registrations-by-event" in client.get("/admin/").content.decode()
    content = client.get("/admin/registrations-by-event/").content.decode()
    assert "Warsztaty" in content
    assert "<td>1 / 2</td>" in content  # Anna confirmed with two seats
    assert "<td>1 / 1</td>" in content  # one waiting
    listing = client.get("/admin/registrations/", {"occasion": workshop.pk, "q": "anna"}).content.decode()
    assert "anna@example.org" in listing and "mallory@example.org" not in listing


def test_the_check_in_list_ticks_people_off(client, organiser, people, workshop):
    client.force_login(organiser)
    url = f"/admin/registrations-by-event/{workshop.pk}/check-in/"
    page = client.get(url).content.decode()
    assert "Anna Nowak" in page
    assert "Obecni: 0 z 2 miejsc" in page
    client.post(url, {"registration": people[0].pk, "present": "1"})
    assert Registration.objects.get(pk=people[0].pk).checked_in_at is not None
    client.post(url, {"registration": people[0].pk, "present": "0"})
    assert Registration.objects.get(pk=people[0].pk).checked_in_at is None


def test_exports_neutralise_formulas(client, organiser, people):
    client.force_login(organiser)
    csv_response = client.get("/admin/registrations/", {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(csv_response.streaming_content).decode())))
    names = [row[1] for row in rows[1:]]
    assert '\'=HYPERLINK("http://evil.example","x")' in names
    assert "'@SUM(1+1)" in names and "Anna Nowak" in names

    xlsx_response = client.get("/admin/registrations/", {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx_response.streaming_content))).active
    cells = [cell.value for row in sheet.iter_rows() for cell in row]
    assert not any(isinstance(value, str) and value.startswith(("=", "@", "+", "-")) for value in cells)
    assert "'@SUM(1+1)" in cells


def test_without_the_permission_nobody_sees_personal_data(client, zone_editor, people):
    client.force_login(zone_editor)
    for url in ("/admin/registrations/", "/admin/registrations-by-event/", "/admin/registrations-person/"):
        response = client.get(url, {"email": "anna@example.org", "export": "csv"}, follow=True)
        assert "anna@example.org" not in response.content.decode(), url
        assert response.redirect_chain == [("/admin/", 302)], url
    assert "registrations-by-event" not in client.get("/admin/").content.decode()


def test_registrations_cannot_be_edited_by_hand(client, organiser, people):
    client.force_login(organiser)
    for url in (f"/admin/registrations/edit/{people[0].pk}/", "/admin/registrations/new/"):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/"), url


def test_a_person_can_get_and_lose_their_data(client, organiser, people):
    client.force_login(organiser)
    exported = client.post("/admin/registrations-person/", {"email": "ANNA@example.org", "action": "export"})
    (record,) = json.loads(exported.content)["registrations"]
    assert record["name"] == "Anna Nowak" and record["consent_text"] == "Zgoda na przetwarzanie."

    client.post("/admin/registrations-person/", {"email": "anna@example.org", "action": "erase"})
    erased = Registration.objects.get(pk=people[0].pk)
    assert (erased.name, erased.email, erased.seats, erased.status) == ("", "", 2, "confirmed")
    assert not erased.messages.exists()


def test_personal_data_is_erased_some_days_after_the_event(people, workshop, monkeypatch, settings):
    settings.REGISTRATION_RETENTION_DAYS = 30
    fix_clock(monkeypatch, workshop.end + timedelta(days=29))
    call_command("erase_past_registrations", stdout=StringIO())
    assert Registration.objects.filter(erased_at=None).count() == 3

    fix_clock(monkeypatch, workshop.end + timedelta(days=31))
    output = StringIO()
    call_command("erase_past_registrations", stdout=output)
    assert "3" in output.getvalue()
    assert set(Registration.objects.values_list("name", "email", "phone")) == {("", "", "")}
    assert sum(Registration.objects.values_list("seats", flat=True)) == 4
