"""Secrets are for their owner: a manage link names a random key (no row number) that a
cancellation, a new booking of the same row and "send me my links" replace, so the links sent before
stop working; a broken link leads to fresh links through a form browsers can post; and no staff
screen shows a live link or token."""

import json
import re
from datetime import timedelta

import pytest
from django.core import signing
from django.test import Client
from django.utils import timezone

from core.mail import sending
from core.mail.models import OutgoingMail
from forum.models import Registration
from forum.registrations import booking, links
from ideas import links as idea_links
from ideas.models import IdeaStatus
from tests.addresses import url_in
from tests.factories.forum import confirmed_booking, mailbox_link, open_workshop
from tests.factories.ideas import IdeaFactory, zone_with_needs

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

PROBLEM = {"pl": "Ten link nie działa", "en": "This link does not work", "uk": "Це посилання не працює"}
SENT = {"pl": "wysłaliśmy", "en": "we have sent", "uk": "ми надіслали"}


def register(client, page, code, email="anna@example.org"):
    data = {"name": "Anna", "email": email, "seats": "1", "consent": "on"}
    return client.post(url_in(code, "registration_form", page.pk), data)


def lands_on_fresh_links(client, link, code):
    """The link no longer opens a registration: it leads to the page that sends fresh ones."""
    response = client.get(link, follow=True)
    return response.redirect_chain == [(url_in(code, "registration_links") + "?link=invalid", 302)] and (
        PROBLEM[code] in response.content.decode()
    )


def written_long_ago():
    """Let the RESEND_INTERVAL pass for every message written so far."""
    OutgoingMail.objects.update(created_at=timezone.now() - timedelta(minutes=11))


def test_a_manage_link_names_a_signed_random_key_and_no_row_number(client, agenda):
    registration = confirmed_booking(open_workshop(agenda))
    token = mailbox_link("anna@example.org").rstrip("/").rsplit("/", 1)[1]
    key, _signature = token.split(":")
    assert key == registration.manage_key and len(key) >= 20
    assert str(registration.pk) not in re.split(r"[-_]", key)
    forged = signing.Signer(key="not-the-site-secret", salt=links.MANAGE_SALT).sign(key)
    for stolen in (key, forged):
        assert lands_on_fresh_links(client, url_in("pl", "registration_manage", stolen), "pl")


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
def test_a_cancelled_bookings_link_controls_no_later_booking_of_the_same_address(client, agenda, code):
    workshop = open_workshop(agenda)
    register(client, workshop, code)
    first_link = mailbox_link("anna@example.org", code)
    client.post(first_link, {"action": "confirm"})
    cancelled = client.post(first_link, {"action": "cancel"})
    assert Registration.objects.get().status == "cancelled"
    assert lands_on_fresh_links(client, first_link, code)
    assert client.get(cancelled["Location"]).status_code == 200  # the notice, at a new address
    after_cancelling = cancelled["Location"].split("?")[0]

    register(client, workshop, code)  # the same row, booked again
    assert Registration.objects.count() == 1
    new_link = mailbox_link("anna@example.org", code)
    for old in (first_link, after_cancelling):
        assert lands_on_fresh_links(client, old, code)
        assert client.post(old, {"action": "cancel"}).status_code == 302
    assert Registration.objects.get().status == "awaiting"
    assert client.post(new_link, {"action": "confirm"}).status_code == 302
    assert Registration.objects.get().status == "confirmed"


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
def test_send_me_my_links_revokes_the_links_sent_before(client, agenda, code):
    confirmed_booking(open_workshop(agenda), language=code)
    old_link = mailbox_link("anna@example.org", code)
    written_long_ago()
    answer = client.post(url_in(code, "registration_links"), {"email": "anna@example.org"})
    assert SENT[code] in answer.content.decode()
    new_link = mailbox_link("anna@example.org", code)
    assert new_link != old_link
    assert client.get(new_link).status_code == 200
    assert lands_on_fresh_links(client, old_link, code)


