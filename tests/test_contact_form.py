"""The contact form: translated errors that keep what was typed, staff e-mail written to the outbox
with the submission (and kept there through an SMTP outage), spam dropped."""

import html
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from core.mail import tasks
from core.mail.models import OutgoingMail
from tests.factories.home import FormFieldFactory, FormPageFactory, translate
from tests.smtp import loopback_smtp

pytestmark = pytest.mark.django_db


@pytest.fixture
def contact(home, locales):
    page = FormPageFactory(parent=home)
    FormFieldFactory(page=page, label="Imię", field_type="singleline", sort_order=0)
    FormFieldFactory(page=page, label="E-mail", field_type="email", sort_order=1)
    FormFieldFactory(page=page, label="Wiadomość", field_type="multiline", sort_order=2)
    page.save_revision().publish()
    translate(page, locales["uk"], title="Контакти", slug="kontakty")
    return page


@pytest.mark.parametrize(
    ("url", "required", "invalid_email"),
    [
        ("/pl/kontakt/", "To pole jest wymagane.", "Wprowadź poprawny adres email."),
        ("/uk/kontakty/", "Це поле необхідно заповнити", "Введіть коректну email адресу."),
    ],
)
def test_invalid_form_keeps_input_and_shows_translated_errors(client, contact, url, required, invalid_email):
    response = client.post(url, {"imie": "Anna Kowalska", "e_mail": "nie-adres", "wiadomosc": ""})
    assert response.status_code == 200
    content = html.unescape(response.content.decode())
    assert 'value="Anna Kowalska"' in content
    assert 'value="nie-adres"' in content
    assert required in content
    assert invalid_email in content
    assert FormSubmission.objects.count() == 0


def test_valid_form_is_stored_and_mailed_to_staff_after_commit(
    client, contact, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/pl/kontakt/", {"imie": "Anna", "e_mail": "anna@example.org", "wiadomosc": "Kiedy forum?"}
        )
    assert response.status_code == 200
    assert "Dziękujemy, wiadomość została wysłana." in response.content.decode()
    submission = FormSubmission.objects.get()
    assert submission.get_data()["wiadomosc"] == "Kiedy forum?"
    assert "website" not in submission.form_data
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["staff@sas.example.org"]
    assert message.reply_to == ["anna@example.org"]
    assert "Wiadomość: Kiedy forum?" in message.body


def test_staff_mail_waits_in_the_outbox_while_smtp_is_down_and_goes_when_it_is_back(
    client, contact, settings
):
    with loopback_smtp(settings) as smtp:
        client.post(
            "/pl/kontakt/", {"imie": "Anna", "e_mail": "anna@example.org", "wiadomosc": "Kiedy forum?"}
        )
        tasks.send_outbox.call()
        waiting = OutgoingMail.objects.get()
        assert (waiting.to, waiting.reply_to) == ("staff@sas.example.org", "anna@example.org")
        assert waiting.sent_at is None and waiting.attempts == 1 and waiting.last_error
        assert FormSubmission.objects.count() == 1

        smtp.start()
        OutgoingMail.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
        tasks.send_outbox.call()

    (received,) = smtp.received
    assert (received["To"], received["Reply-To"]) == ("staff@sas.example.org", "anna@example.org")
    assert received["Message-ID"] == waiting.message_id, "a retried message keeps its Message-ID"
    assert "Wiadomość: Kiedy forum?" in received.get_payload(decode=True).decode()
    assert OutgoingMail.objects.get().sent_at is not None


def test_honeypot_filled_in_stores_and_sends_nothing(client, contact, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/pl/kontakt/",
            {"imie": "Bot", "e_mail": "bot@example.org", "wiadomosc": "spam", "website": "http://spam"},
        )
    assert response.status_code == 200
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []
