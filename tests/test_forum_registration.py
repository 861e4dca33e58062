"""Registering for an event as a resident does it, in Polish, English and Ukrainian: the states of the
page, the form and its errors, shared seats, the waiting list, abuse limits and bad input."""

import re
from datetime import timedelta

import pytest
from django.core.cache import cache, caches
from django.test import Client
from wagtail.models import Site

from core.mail.models import OutgoingMail
from forum.models import Registration
from home.models import SiteSettings
from tests.addresses import url_in
from tests.factories.forum import EventPageFactory, fix_clock, mailbox_link, translated_agenda, warsaw
from tests.factories.home import StandardPageFactory, translate
from tests.query_counts import queries_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

NOW = warsaw(2030, 5, 1, 12)


@pytest.fixture
def workshop(home, locales, monkeypatch):
    fix_clock(monkeypatch, NOW)
    agenda = translated_agenda(home, locales)
    event = EventPageFactory(
        parent=agenda,
        title="Warsztaty sąsiedzkie",
        slug="warsztaty",
        start=warsaw(2030, 5, 10, 18),
        registration_enabled=True,
        capacity=3,
        max_seats_per_registration=2,
    )
    translate(event, locales["en"], title="Neighbourhood workshop", slug="workshop")
    translate(event, locales["uk"], title="Сусідська майстерня", slug="maisternia")
    return event


def form_url(page, code="pl"):
    return url_in(code, "registration_form", page.pk)


def register(client, page, code="pl", **fields):
    data = {"name": "Anna Kowalska", "email": "anna@example.org", "seats": "1", "consent": "on", **fields}
    return client.post(form_url(page, code), data)


def without_csrf(response):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())


def outbox_subjects():
    return [message.subject for message in OutgoingMail.objects.order_by("pk")]


@pytest.mark.parametrize(
    ("code", "seats_text", "button"),
    [
        ("pl", "Zostały 3 miejsca.", "Zapisz się"),
        ("en", "3 seats left.", "Register"),
        ("uk", "Залишилося 3 місця.", "Зареєструватися"),
    ],
)
def test_the_event_page_shows_seats_left_and_the_way_to_register(
    client, workshop, locales, code, seats_text, button
):
    page = workshop if code == "pl" else workshop.get_translation(locales[code])
    content = client.get(page.url).content.decode()
    assert seats_text in content
    assert f'href="{url_in(code, "registration_form", page.pk)}"' in content
    assert button in content


def test_a_full_event_offers_the_waiting_list(client, workshop):
    for email, seats in (("anna@example.org", "2"), ("ola@example.org", "1")):
        register(client, workshop, email=email, seats=seats)
        client.post(mailbox_link(email), {"action": "confirm"})
    content = client.get(workshop.url).content.decode()
    assert "Brak miejsc — możesz zapisać się na listę rezerwową." in content
    assert "Zapisz się na listę rezerwową" in content


def test_registration_not_yet_open_or_closed_says_so(client, workshop, monkeypatch):
    workshop.registration_opens = warsaw(2030, 5, 5, 9)
    workshop.save_revision().publish()
    assert "Zapisy ruszają 5 maja 2030, 09:00." in client.get(workshop.url).content.decode()
    fix_clock(monkeypatch, warsaw(2030, 5, 10, 18, 30))
    assert "Zapisy są zamknięte." in client.get(workshop.url).content.decode()
    assert register(client, workshop).status_code == 409
    assert not Registration.objects.exists()


def test_the_consent_links_the_privacy_notice_in_the_visitors_language(client, workshop, home, locales):
    privacy = StandardPageFactory(parent=home, title="Ochrona danych", slug="ochrona-danych")
    translate(privacy, locales["uk"], title="Захист даних", slug="zakhyst-danykh")
    site_settings = SiteSettings.for_site(Site.objects.get())
    site_settings.privacy_page = privacy
    site_settings.save()
    address = "http://testserver/uk/zakhyst-danykh/"

    form = client.get(form_url(workshop.get_translation(locales["uk"]), "uk")).content.decode()
    assert f'<a href="{address}">{address}</a>' in form
    register(client, workshop, "uk")

    consent = Registration.objects.get().consent_text
    assert f"({address})" in consent and "<a" not in consent


