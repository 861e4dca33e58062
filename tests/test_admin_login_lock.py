"""The admin login's protections (core/accounts/login_lock.py, core/accounts/login_forms.py) through
its forms. The lock (django-axes): wrong passwords from one address lock that address out of the name only, while wrong passwords for
one name spread over many addresses lock the name for every address. "Forgot password": links are
sent a few times an hour per address and per client, and the answer never changes."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]
RIGHT = "prawidlowe-haslo"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("redaktorka", "r@example.org", RIGHT)


def log_in(client, password, address, username="redaktorka"):
    """The login form sent from `address`; returns the status (200 and 429 stay on the form)."""
    response = client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address)
    return response.status_code


def logged_in():
    return get_user_model().objects.get(username="redaktorka").last_login is not None


def address(number):
    return f"81.190.{number // 250}.{number % 250 + 1}"


def test_one_address_is_locked_out_of_the_name_and_cannot_lock_anyone_else(client, editor, settings):
    settings.AXES_FAILURE_LIMIT, settings.ACCOUNT_FAILURE_LIMIT = 5, 30
    assert [log_in(client, "zle", "10.0.0.1") for _ in range(5)] == [200, 200, 200, 200, 429]

    assert {log_in(client, f"zle-{n}", "10.0.0.1") for n in range(100)} == {429}, "not counted while locked"
    assert log_in(client, RIGHT, "10.0.0.1") == 429
    assert not logged_in()
    assert log_in(client, RIGHT, "10.0.0.2") == 302
    assert logged_in()


def test_wrong_passwords_for_one_name_from_many_addresses_lock_it_everywhere(client, editor, settings):
    settings.AXES_FAILURE_LIMIT, settings.ACCOUNT_FAILURE_LIMIT = 5, 30
    slow_spread = [log_in(client, f"zgadywane-{n}", address(n % 10)) for n in range(29)]
    assert set(slow_spread) == {200}, "no address reached its own limit"

    assert log_in(client, "zgadywane-29", address(29)) == 429
    assert log_in(client, RIGHT, address(500)) == 429, "the right password, from a new address"
    assert log_in(client, RIGHT, address(0)) == 429
    assert not logged_in()


def test_other_names_stay_open_when_one_is_locked(client, editor, django_user_model, settings):
    settings.AXES_FAILURE_LIMIT, settings.ACCOUNT_FAILURE_LIMIT = 5, 10
    django_user_model.objects.create_superuser("koordynator", "k@example.org", "inne-haslo")
    for n in range(10):
        log_in(client, "zle", address(n))
    assert log_in(client, RIGHT, address(99)) == 429

    assert log_in(client, "inne-haslo", address(0), username="koordynator") == 302


def test_below_the_names_limit_its_owner_logs_in_from_her_own_address(client, editor, settings):
    settings.AXES_FAILURE_LIMIT, settings.ACCOUNT_FAILURE_LIMIT = 5, 30
    for n in range(29):
        log_in(client, "zle", address(n))

    assert log_in(client, RIGHT, address(100)) == 302
    assert logged_in()


def forgot_password(client, email, address):
    """The "forgot password" form sent from `address`: where it leads."""
    response = client.post("/admin/password_reset/", {"email": email}, REMOTE_ADDR=address)
    assert response.status_code == 302
    return response["Location"]


def links_sent_to(email):
    return sum(1 for message in mail.outbox if message.to == [email])


def test_reset_links_go_to_one_address_a_few_times_an_hour_whoever_asks(client, editor, settings):
    settings.PASSWORD_RESET_ADDRESS_LIMIT, settings.PASSWORD_RESET_CLIENT_LIMIT = 3, 10
    answers = {forgot_password(client, email, address(n)) for n, email in enumerate(["r@example.org"] * 3)}
    assert links_sent_to("r@example.org") == 3

    answers |= {
        forgot_password(client, email, address(10 + n)) for n, email in enumerate(["R@Example.org"] * 5)
    }

    assert links_sent_to("r@example.org") == 3
    assert answers == {"/admin/password_reset/done/"}, "the same answer, sent or not"


def test_one_client_asks_for_a_limited_number_of_links(client, django_user_model, settings):
    settings.PASSWORD_RESET_ADDRESS_LIMIT, settings.PASSWORD_RESET_CLIENT_LIMIT = 3, 10
    staff = [f"redaktor{n}@example.org" for n in range(12)]
    for n, email in enumerate(staff):
        django_user_model.objects.create_user(f"redaktor{n}", email, "haslo-redaktora")

    answers = {forgot_password(client, email, "10.0.0.1") for email in staff[:11]}

    assert [links_sent_to(email) for email in staff[:11]] == [1] * 10 + [0]
    assert answers == {"/admin/password_reset/done/"}
    forgot_password(client, staff[10], "10.0.0.2")
    assert links_sent_to(staff[10]) == 1, "another client, and the address's allowance was not used up"