def test_asking_again_within_ten_minutes_sends_and_revokes_nothing(client, agenda):
    confirmed_booking(open_workshop(agenda))
    link = mailbox_link("anna@example.org")
    count = OutgoingMail.objects.count()
    client.post(url_in("pl", "registration_links"), {"email": "anna@example.org"})
    assert OutgoingMail.objects.count() == count
    assert client.get(link).status_code == 200


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
def test_fresh_links_from_a_broken_link_as_a_browser_posts_them(agenda, code):
    """A page whose address holds a secret sends no referrer, so a browser posts its forms with
    "Origin: null": the broken link's answer therefore leads to a page without a secret, which
    keeps the site's referrer policy, and whose form a browser posts with its real Origin."""
    browser = Client(enforce_csrf_checks=True)
    confirmed_booking(open_workshop(agenda), language=code)
    written_long_ago()
    broken = browser.get(url_in(code, "registration_manage", "broken"))
    assert broken["Referrer-Policy"] == "no-referrer"
    assert 'method="post"' not in broken.content.decode()
    page = browser.get(broken["Location"])
    assert page["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "no-store" in page["Cache-Control"]
    form = page.content.decode()
    assert f'action="{url_in(code, "registration_links")}"' in form
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    data = {"email": "anna@example.org", "csrfmiddlewaretoken": token}

    from_the_secret_page = browser.post(url_in(code, "registration_links"), data, HTTP_ORIGIN="null")
    assert from_the_secret_page.status_code == 403
    assert not OutgoingMail.objects.filter(kind="resend").exists()

    answer = browser.post(url_in(code, "registration_links"), data, HTTP_ORIGIN="http://testserver")
    assert answer.status_code == 200 and SENT[code] in answer.content.decode()
    assert OutgoingMail.objects.filter(kind="resend", to="anna@example.org").count() == 1


def test_an_expired_link_says_the_event_is_over_and_still_offers_fresh_links(client, agenda, monkeypatch):
    workshop = open_workshop(agenda)
    confirmed_booking(workshop, language="uk")
    link = mailbox_link("anna@example.org", "uk")
    monkeypatch.setattr("core.clock.now", lambda: workshop.end + timedelta(minutes=1))
    response = client.get(link, follow=True)
    assert response.redirect_chain == [(url_in("uk", "registration_links") + "?link=expired", 302)]
    assert PROBLEM["uk"] in response.content.decode()
    assert 'name="email"' in response.content.decode()


@pytest.mark.parametrize(
    ("code", "fresh"),
    [
        ("pl", "Zaproponuj pomysł jeszcze raz"),
        ("en", "Propose the idea again"),
        ("uk", "Запропонувати ідею ще раз"),
    ],
)
def written_eight_days_ago(monkeypatch, make):
    """What `make` returns, signed eight days ago (confirmation links work for a week)."""
    now = signing.time.time()
    with monkeypatch.context() as past:
        past.setattr(signing.time, "time", lambda: now - 8 * 24 * 3600)
        return make()


@pytest.mark.parametrize(
    ("code", "fresh"),
    [
        ("pl", "Zaproponuj pomysł jeszcze raz"),
        ("en", "Propose the idea again"),
        ("uk", "Запропонувати ідею ще раз"),
    ],
)
def test_an_expired_idea_link_leads_to_proposing_it_again(client, homes, locales, code, fresh, monkeypatch):
    zones = zone_with_needs(homes, locales)
    idea = IdeaFactory(
        zone=zones["pl"], status=IdeaStatus.UNCONFIRMED, email_confirmed_at=None, published_at=None
    )
    token = written_eight_days_ago(monkeypatch, lambda: idea_links.token(idea))
    response = client.get(url_in(code, "ideas_confirm", token))
    assert response.status_code == 410
    page = response.content.decode()
    assert fresh in page and f'href="{url_in(code, "ideas_propose", zones[code].pk)}"' in page
    assert response["Referrer-Policy"] == "no-referrer" and "csrfmiddlewaretoken" not in page


def test_an_expired_support_link_leads_back_to_the_idea_and_a_broken_one_to_the_zones(
    client, homes, locales, monkeypatch
):
    zones = zone_with_needs(homes, locales)
    idea = IdeaFactory(zone=zones["pl"])
    support = idea.supports.create(email="jan@example.org", language="en", consent_text="Zgoda.")
    token = written_eight_days_ago(monkeypatch, lambda: idea_links.token(support))
    response = client.get(url_in("en", "ideas_confirm", token))
    assert response.status_code == 410
    assert f'href="{url_in("en", "ideas_idea", idea.pk)}"' in response.content.decode()
    assert "Support the idea again" in response.content.decode()

    broken = client.get(url_in("uk", "ideas_confirm", "broken"))
    assert broken.status_code == 404
    assert "Знайти ідеї своєї зони" in broken.content.decode()


def secrets_in(text):
    """Manage and confirmation tokens, and links to the pages they open, found in `text`."""
    tokens = [links.manage_token(r) for r in Registration.objects.all()]
    tokens += [r.manage_key for r in Registration.objects.all()]
    return [token for token in tokens if token in text] + re.findall(r"/(?:zarzadzaj|potwierdz)/\S+", text)


def test_the_undelivered_mail_screen_lists_only_unsent_messages_and_never_a_link(client, agenda, organiser):
    workshop = open_workshop(agenda, capacity=5)
    confirmed_booking(workshop, "sent@example.org")
    booking.book(
        workshop,
        booking.Person(name="Ola", email="waiting@example.org", seats=1, language="pl", consent_text="Z"),
    )
    booking.book(
        workshop,
        booking.Person(name="Jan", email="failed@example.org", seats=1, language="pl", consent_text="Z"),
    )
    OutgoingMail.objects.filter(to="sent@example.org").update(sent_at=timezone.now())
    OutgoingMail.objects.filter(to="waiting@example.org").update(
        attempts=2, last_error="SMTPServerDisconnected: gone"
    )
    OutgoingMail.objects.filter(to="failed@example.org").update(
        attempts=sending.MAX_ATTEMPTS, failed_at=timezone.now(), last_error="SMTPRecipientsRefused"
    )
    listing = client.get("/admin/undelivered-mail/").content.decode()
    assert "waiting@example.org" in listing and "failed@example.org" in listing
    assert "sent@example.org" not in listing
    assert "SMTPServerDisconnected: gone" in listing and "Wysłano osobisty link" in listing
    assert secrets_in(listing) == []
    for message in OutgoingMail.objects.filter(sent_at=None):
        inspect = client.get(f"/admin/undelivered-mail/inspect/{message.pk}/")
        assert inspect.status_code == 200
        page = inspect.content.decode()
        assert message.to in page and "Wysłano osobisty link" in page
        assert secrets_in(page) == [] and message.body not in page


def test_registrations_and_a_persons_data_show_no_link_or_token(client, agenda, organiser):
    registration = confirmed_booking(open_workshop(agenda))
    write = f"/admin/registrations-by-event/{registration.occasion_id}/write/"
    message = {"audience": "all", "subject": "Zmiana sali", "body": "Sala 2.", "action": "send"}
    assert client.post(write, message).status_code == 302
    assert links.manage_url(registration, registration.occasion) in OutgoingMail.objects.latest("pk").body
    pages = [
        client.get(write).content.decode(),
        client.get("/admin/registrations-by-event/").content.decode(),
        client.get("/admin/registrations/").content.decode(),
        client.get(f"/admin/registrations/inspect/{registration.pk}/").content.decode(),
        b"".join(client.get("/admin/registrations/?export=csv").streaming_content).decode(),
        client.get("/admin/registrations-person/", {"email": "anna@example.org"}).content.decode(),
        client.post(
            "/admin/registrations-person/", {"email": "anna@example.org", "action": "export"}
        ).content.decode(),
        client.get(f"/admin/registrations-by-event/{registration.occasion_id}/check-in/").content.decode(),
    ]
    assert "Zmiana sali" in pages[0] and "anna@example.org" in pages[2] and "Anna" in pages[3]
    assert "Zmiana sali" not in pages[3], "the mail written to her is not listed with her registration"
    json.loads(pages[6])
    for page in pages:
        assert secrets_in(page) == []


def test_idea_moderation_shows_no_confirmation_token(client, homes, locales, organiser):
    zones = zone_with_needs(homes, locales)
    idea = IdeaFactory(zone=zones["pl"], status=IdeaStatus.PENDING, published_at=None)
    token = idea_links.token(idea)
    for address in ("/admin/ideas/", f"/admin/ideas/edit/{idea.pk}/"):
        page = client.get(address)
        assert page.status_code == 200
        assert token not in page.content.decode() and "/potwierdz/" not in page.content.decode()
