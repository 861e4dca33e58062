"""The one refusal step every public form takes (core/forms/refusal.py): each family of forms counts
in its own bucket against its own setting and refuses in its own words, in the visitor's language;
the contact form keeps what was typed and drops a robot's message quietly."""

import pytest
from django.core.cache import caches
from django.test import RequestFactory
from django.utils import translation
from wagtail.contrib.forms.models import FormSubmission

from forum.registrations.views import REFUSAL as REGISTRATION_REFUSAL
from home.models.forms import REFUSAL as CONTACT_REFUSAL
from ideas.views import REFUSAL as IDEAS_REFUSAL
from tests.factories.home import FormFieldFactory, FormPageFactory

pytestmark = pytest.mark.django_db

REFUSALS = {
    "contact": (CONTACT_REFUSAL, "CONTACT_FORM_RATE_LIMIT"),
    "registration": (REGISTRATION_REFUSAL, "REGISTRATION_RATE_LIMIT"),
    "ideas": (IDEAS_REFUSAL, "IDEAS_RATE_LIMIT"),
}


@pytest.fixture(autouse=True)
def _fresh_counters():
    caches["counters"].clear()


def posted(data, address="192.0.2.10"):
    return RequestFactory().post("/", data, REMOTE_ADDR=address)


@pytest.mark.parametrize(
    ("form", "too_many"),
    [
        ("contact", "Забагато повідомлень з вашого з’єднання. Спробуйте ще раз за годину."),
        ("registration", "Забагато реєстрацій з вашого з’єднання. Спробуйте ще раз за годину."),
        ("ideas", "Забагато надсилань з вашого з'єднання. Спробуйте знову за годину."),
    ],
)
def test_each_form_counts_its_own_limit_and_refuses_in_its_own_words(settings, form, too_many):
    refusal, setting = REFUSALS[form]
    for name in ("CONTACT_FORM_RATE_LIMIT", "REGISTRATION_RATE_LIMIT", "IDEAS_RATE_LIMIT"):
        setattr(settings, name, 100)
    setattr(settings, setting, 1)
    with translation.override("uk"):
        assert refusal.reason(posted({})) is None
        assert refusal.reason(posted({})) == (too_many, 429)
        assert refusal.reason(posted({}, address="192.0.2.11")) is None, "another visitor counts apart"
        others = [other for name, (other, _setting) in REFUSALS.items() if name != form]
        assert all(other.reason(posted({})) is None for other in others), "another form counts apart"


@pytest.mark.parametrize(
    ("form", "answer"),
    [
        ("contact", None),
        ("registration", ("Nie udało się przyjąć zapisu. Zostaw ostatnie pole puste.", 400)),
        ("ideas", ("Nie można przyjąć zgłoszenia. Zostaw ostatnie pole puste.", 400)),
    ],
)
def test_a_filled_in_honeypot_is_refused_in_words_or_left_to_the_form(form, answer):
    refusal, _setting = REFUSALS[form]
    with translation.override("pl"):
        assert refusal.reason(posted({"website": "http://spam.example"})) == answer


def test_the_contact_form_past_its_limit_is_refused_keeping_what_was_typed(client, home, settings):
    page = FormPageFactory(parent=home)
    FormFieldFactory(page=page, label="Wiadomość", field_type="multiline", sort_order=0)
    page.save_revision().publish()
    settings.CONTACT_FORM_RATE_LIMIT = 1
    assert client.post("/pl/kontakt/", {"wiadomosc": "Dzień dobry"}).status_code == 200

    refused = client.post("/pl/kontakt/", {"wiadomosc": "Jeszcze raz"})
    assert refused.status_code == 429
    content = refused.content.decode()
    assert "Zbyt wiele wiadomości z Twojego połączenia. Spróbuj ponownie za godzinę." in content
    assert "Jeszcze raz" in content
    assert FormSubmission.objects.count() == 1