def test_registering_sends_a_link_and_counts_once_the_mailbox_confirms(client, workshop, locales):
    response = register(
        client, workshop, "uk", email=" Olena@Example.ORG ", seats="2", phone="+48 600 100 200"
    )
    ukrainian = workshop.get_translation(locales["uk"])
    assert response.status_code == 302
    assert response["Location"] == f"/uk/reyestratsiya/{workshop.pk}/nadislano/"
    sent = client.get(response["Location"]).content.decode()
    assert "Перевірте пошту" in sent and "дійсне 24 години" in sent
    assert "Місце ваше, щойно ви підтвердите реєстрацію з листа; доти воно не заброньоване." in sent
    registration = Registration.objects.get()
    assert (registration.email, registration.seats, registration.status) == (
        "olena@example.org",
        2,
        "awaiting",
    )
    assert registration.occasion_id == workshop.pk and registration.language == "uk"
    assert registration.consent_text in client.get(form_url(ukrainian, "uk")).content.decode()
    (request_to_confirm,) = OutgoingMail.objects.all()
    assert request_to_confirm.subject == "Підтвердьте реєстрацію: Сусідська майстерня"
    assert request_to_confirm.attachment == ""

    link = mailbox_link("olena@example.org", "uk")
    assert "Підтвердити" in client.get(link).content.decode()
    confirmed = client.post(link, {"action": "confirm"})
    assert confirmed["Location"] == f"{link}?confirmed=1"
    page = client.get(confirmed["Location"]).content.decode()
    assert "Дякуємо за підтвердження: місце заброньовано." in page
    assert Registration.objects.get().status == "confirmed"
    confirmation = OutgoingMail.objects.latest("pk")
    assert confirmation.subject == "Ви зареєстровані: Сусідська майстерня"
    assert confirmation.attachment_name.endswith(".ics") and "BEGIN:VEVENT" in confirmation.attachment


def test_translations_share_the_seats_of_the_polish_event(client, workshop, locales):
    for code, email, seats in (("en", "anna@example.org", "2"), ("uk", "olena@example.org", "1")):
        register(client, workshop, code, email=email, seats=seats)
        client.post(mailbox_link(email, code), {"action": "confirm"})
    register(client, workshop, "pl", email="jan@example.org")
    client.post(mailbox_link("jan@example.org"), {"action": "confirm"})
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "anna@example.org": "confirmed",
        "olena@example.org": "confirmed",
        "jan@example.org": "waitlisted",
    }
    assert set(Registration.objects.values_list("occasion_id", flat=True)) == {workshop.pk}


def test_an_address_already_registered_gets_the_same_answer_and_only_its_link_again(client, workshop):
    first = register(client, workshop, seats="2", phone="600 100 200")
    again = register(client, workshop, name="Ktoś Obcy", email="ANNA@example.org".lower(), seats="1")
    assert again["Location"] == first["Location"]
    assert without_csrf(client.get(again["Location"])) == without_csrf(client.get(first["Location"]))
    registration = Registration.objects.get()
    assert (registration.name, registration.seats, registration.phone) == ("Anna Kowalska", 2, "600 100 200")
    assert outbox_subjects() == ["Potwierdź zapis: Warsztaty sąsiedzkie"]
    register(client, workshop)
    assert Registration.objects.count() == 1
    assert len(outbox_subjects()) == 1, "the same mailbox is not flooded"


def test_a_second_visitor_typing_the_same_address_sees_nothing_of_the_booking(
    client, workshop, django_user_model
):
    register(client, workshop, name="Anna Kowalska", phone="600 100 200", accessibility_needs="Wózek")
    link = mailbox_link("anna@example.org")
    client.post(link, {"action": "confirm"})
    stranger = Client()
    answer = stranger.post(
        form_url(workshop),
        {"name": "Ktoś", "email": "anna@example.org", "seats": "1", "consent": "on"},
        follow=True,
    )
    shown = answer.content.decode()
    assert answer.status_code == 200
    for private in ("Anna Kowalska", "600 100 200", "Wózek", "/zapisy/zarzadzaj/", "/calendar/personal/"):
        assert private not in shown
    assert Registration.objects.get().status == "confirmed"


def test_a_cancellation_hands_the_seat_to_the_waiting_list_in_order(client, workshop):
    for email, seats in (("anna@example.org", "2"), ("ola@example.org", "1")):
        register(client, workshop, email=email, seats=seats)
        client.post(mailbox_link(email), {"action": "confirm"})
    register(client, workshop, email="jan@example.org", seats="2")
    register(client, workshop, email="ewa@example.org")
    assert not Registration.objects.filter(status="waitlisted").exists(), "unconfirmed, nobody queues"
    client.post(mailbox_link("jan@example.org"), {"action": "confirm"})
    client.post(mailbox_link("ewa@example.org"), {"action": "confirm"})
    assert list(Registration.objects.filter(status="waitlisted").values_list("email", flat=True)) == [
        "jan@example.org",
        "ewa@example.org",
    ]
    assert (
        "jesteś na 1. miejscu listy rezerwowej"
        in client.get(mailbox_link("jan@example.org") + "?confirmed=1").content.decode()
    )
    client.post(mailbox_link("anna@example.org"), {"action": "cancel"})
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "anna@example.org": "cancelled",
        "ola@example.org": "confirmed",
        "jan@example.org": "confirmed",
        "ewa@example.org": "waitlisted",
    }
    assert outbox_subjects()[-2:] == [
        "Zapis odwołany: Warsztaty sąsiedzkie",
        "Zwolniło się miejsce dla Ciebie: Warsztaty sąsiedzkie",
    ]


