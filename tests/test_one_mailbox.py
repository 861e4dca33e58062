"""One mailbox, one voice: an address is compared in lower case as a whole, so `Sec.Fan@`,
`SEC.fan@` and `sec.fan@` are one supporter of an idea, one registration for an event, one personal
calendar and one person in "A person's data"; the migrations merge what was stored before, keeping
the earliest record that counts. Through HTTP in pl, en and uk where a resident is involved."""

import importlib
import json
from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.test import Client
from django.utils import timezone

from core.forms.personal import normalise_email
from forum.models import PersonalCalendar, Registration
from forum.registrations import booking
from ideas.models import Idea, IdeaSupport
from tests.addresses import url_in
from tests.factories.forum import EventPageFactory, mailbox_link, open_workshop, warsaw
from tests.factories.home import translate
from tests.factories.ideas import IdeaFactory, confirm_link
from zones.editors import ensure_communications_group

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

SPELLINGS = ("Sec.Fan@Example.org", "SEC.fan@example.org", "sec.fan@example.org")
COUNTS = {
    "pl": "1 osoba popiera ten pomysł.",
    "en": "1 resident supports this idea.",
    "uk": "1 мешканець підтримує цю ідею.",
}


def test_the_whole_address_is_lower_cased_and_trimmed():
    assert {normalise_email(f"  {spelling} ") for spelling in SPELLINGS} == {"sec.fan@example.org"}


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
def test_three_spellings_of_one_mailbox_are_one_supporter(client, idea, code):
    for spelling in SPELLINGS:
        response = client.post(url_in(code, "ideas_support", idea.pk), {"email": spelling, "consent": "on"})
        assert response["Location"] == url_in(code, "ideas_support_sent", idea.pk)
    assert list(IdeaSupport.objects.values_list("email", flat=True)) == ["sec.fan@example.org"]
    client.post(confirm_link("sec.fan@example.org", code), {"action": "confirm"})
    for spelling in SPELLINGS:
        client.post(url_in(code, "ideas_support", idea.pk), {"email": spelling, "consent": "on"})
    assert COUNTS[code] in client.get(url_in(code, "ideas_idea", idea.pk)).content.decode()
    assert IdeaSupport.objects.count() == 1


def test_one_mailbox_proposing_the_same_idea_in_another_spelling_gets_its_link_again(client, zones):
    for spelling in SPELLINGS:
        data = {"title": "Ławki", "description": "Przed biblioteką.", "email": spelling, "consent": "on"}
        client.post(url_in("pl", "ideas_propose", zones["pl"].pk), data)
    assert list(Idea.objects.values_list("email", flat=True)) == ["sec.fan@example.org"]


@pytest.fixture
def workshop(agenda, locales):
    event = open_workshop(agenda, capacity=5, max_seats_per_registration=2)
    translate(event, locales["en"], title="Workshop", slug="workshop")
    translate(event, locales["uk"], title="Майстерня", slug="maisternia")
    return event


@pytest.mark.parametrize(
    ("code", "left"), [("pl", "Zostały 3 miejsca."), ("en", "3 seats left."), ("uk", "Залишилося 3 місця.")]
)
def test_three_spellings_of_one_mailbox_are_one_registration(client, workshop, locales, code, left):
    page = workshop if code == "pl" else workshop.get_translation(locales[code])
    for spelling in SPELLINGS:
        data = {"name": "Fan", "email": spelling, "seats": "2", "consent": "on"}
        client.post(url_in(code, "registration_form", page.pk), data)
    assert list(Registration.objects.values_list("email", flat=True)) == ["sec.fan@example.org"]
    client.post(mailbox_link("sec.fan@example.org", code), {"action": "confirm"})
    assert left in client.get(page.url).content.decode()


def test_one_mailbox_has_one_personal_calendar_whatever_the_spelling(client, agenda):
    first = open_workshop(agenda, capacity=5)
    second = EventPageFactory(
        parent=agenda,
        title="Kawiarenka",
        slug="kawiarenka",
        start=warsaw(2030, 5, 12, 17),
        registration_enabled=True,
    )
    for page, spelling in ((first, SPELLINGS[0]), (second, SPELLINGS[1])):
        booking.confirm(booking.book(page, booking.Person("Fan", spelling, 1, "pl", "Zgoda.")))
    manage = client.get(mailbox_link("sec.fan@example.org")).content.decode()
    (calendar,) = PersonalCalendar.objects.all()
    assert calendar.email == "sec.fan@example.org" and calendar.token in manage
    feed = client.get(url_in("pl", "calendar_personal", calendar.token)).content.decode()
    assert "Warsztaty" in feed and "Kawiarenka" in feed


def test_a_persons_data_finds_every_spelling(client, workshop, idea, django_user_model):
    booking.confirm(booking.book(workshop, booking.Person("Fan", SPELLINGS[0], 1, "pl", "Zgoda.")))
    IdeaSupport.objects.create(idea=idea, email="sec.fan@example.org", language="pl", consent_text="Zgoda.")
    user = django_user_model.objects.create_user("komunikacja", "k@example.org", "haslo-haslo-1")
    user.groups.add(ensure_communications_group())
    organiser = Client()
    organiser.force_login(user)
    exported = organiser.post("/admin/registrations-person/", {"email": SPELLINGS[1], "action": "export"})
    data = json.loads(exported.content)
    assert [record["email"] for record in data["registrations"]] == ["sec.fan@example.org"]
    assert any(record.get("supported_idea") == "Ławki" for records in data.values() for record in records)


def _migrate(app, name, before, function):
    """Run `function` of migration `name` on the models as they stood after `before`, as migrate does."""
    historical = MigrationLoader(connection).project_state((app, before)).apps
    getattr(importlib.import_module(f"{app}.migrations.{name}"), function)(historical, None)


def test_the_migration_merges_supports_keeping_the_earliest_confirmed_and_lower_cases_ideas(idea, zones):
    now = timezone.now()
    unconfirmed = IdeaSupport.objects.create(idea=idea, email="Sec.Fan@example.org", language="pl")
    first = IdeaSupport.objects.create(
        idea=idea, email="SEC.fan@example.org", language="pl", email_confirmed_at=now
    )
    second = IdeaSupport.objects.create(
        idea=idea, email="sec.fan@example.org", language="pl", email_confirmed_at=now
    )
    IdeaSupport.objects.filter(pk=unconfirmed.pk).update(created_at=now - timedelta(hours=3))
    IdeaSupport.objects.filter(pk=first.pk).update(created_at=now - timedelta(hours=2))
    IdeaSupport.objects.filter(pk=second.pk).update(created_at=now - timedelta(hours=1))
    shouting = IdeaFactory(zone=zones["pl"], email="Sec.Fan@Example.org")

    _migrate("ideas", "0002_one_mailbox_one_voice", "0001_initial", "one_support_per_mailbox")

    assert list(IdeaSupport.objects.values_list("pk", "email")) == [(first.pk, "sec.fan@example.org")]
    shouting.refresh_from_db()
    assert shouting.email == "sec.fan@example.org"
    assert Idea.objects.count() == 2
