"""The site says only its own words to an address whose owner has not confirmed it: a name of one
line is all a stranger's text that such an e-mail carries, never in its subject, and every form
that sends a confirmation writes to an address at most once in ten minutes, answering the same."""

from datetime import timedelta

import pytest
from django.utils import timezone

from core.mail.models import OutgoingMail
from forum.models import Registration
from forum.registrations import booking
from ideas.models import Idea, IdeaSupport
from tests.addresses import url_in
from tests.factories.forum import open_workshop
from tests.factories.ideas import IdeaFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

LURE = "Click http://evil.example/win to claim your prize"
ONE_LINE = {
    "pl": "Wpisz to w jednym wierszu, bez podziałów wiersza i znaków specjalnych.",
    "en": "Please write this on one line, without line breaks or special characters.",
    "uk": "Напишіть це в одному рядку, без розривів рядка та спеціальних символів.",
}


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
@pytest.mark.parametrize(
    "name", [f"Anna\n\n{LURE}", f"Anna\r{LURE}", "Anna\tKowalska", "Anna\x0bK", "Anna\u2028K"]
)
def test_a_name_with_a_line_break_or_control_character_is_refused(client, agenda, code, name):
    workshop = open_workshop(agenda)
    data = {"name": name, "email": "anna@example.org", "seats": "1", "consent": "on"}
    response = client.post(url_in(code, "registration_form", workshop.pk), data)
    assert response.status_code == 400
    assert ONE_LINE[code] in response.content.decode()
    assert not Registration.objects.exists() and not OutgoingMail.objects.exists()


def test_the_confirmation_request_carries_the_name_on_one_line_and_no_other_typed_text(agenda):
    """A name stored before names were checked is still written on one line."""
    workshop = open_workshop(agenda)
    person = booking.Person(
        name=f"Anna\n\n{LURE}",
        email="anna@example.org",
        seats=1,
        language="en",
        consent_text="Z",
        phone="+48 600 000 000",
        accessibility_needs=f"Wheelchair.\n\n{LURE} now",
    )
    registration = booking.book(workshop, person)
    request = OutgoingMail.objects.get()
    assert request.kind == "confirm"
    assert request.body.startswith(f"Hello Anna {LURE},\n")
    assert "now" not in request.body and "Wheelchair" not in request.body and "600" not in request.body
    assert LURE not in request.subject

    booking.confirm(registration)
    confirmation = OutgoingMail.objects.latest("pk")
    assert "Wheelchair." in confirmation.body  # she confirmed: it is her own text, told back to her


def propose(client, zone, code="pl", **changes):
    data = {
        "title": "Darmowe nagrody: http://evil.example",
        "description": LURE,
        "help_needed": f"{LURE} (help)",
        "public_name": f"{LURE} (name)",
        "email": "ania@example.org",
        "consent": "on",
        **changes,
    }
    return client.post(url_in(code, "ideas_propose", zone.pk), data)


def support(client, idea, code="pl", email="ania@example.org"):
    return client.post(url_in(code, "ideas_support", idea.pk), {"email": email, "consent": "on"})


@pytest.mark.parametrize(
    ("code", "idea_subject", "support_subject"),
    [
        ("pl", "Potwierdź swój pomysł", "Potwierdź swoje poparcie"),
        ("en", "Please confirm your idea", "Please confirm your support"),
        ("uk", "Підтвердьте свою ідею", "Підтвердьте свою підтримку"),
    ],
)
def test_idea_and_support_requests_say_only_the_sites_words(
    client, zones, code, idea_subject, support_subject
):
    propose(client, zones[code], code)
    idea_request = OutgoingMail.objects.get()
    assert idea_request.subject == idea_subject
    OutgoingMail.objects.update(created_at=timezone.now() - timedelta(minutes=11))
    published = IdeaFactory(zone=zones["pl"], title=f"Tytuł: {LURE}", description=LURE)
    support(client, published, code)
    support_request = OutgoingMail.objects.latest("pk")
    assert support_request.subject == support_subject
    for message in (idea_request, support_request):
        assert "evil.example" not in message.body and "http://evil" not in message.subject
        assert "Darmowe" not in message.body and "(name)" not in message.body


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
def test_one_request_in_ten_minutes_per_address_whatever_is_submitted(client, zones, code, settings):
    settings.IDEAS_RATE_LIMIT = 100
    published = IdeaFactory(zone=zones["pl"])
    first = propose(client, zones[code], code)
    answers = [
        propose(client, zones[code], code),
        propose(client, zones[code], code, title="Inny pomysł"),
        propose(client, zones[code], code, email="ANIA@example.org", title="Trzeci"),
        support(client, published, code),
    ]
    assert [(a.status_code, a["Location"]) for a in answers[:3]] == [
        (first.status_code, first["Location"])
    ] * 3
    assert answers[3].status_code == 302 and answers[3]["Location"] == url_in(
        code, "ideas_support_sent", published.pk
    )
    assert OutgoingMail.objects.count() == 1
    assert Idea.objects.filter(email__iexact="ania@example.org").count() == 3
    assert IdeaSupport.objects.filter(idea=published).count() == 1

    OutgoingMail.objects.update(created_at=timezone.now() - timedelta(minutes=11))
    support(client, published, code)
    assert OutgoingMail.objects.count() == 2
    assert support(client, published, code, email="jan@example.org").status_code == 302
    assert OutgoingMail.objects.count() == 3


def test_the_ideas_forms_read_their_own_rate_limit(client, zones, settings):
    settings.REGISTRATION_RATE_LIMIT = 1
    settings.IDEAS_RATE_LIMIT = 3
    published = IdeaFactory(zone=zones["pl"])
    answers = [support(client, published, email=f"n{number}@example.org") for number in range(4)]
    assert [answer.status_code for answer in answers] == [302, 302, 302, 429]
