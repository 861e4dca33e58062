"""Residents propose an idea for their zone without JavaScript, in pl, en and uk: it counts only once
its author confirms from the e-mailed link, and bad input is refused with translated messages."""

from datetime import timedelta

import pytest
from django.utils import timezone

from core.mail.models import OutgoingMail
from ideas.models import Idea, IdeaStatus
from tests.addresses import url_in
from tests.factories.ideas import confirm_link

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def form_data(zone, **changes):
    data = {
        "title": "Ogród na dachu",
        "description": "Sadzimy zioła na tarasie biblioteki.",
        "need": str(zone.needs_findings.first().pk),
        "help_needed": "Doniczki i ziemia.",
        "public_name": "Ania",
        "email": "ania@example.org",
        "consent": "on",
    }
    return {**data, **changes}


def propose(client, zone, code="pl", **changes):
    return client.post(url_in(code, "ideas_propose", zone.pk), form_data(zone, **changes))


@pytest.mark.parametrize(
    ("code", "heading", "subject"),
    [
        ("pl", "Zaproponuj pomysł", "Potwierdź swój pomysł"),
        ("en", "Propose an idea", "Please confirm your idea"),
        ("uk", "Запропонуйте ідею", "Підтвердьте свою ідею"),
    ],
)
def test_an_idea_counts_only_once_its_author_confirms_from_her_mailbox(client, zones, code, heading, subject):
    zone = zones[code]
    page = client.get(url_in(code, "ideas_propose", zone.pk))
    assert page.status_code == 200
    text = page.content.decode()
    assert heading in text
    assert "Miejsca spotkań" in text  # the zone's own diagnosed needs to choose from

    response = propose(client, zone, code)
    assert response.status_code == 302
    assert response["Location"] == url_in(code, "ideas_sent", zone.pk)
    idea = Idea.objects.get()
    assert (idea.status, idea.language, idea.zone_id) == (IdeaStatus.UNCONFIRMED, code, zones["pl"].pk)
    assert OutgoingMail.objects.get().subject == subject
    assert "Ogród na dachu" not in client.get(url_in(code, "ideas_zone", zone.pk)).content.decode()

    link = confirm_link("ania@example.org", code)
    assert client.get(link).status_code == 200
    idea.refresh_from_db()
    assert idea.status == IdeaStatus.UNCONFIRMED  # opening the link alone confirms nothing
    client.post(link, {"action": "confirm"})
    idea.refresh_from_db()
    assert idea.status == IdeaStatus.PENDING and idea.email_confirmed_at is not None
    # Awaiting moderation: still not public, and its page is not found.
    assert client.get(url_in(code, "ideas_idea", idea.pk)).status_code == 404


def test_the_same_idea_sent_twice_is_stored_once_and_its_link_sent_again_after_ten_minutes(client, zones):
    propose(client, zones["pl"])
    propose(client, zones["pl"])
    assert Idea.objects.count() == 1
    assert OutgoingMail.objects.filter(to="ania@example.org").count() == 1
    OutgoingMail.objects.update(created_at=timezone.now() - timedelta(minutes=11))
    propose(client, zones["pl"])
    assert Idea.objects.count() == 1
    assert OutgoingMail.objects.filter(to="ania@example.org").count() == 2


@pytest.mark.parametrize(
    ("code", "changes", "message"),
    [
        ("pl", {"title": ""}, "To pole jest wymagane."),
        ("en", {"description": "   "}, "This field is required."),
        ("uk", {"title": "x" * 121}, "не більше ніж 120 символів"),
        ("pl", {"need": "999999"}, "Wybierz poprawną wartość"),
        ("en", {"need": "99999999999999999999"}, "Select a valid choice"),
        ("uk", {"email": "nie-adres"}, "Введіть коректну email адресу."),
        ("pl", {"consent": ""}, "To pole jest wymagane."),
        ("en", {"description": "a\x00b"}, "Null characters are not allowed."),
    ],
)
def test_bad_input_is_refused_with_a_translated_message_and_nothing_stored(
    client, zones, code, changes, message
):
    response = propose(client, zones[code], code, **changes)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Idea.objects.exists()
    assert not OutgoingMail.objects.exists()


def test_html_and_script_are_kept_as_text_and_shown_escaped(client, zones):
    script = "<script>alert(1)</script><b>Ogród</b>"
    propose(client, zones["pl"], title=script, description=script, help_needed=script, public_name=script)
    idea = Idea.objects.get()
    assert idea.title == script
    idea.status = IdeaStatus.NEW
    idea.save()
    page = client.get(f"/pl/pomysly/{idea.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.parametrize("token", ["nonsense", "eyJrIjoiaWRlYSIsImlkIjoxfQ:1abc:xyz"])
def test_a_tampered_link_opens_a_translated_explanation(client, zones, token):
    response = client.get(f"/uk/ideyi/pidtverdyty/{token}/")
    assert response.status_code == 404
    assert "Це посилання не працює" in response.content.decode()


def test_a_link_edited_to_name_another_idea_does_not_work(client, zones):
    propose(client, zones["pl"])
    link = confirm_link("ania@example.org")
    tampered = link.replace("/potwierdz/", "/potwierdz/x")
    assert client.post(tampered, {"action": "confirm"}).status_code == 404
    assert Idea.objects.get().status == IdeaStatus.UNCONFIRMED


def test_a_client_past_the_rate_limit_is_refused(client, zones, settings):
    settings.IDEAS_RATE_LIMIT = 2
    propose(client, zones["pl"], title="Pierwszy")
    propose(client, zones["pl"], title="Drugi")
    response = propose(client, zones["en"], "en", title="Trzeci")
    assert response.status_code == 429
    assert "Too many submissions from your connection" in response.content.decode()
    assert Idea.objects.count() == 2


def test_the_filled_in_honeypot_is_refused(client, zones):
    response = propose(client, zones["pl"], website="http://spam.example")
    assert response.status_code == 400
    assert not Idea.objects.exists()


def test_an_unknown_or_unpublished_zone_has_no_form(client, zones):
    assert client.get("/pl/pomysly/strefa/999999/propose/").status_code == 404
    zones["pl"].unpublish()
    assert client.get(f"/pl/pomysly/strefa/{zones['pl'].pk}/propose/").status_code == 404
