"""A second factor for the staff who can read personal data: after the password, an authenticator
app's code or a recovery code, set up and given through the admin's own screens."""

from base64 import b32encode
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import GroupPagePermission
from wagtail.users.models import UserProfile

from sas_cms.settings import dev
from tests.factories.home import staff_member
from tests.second_factor import VERIFY, app_code
from tests.shell import last_printed_line
from zones.editors import ensure_communications_group

pytestmark = pytest.mark.django_db

PASSWORD = "haslo-haslo-1"
ENROL = "/admin/second-factor/set-up/"
SET_UP_HEADING = {
    "pl": "Ustaw drugi składnik",
    "en": "Set up your second factor",
    "uk": "Налаштуйте другий фактор",
}
WRONG_CODE = {
    "pl": "Ten kod się nie zgadza.",
    "en": "This code is not right.",
    "uk": "Цей код не підходить.",
}


def person(django_user_model, username, language="pl", group=None):
    return staff_member(username, password=PASSWORD, language=language, group=group)


@pytest.fixture
def communications(django_user_model, home):
    return person(django_user_model, "komunikacja", group=ensure_communications_group())


@pytest.fixture
def page_editor(django_user_model, home):
    """An editor of pages only: no registrations, no ideas, no one's data."""
    group = Group.objects.create(name="Strony")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=home, permission=Permission.objects.get(codename="change_page")
    )
    return person(django_user_model, "strony", group=group)


def sign_in(client, user):
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, "the password is accepted"


def with_app(user):
    """An app set up earlier, with its recovery codes."""
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    recovery = StaticDevice.objects.create(user=user, name="recovery codes")
    StaticToken.objects.bulk_create(StaticToken(device=recovery, token=f"kod{n}abcd") for n in range(10))
    return device


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_communications_staff_are_sent_to_set_up_the_app_after_the_password(client, communications, language):
    UserProfile.objects.filter(user=communications).update(preferred_language=language)
    sign_in(client, communications)

    admin_home = client.get("/admin/")
    registrations = client.get("/admin/registrations-by-event/")
    screen = client.get(admin_home["Location"])
    content = screen.content.decode()
    device = TOTPDevice.objects.get(user=communications)
    key = b32encode(device.bin_key).decode()

    assert admin_home["Location"] == f"{ENROL}?next=%2Fadmin%2F"
    assert registrations["Location"] == f"{ENROL}?next=%2Fadmin%2Fregistrations-by-event%2F"
    assert screen.status_code == 200 and screen["Cache-Control"].startswith("max-age=0")
    assert SET_UP_HEADING[language] in content
    assert "<svg" in content and "<script" not in content.split("<main")[1]
    assert " ".join(key[i : i + 4] for i in range(0, len(key), 4)) in content
    assert 'autocomplete="one-time-code"' in content and 'inputmode="numeric"' in content
    assert '<label class="w-field__label" for="id_code"' in content
    assert not device.confirmed


def test_a_code_from_the_app_confirms_it_and_shows_ten_recovery_codes_once(client, communications):
    sign_in(client, communications)
    client.get(ENROL)
    device = TOTPDevice.objects.get(user=communications)

    confirmed = client.post(ENROL, {"code": app_code(device), "next": "/admin/registrations-by-event/"})
    codes = list(StaticToken.objects.filter(device__user=communications).values_list("token", flat=True))
    content = confirmed.content.decode()

    assert confirmed.status_code == 200
    assert len(codes) == 10 and all(f"<code>{code}</code>" in content for code in codes)
    assert 'href="/admin/registrations-by-event/"' in content
    assert TOTPDevice.objects.get(pk=device.pk).confirmed
    assert client.get("/admin/registrations-by-event/").status_code == 200
    again = client.get(ENROL)
    assert again.status_code == 302 and codes[0] not in client.get(again["Location"]).content.decode()


def test_the_next_sign_in_asks_for_the_code_before_any_admin_page(client, communications, settings):
    settings.PAGE_CACHE_SECONDS = 600
    device = with_app(communications)
    sign_in(client, communications)

    asked = [client.get(path) for path in ("/admin/", "/admin/registrations-by-event/", "/django-admin/")]
    screen = client.get(VERIFY).content.decode()
    given = client.post(VERIFY, {"code": app_code(device), "next": "/admin/registrations-by-event/"})

    assert [response["Location"].split("?")[0] for response in asked] == [VERIFY] * 3
    assert 'autocomplete="one-time-code"' in screen and 'name="recovery_code"' in screen
    assert given["Location"] == "/admin/registrations-by-event/"
    assert client.get("/admin/registrations-by-event/").status_code == 200
    client.post("/admin/logout/")
    sign_in(client, communications)
    assert client.get("/admin/")["Location"].startswith(VERIFY), "verification lasts one session"


