"""Each zone's ideas as RSS and Atom in pl, en and uk; the organisers' CSV and XLSX export with
support counts, formulas neutralised and no supporter's address; personal data forgotten after the
retention period and exported or erased on request from the organisers' existing screen."""

import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import timedelta
from io import StringIO

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from ideas.models import Idea, IdeaStatus, IdeaSupport
from tests.addresses import url_in
from tests.factories.ideas import IdeaFactory, supported
from zones.editors import ensure_editors

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def organiser(zones):
    communications, _zone_groups = ensure_editors()
    user = get_user_model().objects.create_user(username="komunikacja", password="x")
    user.groups.add(communications)
    return user


@pytest.mark.parametrize(
    ("code", "channel_title"),
    [
        ("pl", "Strefa Bałuty – pomysły mieszkańców"),
        ("en", "Strefa Bałuty (en) – residents' ideas"),
        ("uk", "Strefa Bałuty (uk) – ідеї мешканців"),
    ],
)
def test_a_zone_s_published_ideas_as_rss_and_atom(client, zones, code, channel_title):
    IdeaFactory(zone=zones["pl"], title="Ławki", public_name="Ania", email="ania@example.org")
    IdeaFactory(zone=zones["pl"], title="Czeka", status=IdeaStatus.PENDING, published_at=None)
    zone = zones[code]

    rss = client.get(f"/{code}/ideas/zone/{zone.pk}/feed/rss/")
    assert rss["Content-Type"] == "application/rss+xml; charset=utf-8"
    channel = ET.fromstring(rss.content).find("channel")
    assert channel.findtext("title") == channel_title
    assert [item.findtext("title") for item in channel.findall("item")] == ["Ławki"]
    assert b"ania@example.org" not in rss.content

    atom = ET.fromstring(client.get(f"/{code}/ideas/zone/{zone.pk}/feed/atom/").content)
    (entry,) = atom.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == "Ławki"
    assert (
        entry.find(f"{ATOM}link")
        .get("href")
        .endswith(url_in(code, "ideas_idea", Idea.objects.get(title="Ławki").pk))
    )
    page = client.get(url_in(code, "ideas_zone", zone.pk)).content.decode()
    assert (
        f'type="application/atom+xml" title="{zone.title} (Atom)" href="/{code}/ideas/zone/{zone.pk}/feed/atom/"'
        in page
    )


def test_the_export_counts_supports_neutralises_formulas_and_holds_no_supporter(client, zones, organiser):
    idea = IdeaFactory(
        zone=zones["pl"], title='=HYPERLINK("http://evil.example","x")', public_name="@SUM(1+1)"
    )
    followers = supported(idea, 3)
    IdeaSupport.objects.create(idea=idea, email="niepotwierdzony@example.org", language="pl")
    client.force_login(organiser)

    response = client.get("/admin/ideas/", {"export": "csv"})
    text = b"".join(response.streaming_content).decode()
    header, row = csv.reader(io.StringIO(text))
    assert row[header.index("Poparcia")] == "3"
    assert row[header.index("Tytuł")] == '\'=HYPERLINK("http://evil.example","x")'
    assert "'@SUM(1+1)" in row
    assert all(support.email not in text for support in followers)
    assert "niepotwierdzony@example.org" not in text

    xlsx = client.get("/admin/ideas/", {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    cells = [cell.value for row in sheet.iter_rows() for cell in row]
    assert not any(isinstance(value, str) and value.startswith(("=", "@", "+", "-")) for value in cells)
    assert 3 in cells or "3" in cells


def test_people_are_forgotten_after_the_retention_period_and_the_counts_stay(zones, settings):
    settings.IDEAS_RETENTION_DAYS = 30
    closed = IdeaFactory(
        zone=zones["pl"], status=IdeaStatus.DONE, closed_at=timezone.now() - timedelta(days=31)
    )
    supported(closed, 2)
    recent = IdeaFactory(
        zone=zones["pl"], status=IdeaStatus.NOT_SELECTED, closed_at=timezone.now() - timedelta(days=29)
    )
    supported(recent, 1)
    forgotten = IdeaFactory(
        zone=zones["pl"], status=IdeaStatus.UNCONFIRMED, email_confirmed_at=None, published_at=None
    )
    Idea.objects.filter(pk=forgotten.pk).update(created_at=timezone.now() - timedelta(days=8))

    output = StringIO()
    call_command("erase_past_idea_data", stdout=output)
    assert "4" in output.getvalue()

    closed.refresh_from_db()
    assert (closed.email, closed.public_name, closed.consent_text) == ("", "", "")
    assert closed.supports.filter(email_confirmed_at__isnull=False, email="").count() == 2
    recent.refresh_from_db()
    assert recent.email and recent.supports.exclude(email="").count() == 1
    assert not Idea.objects.filter(pk=forgotten.pk).exists()


def test_organisers_export_and_erase_a_person_s_ideas_and_supports(client, zones, organiser):
    idea = IdeaFactory(zone=zones["pl"], title="Ławki", email="ania@example.org", public_name="Ania")
    other = IdeaFactory(zone=zones["pl"], title="Kino")
    IdeaSupport.objects.create(
        idea=other,
        email="ania@example.org",
        language="pl",
        email_confirmed_at=timezone.now(),
        consent_text="Zgoda.",
    )
    client.force_login(organiser)

    page = client.get("/admin/registrations-person/", {"email": "ania@example.org"}).content.decode()
    assert "Ławki" in page and "Kino" in page
    exported = json.loads(
        client.post("/admin/registrations-person/", {"email": "ANIA@example.org", "action": "export"}).content
    )
    assert exported["registrations"] == []
    assert {record.get("idea") or record.get("supported_idea") for record in exported["ideas"]} == {
        "Ławki",
        "Kino",
    }

    client.post("/admin/registrations-person/", {"email": "ania@example.org", "action": "erase"})
    idea.refresh_from_db()
    assert (idea.email, idea.public_name, idea.title) == ("", "", "Ławki")  # the idea stays, its author goes
    assert not IdeaSupport.objects.filter(email="ania@example.org").exists()
    assert "1 osoba popiera ten pomysł." in client.get(f"/pl/pomysly/{other.pk}/").content.decode()
