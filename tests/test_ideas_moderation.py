"""Zone editors moderate their own zone's ideas only, communications staff every zone's: publish,
ask for changes or reject with a reason; the author is told by e-mail in her language, and an edit
of a published idea stays visible."""

import pytest
from django.contrib.auth import get_user_model

from core.mail.models import OutgoingMail
from ideas.models import Idea, IdeaStatus
from tests.addresses import url_in
from tests.factories.ideas import IdeaFactory, zone_with_needs
from zones.editors import ensure_editors

pytestmark = pytest.mark.django_db


@pytest.fixture
def zones(homes, locales):
    baluty = zone_with_needs(homes, locales, title="Strefa Bałuty")
    widzew = zone_with_needs(homes, locales, title="Strefa Widzew", index=baluty["pl"].get_parent())
    return {"baluty": baluty, "widzew": widzew}


@pytest.fixture
def groups(zones):
    communications, zone_groups = ensure_editors()
    by_title = {group.name: group for group in zone_groups}
    return {
        "communications": communications,
        "baluty": by_title["Redakcja strefy: Strefa Bałuty"],
        "widzew": by_title["Redakcja strefy: Strefa Widzew"],
    }


def logged_in(client, group, username):
    user = get_user_model().objects.create_user(username=username, password="x")
    user.groups.add(group)
    client.force_login(user)
    return client


def pending(zone, **fields):
    return IdeaFactory(zone=zone, status=IdeaStatus.PENDING, published_at=None, **fields)


def decide(client, idea, status, reason="", **changes):
    data = {
        "status": status,
        "status_reason": reason,
        "title": idea.title,
        "description": idea.description,
        "need": idea.need_id or "",
        "help_needed": idea.help_needed,
        "public_name": idea.public_name,
        **changes,
    }
    return client.post(f"/admin/ideas/edit/{idea.pk}/", data)


def test_a_zone_editor_sees_and_moderates_only_her_zone_s_ideas(client, zones, groups):
    own = pending(zones["baluty"]["pl"], title="Ławki na skwerze")
    other = pending(zones["widzew"]["pl"], title="Kino plenerowe")
    IdeaFactory(zone=zones["baluty"]["pl"], status=IdeaStatus.UNCONFIRMED, title="Niepotwierdzony")
    logged_in(client, groups["baluty"], "bibliotekarka")

    listing = client.get("/admin/ideas/")
    assert listing.status_code == 200
    text = listing.content.decode()
    assert "Ławki na skwerze" in text
    assert "Kino plenerowe" not in text
    assert "Niepotwierdzony" not in text  # nobody moderates what its author did not confirm

    assert client.get(f"/admin/ideas/edit/{own.pk}/").status_code == 200
    assert client.get(f"/admin/ideas/edit/{other.pk}/")["Location"] == "/admin/"
    assert decide(client, other, IdeaStatus.NEW)["Location"] == "/admin/"
    other.refresh_from_db()
    assert other.status == IdeaStatus.PENDING
    assert client.get(f"/admin/ideas/history/{other.pk}/")["Location"] == "/admin/"
    assert not OutgoingMail.objects.exists()


def test_communications_staff_moderate_every_zone(client, zones, groups):
    pending(zones["baluty"]["pl"], title="Ławki na skwerze")
    pending(zones["widzew"]["pl"], title="Kino plenerowe")
    logged_in(client, groups["communications"], "komunikacja")
    text = client.get("/admin/ideas/").content.decode()
    assert "Ławki na skwerze" in text and "Kino plenerowe" in text


@pytest.mark.parametrize(
    ("language", "subject", "says"),
    [
        ("pl", "Wiadomości o pomyśle: Ławki", "Pomysł jest opublikowany"),
        ("en", "News about the idea: Ławki", "It is published"),
        ("uk", "Новини про ідею: Ławki", "Ідею опубліковано"),
    ],
)
def test_publishing_tells_the_author_in_her_language_and_shows_the_idea(
    client, zones, groups, language, subject, says
):
    idea = pending(zones["baluty"]["pl"], title="Ławki", language=language, email="ania@example.org")
    logged_in(client, groups["baluty"], "bibliotekarka")
    assert decide(client, idea, IdeaStatus.NEW).status_code == 302

    message = OutgoingMail.objects.get(to="ania@example.org")
    assert message.subject == subject
    assert says in message.body
    assert "http://testserver" + url_in(language, "ideas_idea", idea.pk) in message.body
    page = client.get(url_in(language, "ideas_idea", idea.pk))
    assert page.status_code == 200
    assert "Ławki" in page.content.decode()


def test_rejecting_with_a_reason_tells_the_author_and_keeps_the_idea_private(client, zones, groups):
    idea = pending(zones["widzew"]["pl"], title="Parking", language="uk", email="olena@example.org")
    logged_in(client, groups["widzew"], "bibliotekarz")
    decide(client, idea, IdeaStatus.REJECTED, reason="Це не стосується бібліотеки.")

    body = OutgoingMail.objects.get(to="olena@example.org").body
    assert "Редакція не опублікувала ідею." in body
    assert "Примітка редакції: Це не стосується бібліотеки." in body
    assert client.get(f"/uk/ideyi/{idea.pk}/").status_code == 404


def test_asking_for_changes_tells_the_author_what_to_change(client, zones, groups):
    idea = pending(zones["baluty"]["pl"], email="jan@example.org")
    logged_in(client, groups["baluty"], "bibliotekarka")
    decide(client, idea, IdeaStatus.CHANGES_REQUESTED, reason="Napisz, gdzie miałyby stanąć ławki.")
    body = OutgoingMail.objects.get(to="jan@example.org").body
    assert "Redakcja prosi o zmiany przed publikacją." in body
    assert "Napisz, gdzie miałyby stanąć ławki." in body


def test_editing_a_published_idea_leaves_a_visible_note_and_sends_nothing(client, zones, groups):
    idea = IdeaFactory(zone=zones["baluty"]["pl"], title="Ławki")
    logged_in(client, groups["baluty"], "bibliotekarka")
    decide(client, idea, IdeaStatus.NEW, description="Ławki i stoliki na skwerze przy bibliotece.")

    idea.refresh_from_db()
    assert idea.edited_at is not None
    page = client.get(f"/en/ideas/{idea.pk}/").content.decode()
    assert "Ławki i stoliki na skwerze przy bibliotece." in page
    assert "Edited by the zone's moderators on" in page
    assert not OutgoingMail.objects.exists()


def test_nobody_adds_or_deletes_ideas_in_the_admin(client, zones, groups):
    idea = pending(zones["baluty"]["pl"])
    logged_in(client, groups["communications"], "komunikacja")
    assert client.get("/admin/ideas/new/")["Location"] == "/admin/"
    client.post(f"/admin/ideas/delete/{idea.pk}/")
    assert Idea.objects.filter(pk=idea.pk).exists()
