"""No oracle: nothing public tells whether an address is registered for an event, or has proposed or
supported an idea. A stranger typing a known address and one typing a new address get the same
status, the same redirect, the same pages (apart from the CSRF token) and the same seats left; the
known mailbox gets at most one throttled message. In pl, en and uk, through HTTP."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from core.mail.models import OutgoingMail
from forum.models import Registration
from forum.registrations import booking
from ideas.models import IdeaSupport
from tests.addresses import url_in
from tests.factories.forum import confirmed_booking, open_workshop
from tests.factories.home import translate
from tests.factories.ideas import confirm_link

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

LANGUAGES = ["pl", "en", "uk"]


def without_csrf(response):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())


@pytest.fixture
def workshop(agenda, locales):
    event = open_workshop(agenda, capacity=3, max_seats_per_registration=2)
    translate(event, locales["en"], title="Workshop", slug="workshop")
    translate(event, locales["uk"], title="Майстерня", slug="maisternia")
    return event


def registered(workshop, state):
    """anna@example.org, registered for the workshop and left in `state`."""
    person = booking.Person("Anna", "anna@example.org", 1, "pl", "Zgoda.")
    if state == "awaiting":
        return booking.book(workshop, person)
    registration = confirmed_booking(workshop)
    if state == "cancelled":
        booking.cancel(registration)
    return registration


def what_a_stranger_sees(page, code, email):
    """Everything public a new visitor gets after typing `email` into the registration form."""
    stranger = Client()
    form_url = url_in(code, "registration_form", page.pk)
    answer = stranger.post(form_url, {"name": "Ktoś", "email": email, "seats": "2", "consent": "on"})
    return {
        "status": answer.status_code,
        "redirect": answer.get("Location"),
        "sent page": without_csrf(stranger.get(answer["Location"])),
        "event page": stranger.get(page.url).content.decode(),
        "form": without_csrf(stranger.get(form_url)),
        "seats left": booking.seats_left(page),
    }


@pytest.mark.parametrize("state", ["confirmed", "awaiting", "cancelled"])
@pytest.mark.parametrize("code", LANGUAGES)
def test_a_registered_address_and_a_new_one_get_the_same_public_answer(workshop, locales, code, state):
    registered(workshop, state)
    page = workshop if code == "pl" else workshop.get_translation(locales[code])
    known = what_a_stranger_sees(page, code, "Anna@Example.org")
    new = what_a_stranger_sees(page, code, "ola@example.org")
    assert known == new
    assert known["status"] == 302


def test_a_known_mailbox_gets_at_most_one_message_however_often_it_is_typed(workshop, monkeypatch):
    registration = registered(workshop, "confirmed")
    OutgoingMail.objects.update(created_at=registration.created_at.replace(year=2020))
    before = OutgoingMail.objects.filter(to="anna@example.org").count()
    for _ in range(5):
        what_a_stranger_sees(workshop, "pl", "anna@example.org")
    assert OutgoingMail.objects.filter(to="anna@example.org").count() == before + 1
    assert OutgoingMail.objects.filter(to="anna@example.org").latest("pk").kind == "resend"
    assert Registration.objects.get().status == "confirmed"


@pytest.mark.parametrize("code", LANGUAGES)
def test_proposing_from_an_authors_address_or_a_new_one_answers_the_same(zones, idea, code):
    zone = zones[code]

    def propose(email):
        stranger = Client()
        data = {"title": "Ławki", "description": "Przed biblioteką.", "email": email, "consent": "on"}
        answer = stranger.post(url_in(code, "ideas_propose", zone.pk), data)
        return answer.status_code, answer["Location"], without_csrf(stranger.get(answer["Location"]))

    assert propose("Autorka@example.org") == propose("nowa@example.org")


@pytest.mark.parametrize("code", LANGUAGES)
def test_supporting_from_a_supporters_address_or_a_new_one_answers_the_same(client, idea, code):
    client.post(url_in("pl", "ideas_support", idea.pk), {"email": "jan@example.org", "consent": "on"})
    client.post(confirm_link("jan@example.org"), {"action": "confirm"})

    def support(email):
        stranger = Client()
        answer = stranger.post(url_in(code, "ideas_support", idea.pk), {"email": email, "consent": "on"})
        sent = without_csrf(stranger.get(answer["Location"]))
        return (
            answer.status_code,
            answer["Location"],
            sent,
            without_csrf(stranger.get(url_in(code, "ideas_idea", idea.pk))),
        )

    assert support("JAN@example.org") == support("ola@example.org")
    assert IdeaSupport.objects.filter(email_confirmed_at__isnull=False).count() == 1


def test_the_support_count_moves_only_when_the_mailbox_confirms(client, idea):
    page = url_in("en", "ideas_idea", idea.pk)
    client.post(url_in("en", "ideas_support", idea.pk), {"email": "ola@example.org", "consent": "on"})
    assert "1 resident supports this idea." not in client.get(page).content.decode()
    client.post(confirm_link("ola@example.org", "en"), {"action": "confirm"})
    assert "1 resident supports this idea." in client.get(page).content.decode()


def test_answering_a_known_address_does_the_same_work_as_registering_a_new_one(workshop):
    registered(workshop, "confirmed")  # her link went out just now: another would be too soon
    form_url = url_in("pl", "registration_form", workshop.pk)

    def work(email):
        with CaptureQueriesContext(connection) as queries:
            answer = Client().post(form_url, {"name": "Ktoś", "email": email, "seats": "1", "consent": "on"})
        return [template.name for template in answer.templates], len(queries)

    (known_templates, known_queries), (new_templates, new_queries) = (
        work("anna@example.org"),
        work("ola@example.org"),
    )
    assert known_templates == new_templates == ["forum/email/registration.txt"]
    assert abs(known_queries - new_queries) <= 2


def test_supporting_again_from_a_confirmed_address_does_the_same_work_as_a_new_support(client, idea):
    client.post(url_in("pl", "ideas_support", idea.pk), {"email": "jan@example.org", "consent": "on"})
    client.post(confirm_link("jan@example.org"), {"action": "confirm"})
    OutgoingMail.objects.all().delete()  # no request sent to either address lately
    form_url = url_in("pl", "ideas_support", idea.pk)

    def work(email):
        with CaptureQueriesContext(connection) as queries:
            answer = Client().post(form_url, {"email": email, "consent": "on"})
        return [template.name for template in answer.templates], len(queries)

    (known_templates, known_queries), (new_templates, new_queries) = (
        work("jan@example.org"),
        work("ola@example.org"),
    )
    assert known_templates == new_templates == ["ideas/email/message.txt"]
    assert abs(known_queries - new_queries) <= 3, "only the new support's own row and its message"
    assert OutgoingMail.objects.filter(to="jan@example.org").count() == 0, (
        "a confirmed supporter is not asked again"
    )