def test_no_other_site_is_reached_after_the_code(client, communications):
    device = with_app(communications)
    sign_in(client, communications)

    given = client.post(VERIFY, {"code": app_code(device), "next": "https://example.com/admin/"})

    assert given["Location"] == "/admin/"


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_a_wrong_code_is_refused_with_a_translated_message_and_the_next_waits(
    client, communications, language
):
    UserProfile.objects.filter(user=communications).update(preferred_language=language)
    device = with_app(communications)
    sign_in(client, communications)
    right = app_code(device)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"

    refused = client.post(VERIFY, {"code": wrong})
    too_soon = client.post(VERIFY, {"code": right})

    assert refused.status_code == 200 and WRONG_CODE[language] in refused.content.decode()
    assert too_soon.status_code == 200, "a right code right after a wrong one waits for its turn"
    assert client.get("/admin/").status_code == 302
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - timedelta(seconds=2)
    )
    assert client.post(VERIFY, {"code": right}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_works_once(client, communications):
    with_app(communications)
    sign_in(client, communications)

    used = client.post(VERIFY, {"recovery_code": " KOD3-ABCD ", "next": "/admin/"})
    client.post("/admin/logout/")
    sign_in(client, communications)
    again = client.post(VERIFY, {"recovery_code": "kod3abcd"})

    assert used["Location"] == "/admin/"
    assert again.status_code == 200 and WRONG_CODE["pl"] in again.content.decode()
    assert 'aria-invalid="true" id="id_recovery_code"' in again.content.decode()
    assert StaticToken.objects.filter(device__user=communications).count() == 9


@pytest.mark.parametrize(
    "permission",
    ["forum.view_registration", "forum.delete_registration", "core.view_outgoingmail", "ideas.change_idea"],
)
def test_each_right_that_opens_personal_data_asks_for_the_app(client, django_user_model, home, permission):
    app_label, codename = permission.split(".")
    user = person(django_user_model, "osoba")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(content_type__app_label=app_label, codename=codename),
    )
    sign_in(client, user)

    assert client.get("/admin/")["Location"].startswith(ENROL)


def test_an_editor_of_pages_only_is_not_asked(client, page_editor):
    sign_in(client, page_editor)

    assert client.get("/admin/").status_code == 200
    assert client.get(ENROL)["Location"] == "/admin/"
    assert not TOTPDevice.objects.filter(user=page_editor).exists()


def test_demo_logins_are_let_through_under_development_settings_only(
    client, django_user_model, home, settings
):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", PASSWORD)
    settings.SECOND_FACTOR_EXEMPT_USERNAMES = dev.SECOND_FACTOR_EXEMPT_USERNAMES
    sign_in(client, admin)

    settings.DEBUG = True
    assert client.get("/admin/").status_code == 200
    settings.DEBUG = False
    assert client.get("/admin/")["Location"].startswith(ENROL)


def test_production_settings_exempt_nobody():
    printed = last_printed_line(
        "from django.conf import settings; print([settings.DEBUG, settings.SECOND_FACTOR_EXEMPT_USERNAMES])",
        settings_module="sas_cms.settings.production",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="sas.example.org",
    )

    assert printed == "[False, []]"


def test_staff_reset_their_own_app_from_their_account(client, communications):
    client.force_login(communications)

    account = client.get("/admin/account/").content.decode()
    screen = client.get("/admin/second-factor/account/").content.decode()
    reset = client.post("/admin/second-factor/account/")

    assert 'href="/admin/second-factor/account/"' in account
    assert "Drugi składnik" in screen
    assert reset["Location"] == ENROL
    assert not TOTPDevice.objects.filter(user=communications, confirmed=True).exists()
    assert client.get("/admin/registrations-by-event/")["Location"].startswith(ENROL)


def test_a_superuser_removes_someone_s_app_in_the_django_admin(client, communications, django_user_model):
    device = with_app(communications)
    client.force_login(django_user_model.objects.create_superuser("szefowa", "s@example.org", PASSWORD))

    shown = client.get(f"/django-admin/otp_totp/totpdevice/{device.pk}/change/")
    removed = client.post(f"/django-admin/otp_totp/totpdevice/{device.pk}/delete/", {"post": "yes"})

    assert shown.status_code == 200 and device.key not in shown.content.decode(), "the key stays secret"
    assert removed.status_code == 302
    other = type(client)()
    sign_in(other, communications)
    assert other.get("/admin/")["Location"].startswith(ENROL)
