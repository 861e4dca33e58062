"""Residents support a published idea once per confirmed address; only the count shows; supporters
who asked are told when the idea's status changes, and selection as the zone's local action tells
the author and them. In pl, en and uk, through the outbox."""

import pytest
from django.contrib.auth import get_user_model

from core.mail.models import OutgoingMail
from ideas.models import IdeaStatus, IdeaSupport
from tests.addresses import url_in
from tests.factories.ideas import IdeaFactory, confirm_link, supported
from zones.editors import ensure_editors

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


@pytest.fixture
def idea(zones):
    return IdeaFactory(zone=zones["pl"], title="Ławki", email="autorka@example.org", language="en")


def support(client, idea, email="jan@example.org", code="pl", **changes):
    data = {"email": email, "consent": "on", **changes}
    return client.post(url_in(code, "ideas_support", idea.pk), data)


@pytest.mark.parametrize(
    ("code", "subject", "count"),
    [
        ("pl", "Potwierdź swoje poparcie", "1 osoba popiera ten pomysł."),
        ("en", "Please confirm your support", "1 resident supports this idea."),
        ("uk", "Підтвердьте свою підтримку", "1 мешканець підтримує цю ідею."),
    ],
)
def test_a_support_counts_once_its_mailbox_confirms(client, idea, code, subject, count):
    response = support(client, idea, code=code)
    assert response["Location"] == url_in(code, "ideas_support_sent", idea.pk)
    assert OutgoingMail.objects.get(to="jan@example.org").subject == subject
    page = client.get(url_in(code, "ideas_idea", idea.pk)).content.decode()
    assert count not in page

    client.post(confirm_link("jan@example.org", code), {"action": "confirm"})
    page = client.get(url_in(code, "ideas_idea", idea.pk)).content.decode()
    assert count in page
    assert "jan@example.org" not in page


def test_one_address_supports_an_idea_once(client, idea):
    support(client, idea)
    support(client, idea, email="jan@example.org")
    assert IdeaSupport.objects.count() == 1
    client.post(confirm_link("jan@example.org"), {"action": "confirm"})
    client.post(confirm_link("jan@example.org"), {"action": "confirm"})
    sent_before = OutgoingMail.objects.count()
    answer = support(client, idea)
    assert answer["Location"] == f"/pl/pomysly/{idea.pk}/poprzyj/wyslano/"  # the same answer as anyone gets
    assert OutgoingMail.objects.count() == sent_before  # a confirmed support is not asked again
    assert IdeaSupport.objects.get().email_confirmed_at is not None
    assert "1 osoba popiera ten pomysł." in client.get(f"/pl/pomysly/{idea.pk}/").content.decode()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"email": ""}, "This field is required."),
        ({"email": "x" * 250 + "@example.org"}, "Ensure this value has at most 254 characters"),
        ({"email": "<script>@example.org"}, "Enter a valid email address."),
        ({"consent": ""}, "This field is required."),
    ],
)
def test_a_bad_support_is_refused_with_a_translated_message(client, idea, changes, message):
    response = support(client, idea, code="en", **changes)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not IdeaSupport.objects.exists()


def test_an_unpublished_idea_takes_no_support(client, zones):
    pending = IdeaFactory(zone=zones["pl"], status=IdeaStatus.PENDING, published_at=None)
    assert support(client, pending).status_code == 404
    assert not IdeaSupport.objects.exists()


def test_supports_are_rate_limited_per_client(client, idea, settings):
    settings.IDEAS_RATE_LIMIT = 1
    support(client, idea, email="a@example.org")
    response = support(client, idea, email="b@example.org", code="uk")
    assert response.status_code == 429
    assert "Забагато надсилань" in response.content.decode()
    assert IdeaSupport.objects.count() == 1


@pytest.mark.parametrize(
    ("language", "news"),
    [
        ("pl", "Pomysł wybrano jako lokalną akcję strefy!"),
        ("en", "It was selected as the zone's local action!"),
        ("uk", "Ідею обрано місцевою акцією зони!"),
    ],
)
def test_selection_tells_the_author_and_the_supporters_who_asked(client, zones, idea, language, news):
    follower = supported(idea, 1, notify=True, language=language)[0]
    quiet = supported(idea, 1)[0]
    quiet.email = "cicho@example.org"
    quiet.save()
    IdeaSupport.objects.create(idea=idea, email="niepotwierdzony@example.org", language="pl", notify=True)
    _communications, zone_groups = ensure_editors()
    editor = get_user_model().objects.create_user(username="bibliotekarka", password="x")
    editor.groups.add(zone_groups[0])
    client.force_login(editor)

    data = {
        "status": "selected",
        "status_reason": "",
        "title": idea.title,
        "description": idea.description,
        "need": "",
        "help_needed": "",
        "public_name": idea.public_name,
    }
    assert client.post(f"/admin/ideas/edit/{idea.pk}/", data).status_code == 302

    assert (
        OutgoingMail.objects.get(to="autorka@example.org").body.count(
            "It was selected as the zone's local action!"
        )
        == 1
    )
    assert news in OutgoingMail.objects.get(to=follower.email).body
    assert not OutgoingMail.objects.filter(
        to__in=["cicho@example.org", "niepotwierdzony@example.org"]
    ).exists()
    client.logout()
    assert "Ten pomysł jest lokalną akcją strefy." in client.get(f"/pl/pomysly/{idea.pk}/").content.decode()


def test_a_confirmed_support_refreshes_the_zone_pages_in_the_front_cache(
    client, zones, idea, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://cache",
        }
    }
    purged = []
    monkeypatch.setattr("core.caching.front_cache.PurgeBatch.purge", lambda batch: purged.extend(batch.urls))
    support(client, idea)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(confirm_link("jan@example.org"), {"action": "confirm"})
    assert {f"http://testserver{zones[code].url}" for code in ("pl", "en", "uk")} <= set(purged)
    assert "http://testserver/pl/" in purged  # the home page lists the latest ideas
    assert client.get(f"/pl/pomysly/strefa/{zones['pl'].pk}/")["Cache-Control"] == "public, max-age=60"