@pytest.mark.parametrize(
    ("code", "fields", "errors"),
    [
        (
            "pl",
            {"email": "nie-adres", "consent": ""},
            ["Wprowadź poprawny adres email.", "To pole jest wymagane."],
        ),
        ("en", {"seats": "3"}, ["Select a valid choice. 3 is not one of the available choices."]),
        ("uk", {"name": "   "}, ["Це поле необхідно заповнити"]),
    ],
)
def test_errors_are_translated_tied_to_their_fields_and_keep_the_input(
    client, workshop, code, fields, errors
):
    response = register(client, workshop, code, **fields)
    content = response.content.decode()
    assert response.status_code == 400
    for error in errors:
        assert error in content.replace("&#x27;", "'")
    assert 'aria-describedby="' in content
    assert f'value="{fields.get("email", "anna@example.org")}"' in content
    assert not Registration.objects.exists()


def test_the_honeypot_and_the_rate_limit_answer_with_a_message(client, workshop, settings):
    trapped = register(client, workshop, website="http://spam.example")
    assert trapped.status_code == 400
    assert "Nie udało się przyjąć zapisu." in trapped.content.decode()
    settings.REGISTRATION_RATE_LIMIT = 2
    caches["counters"].clear()
    register(client, workshop, email="a@example.org")
    register(client, workshop, email="b@example.org")
    limited = register(client, workshop, email="c@example.org")
    assert limited.status_code == 429
    assert "Zbyt wiele zapisów z Twojego połączenia." in limited.content.decode()
    assert Registration.objects.count() == 2


@pytest.mark.parametrize(
    "fields",
    [
        {"seats": "-1"},
        {"seats": "abc"},
        {"seats": "9" * 40},
        {"zone_of_residence": "999999"},
        {"zone_of_residence": "9" * 30},
        {"zone_of_residence": "-" + "9" * 30},
        {"seats": "1\x00"},
        {"email": "anna\x00@example.org"},
        {"phone": "6" * 100_000},
        {"zone_of_residence": "x"},
        {"name": "A" * 5000},
        {"name": "Anna\x00"},
        {"email": "a@" + "b" * 300 + ".pl"},
        {"accessibility_needs": "x" * 20000},
    ],
)
def test_bad_input_gets_a_form_error_never_a_server_error(client, workshop, fields):
    assert register(client, workshop, **fields).status_code == 400
    assert not Registration.objects.exists()


@pytest.mark.parametrize(
    "path",
    [
        "/pl/zapisy/999999/",
        "/pl/zapisy/{home}/",
        "/pl/zapisy/abc/",
        "/pl/zapisy/99999999999999999999999999/",
        "/pl/zapisy/99999999999999999999999999/wyslano/",
        "/pl/calendar/occasion/99999999999999999999999999.ics",
        "/pl/calendar/forum/99999999999999999999999999.ics",
    ],
)
def test_unknown_events_are_not_found(client, workshop, home, path):
    assert client.get(path.format(home=home.pk)).status_code == 404


def test_an_event_without_registration_has_no_form(client, workshop):
    workshop.registration_enabled = False
    workshop.save_revision().publish()
    assert "registration-state" not in client.get(workshop.url).content.decode()
    assert register(client, workshop).status_code == 409


def test_the_form_page_is_never_cached_and_not_indexed(client, workshop):
    response = client.get(form_url(workshop))
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"
    assert re.search(r'name="csrfmiddlewaretoken"', response.content.decode())


def test_page_queries_do_not_grow_with_the_number_of_registrations(client, workshop):
    register(client, workshop, email="p0@example.org")
    few_page, few_form = queries_for(client, workshop.url), queries_for(client, form_url(workshop))
    for number in range(1, 9):
        cache.clear()
        register(client, workshop, email=f"p{number}@example.org")
    assert queries_for(client, workshop.url) == few_page
    assert queries_for(client, form_url(workshop)) == few_form


def test_the_manage_link_dies_with_the_event(client, workshop, monkeypatch):
    register(client, workshop)
    manage_url = mailbox_link("anna@example.org")
    assert client.get(manage_url).status_code == 200
    fix_clock(monkeypatch, workshop.end + timedelta(minutes=1))
    expired = client.get(manage_url, follow=True)
    assert expired.redirect_chain == [("/pl/zapisy/linki/?link=expired", 302)]
    assert "Wydarzenie się odbyło" in expired.content.decode()
