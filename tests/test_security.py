"""Security headers on public pages, the rate-limited admin login and the length of admin sessions."""

import json
from datetime import timedelta
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.second_factor import VERIFY, app_code
from tests.shell import last_printed_line, migrated_database_url

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent


def test_public_pages_send_a_strict_content_security_policy(client, home):
    response = client.get("/pl/")
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert "https://tile.openstreetmap.org" in directives["img-src"]
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}


def test_public_pages_carry_no_inline_script_or_style(client, home):
    response = client.get("/en/")
    assert response.status_code == 200
    document = BeautifulSoup(response.content, "html.parser")
    scripts = document.find_all("script")
    assert scripts, "the page loads its scripts from files"
    inline_code = [
        script for script in scripts if not script.get("src") and script.get("type") not in DATA_SCRIPT_TYPES
    ]
    assert inline_code == []
    assert document.find_all("style") == []
    assert document.find_all(style=True) == []
    handlers = {name for tag in document.find_all(True) for name in tag.attrs if name.startswith("on")}
    assert handlers == set()


def test_other_security_headers(client, home):
    response = client.get("/uk/")
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_admin_is_outside_the_policy_it_could_not_work_under(client, home, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "haslo-haslo"))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response


def test_production_adds_hsts_and_secure_cookies():
    code = (
        "import json; from django.test import Client; from django.conf import settings;"
        "r = Client().get('/robots.txt', secure=True, HTTP_HOST='sas.example.org');"
        "print(json.dumps({'hsts': r.get('Strict-Transport-Security'), 'status': r.status_code,"
        " 'session_secure': settings.SESSION_COOKIE_SECURE, 'csrf_secure': settings.CSRF_COOKIE_SECURE,"
        " 'session_httponly': settings.SESSION_COOKIE_HTTPONLY}))"
    )
    printed = last_printed_line(
        code,
        "sas_cms.settings.production",
        SECRET_KEY="k" * 60,
        ALLOWED_HOSTS="sas.example.org",
        DATABASE_URL=migrated_database_url(),
    )
    headers = json.loads(printed)
    assert headers == {
        "hsts": "max-age=31536000; includeSubDomains; preload",
        "status": 200,
        "session_secure": True,
        "csrf_secure": True,
        "session_httponly": True,
    }


def test_admin_login_is_locked_after_five_failures_with_a_translated_message(client, home, django_user_model):
    django_user_model.objects.create_superuser("redaktorka", "r@example.org", "prawidlowe-haslo")
    for _attempt in range(5):
        response = client.post(
            "/admin/login/", {"username": "redaktorka", "password": "zle"}, HTTP_ACCEPT_LANGUAGE="pl"
        )
    assert response.status_code == 429
    assert "Zbyt wiele nieudanych logowań" in response.content.decode()
    locked = client.post(
        "/admin/login/", {"username": "redaktorka", "password": "prawidlowe-haslo"}, HTTP_ACCEPT_LANGUAGE="uk"
    )
    assert locked.status_code == 429
    assert "Забагато невдалих спроб входу" in locked.content.decode()


def test_a_correct_password_logs_in_before_the_limit(client, home, django_user_model):
    django_user_model.objects.create_superuser("redaktorka", "r@example.org", "prawidlowe-haslo")
    client.post("/admin/login/", {"username": "redaktorka", "password": "zle"})
    response = client.post("/admin/login/", {"username": "redaktorka", "password": "prawidlowe-haslo"})
    assert response.status_code == 302
    # Signed in: a superuser is next asked to set up her second factor (tests/test_second_factor.py).
    assert client.get("/admin/")["Location"].startswith("/admin/second-factor/set-up/")


def test_the_admin_asks_no_other_site_for_editors_avatars(client, home, django_user_model):
    editor = django_user_model.objects.create_superuser("redaktorka", "redaktorka@example.org", "haslo")
    client.force_login(editor)

    content = client.get("/admin/").content.decode()
    avatars = BeautifulSoup(content, "html.parser").select("img.avatar, .avatar img")

    assert avatars, "the admin shows the editor's avatar"
    assert all(image["src"].startswith("/static/") for image in avatars)
    assert "gravatar" not in content


def test_admin_sessions_of_staff_who_read_personal_data_end_after_a_working_day(
    home, django_user_model, monkeypatch, settings
):
    """The coordinator (everything) and an ideas moderator are logged out eight hours after logging
    in, however busy; an editor who sees no resident's data keeps her session."""
    settings.ADMIN_PERSONAL_DATA_SESSION_HOURS = 8
    django_user_model.objects.create_superuser("koordynatorka", "k@example.org", "haslo-koordynatorka")
    access_admin = Permission.objects.get(codename="access_admin")
    for username, codenames in [
        ("moderatorka", ["access_admin", "change_idea"]),
        ("redaktor", ["access_admin"]),
    ]:
        user = django_user_model.objects.create_user(username, f"{username}@example.org", f"haslo-{username}")
        user.user_permissions.add(access_admin, *Permission.objects.filter(codename__in=codenames))
    browsers = {name: Client() for name in ("koordynatorka", "moderatorka", "redaktor")}
    for name, browser in browsers.items():
        device = TOTPDevice.objects.create(user=django_user_model.objects.get(username=name), confirmed=True)
        logged_in = browser.post("/admin/login/", {"username": name, "password": f"haslo-{name}"})
        assert logged_in.status_code == 302, name
        if name != "redaktor":
            assert browser.post(VERIFY, {"code": app_code(device)}).status_code == 302, name
    login_time = timezone.now()

    def admin_status_after(hours):
        monkeypatch.setattr(timezone, "now", lambda: login_time + timedelta(hours=hours))
        return {name: browser.get("/admin/").status_code for name, browser in browsers.items()}

    assert admin_status_after(7.9) == {"koordynatorka": 200, "moderatorka": 200, "redaktor": 200}
    assert admin_status_after(8.1) == {"koordynatorka": 302, "moderatorka": 302, "redaktor": 200}
    assert admin_status_after(13 * 24)["redaktor"] == 200, "Django's two weeks"
