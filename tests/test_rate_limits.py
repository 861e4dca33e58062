"""Rate limits count each visitor behind the proxies by the address the trusted proxy reports: the
contact form, the admin login and its "forgot password" through a real Varnish (the test plays the
TLS proxy in front of it, writing X-Forwarded-For), and the registration form. A visitor who writes X-Forwarded-For herself
is still counted by her real address, and one visitor's limit is not another's."""

import http.cookiejar
import os
import re
import shutil
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from deploy import varnish
from tests.factories.forum import fix_clock, open_workshop, translated_agenda, warsaw
from tests.factories.home import FormFieldFactory, FormPageFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("fresh_cache"),
]
needs_varnish = pytest.mark.skipif(
    not shutil.which("varnishd") and not os.path.exists(varnish.VARNISHD) and not os.environ.get("CI"),
    reason="varnishd is not installed (apt-get install varnish); CI installs it",
)

ANNA, BOGDAN = "81.190.0.1", "81.190.0.2"


class Visitor:
    """A browser whose requests reach Varnish through the TLS proxy, which tells her address."""

    def __init__(self, front, address, forged=None):
        self.front = front
        chain = [forged, address] if forged else [address]
        self.headers = {"X-Forwarded-For": ", ".join(chain), "X-Forwarded-Proto": "http"}
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def get(self, path):
        request = urllib.request.Request(self.front + path, headers=self.headers)
        with self.opener.open(request, timeout=30) as response:
            return response.read().decode()

    def post(self, path, fields):
        """Send the form on `path` (read first, as a browser does); returns the status and page."""
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', self.get(path)).group(1)
        data = urllib.parse.urlencode({"csrfmiddlewaretoken": token, **fields}).encode()
        headers = {**self.headers, "Referer": self.front + path}
        request = urllib.request.Request(self.front + path, data=data, headers=headers)
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()


@pytest.fixture
def behind_two_proxies(settings):
    settings.TRUSTED_PROXIES = 2  # the TLS proxy and Varnish


@pytest.fixture
def contact(home):
    form_page = FormPageFactory(parent=home)
    FormFieldFactory(page=form_page, label="Wiadomość", field_type="multiline", sort_order=0)
    form_page.save_revision().publish()
    return "/pl/kontakt/"


def statuses(responses):
    return [status for status, _page in responses]


@needs_varnish
def test_the_contact_form_limits_each_visitor_by_her_own_address(
    front, contact, behind_two_proxies, settings, monkeypatch
):
    fix_clock(monkeypatch, warsaw(2030, 5, 1, 12))  # no new hour's window starts in the middle
    settings.CONTACT_FORM_RATE_LIMIT = 2
    anna = Visitor(front, ANNA)
    assert statuses(anna.post(contact, {"wiadomosc": "Dzień dobry"}) for _ in range(2)) == [200, 200]

    status, page = anna.post(contact, {"wiadomosc": "Jeszcze raz"})
    assert status == 429
    assert "Zbyt wiele wiadomości z Twojego połączenia." in page
    assert "Jeszcze raz" in page, "what she typed stays on the page"
    assert Visitor(front, ANNA, forged="10.1.2.3").post(contact, {"wiadomosc": "Udaję kogoś"})[0] == 429
    assert Visitor(front, BOGDAN).post(contact, {"wiadomosc": "Cześć"})[0] == 200


@needs_varnish
def test_the_registration_form_limits_each_visitor_by_her_own_address(
    front, home, locales, monkeypatch, behind_two_proxies, settings
):
    fix_clock(monkeypatch, warsaw(2030, 5, 1, 12))
    workshop = open_workshop(translated_agenda(home, locales), capacity=20)
    settings.REGISTRATION_RATE_LIMIT = 1
    form = f"/pl/zapisy/{workshop.pk}/"
    person = {"name": "Anna Kowalska", "seats": "1", "consent": "on"}

    assert Visitor(front, ANNA).post(form, {**person, "email": "a@example.org"})[0] == 200
    assert Visitor(front, ANNA).post(form, {**person, "email": "b@example.org"})[0] == 429
    forged = Visitor(front, ANNA, forged="10.1.2.3").post(form, {**person, "email": "c@example.org"})
    assert forged[0] == 429
    assert Visitor(front, BOGDAN).post(form, {**person, "email": "d@example.org"})[0] == 200


@needs_varnish
def test_wrong_passwords_lock_only_the_visitor_who_typed_them(
    front, home, behind_two_proxies, django_user_model
):
    django_user_model.objects.create_superuser("redaktorka", "r@example.org", "prawidlowe-haslo")
    intruder = Visitor(front, ANNA)
    wrong = {"username": "redaktorka", "password": "zle"}
    assert statuses(intruder.post("/admin/login/", wrong) for _ in range(5))[-1] == 429
    right = {"username": "redaktorka", "password": "prawidlowe-haslo"}
    assert Visitor(front, ANNA, forged="10.9.9.9").post("/admin/login/", right)[0] == 429

    editor = Visitor(front, BOGDAN)
    assert editor.post("/admin/login/", right)[0] == 200
    assert get_user_model().objects.get(username="redaktorka").last_login is not None


@needs_varnish
def test_forgot_password_limits_each_visitor_by_her_own_address(front, home, behind_two_proxies, settings):
    settings.PASSWORD_RESET_CLIENT_LIMIT = 2
    staff = ["a@example.org", "b@example.org", "c@example.org"]
    for number, email in enumerate(staff):
        get_user_model().objects.create_user(f"redaktor{number}", email, "haslo-redaktora")
    anna = Visitor(front, ANNA)
    for email in staff:
        assert anna.post("/admin/password_reset/", {"email": email})[0] == 200, "the same answer each time"
    assert [message.to for message in mail.outbox] == [["a@example.org"], ["b@example.org"]]

    Visitor(front, ANNA, forged="10.1.2.3").post("/admin/password_reset/", {"email": "c@example.org"})
    assert len(mail.outbox) == 2
    Visitor(front, BOGDAN).post("/admin/password_reset/", {"email": "c@example.org"})
    assert mail.outbox[-1].to == ["c@example.org"]
