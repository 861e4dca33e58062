"""A real Chromium (Debian's package) against the demo site served by its own development server.

The server runs in a separate process on its own SQLite database built with `prepare_demo_site`
(what `make run` does), so the browser sees exactly the demo a newcomer sees, and the rest of the
suite keeps its empty, rolled-back test databases. Without chromium the tests are skipped on a
developer machine; in CI (CI=true) a missing chromium fails them.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.browser.tour import visit_every_page_type

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SIZES = {"phone": (375, 812), "desktop": (1280, 800)}

PAGE_TYPES = """
import json
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from forum.models import EventIndexPage, EventPage, ForumPage, Registration, SessionPage
from home.models import AccessibilityStatementPage, FormPage, HomePage, StandardPage
from ideas import links as idea_links
from ideas.models import Idea
from zones.models import (GuideChapterPage, GuidePage, StoryIndexPage, StoryPage, TrainingIndexPage,
    TrainingMaterialPage, ZoneIndexPage, ZonePage)
found = {}
for code in ("pl", "en", "uk"):
    def first(model, **filters):
        return model.objects.live().filter(locale__language_code=code, **filters).order_by("path").first()
    agenda, forum, guide = first(EventIndexPage), first(ForumPage), first(GuidePage)
    event = first(EventPage, registration_enabled=False)
    zone = first(ZonePage)
    idea = Idea.objects.filter(status="selected", zone__translation_key=zone.translation_key).first()
    with translation.override(code):
        urls = {
            "home": first(HomePage).url,
            "standard page": first(StandardPage).url,
            "form page": first(FormPage).url,
            "accessibility statement": first(AccessibilityStatementPage).url,
            "zone index": first(ZoneIndexPage).url,
            "zone page": first(ZonePage).url,
            "story index": first(StoryIndexPage).url,
            "story": first(StoryPage).url,
            "training index": first(TrainingIndexPage).url,
            "training material": first(TrainingMaterialPage).url,
            "guide": guide.url,
            "guide chapter": first(GuideChapterPage).url,
            "whole guide": guide.url + guide.reverse_subpage("whole"),
            "agenda": agenda.url,
            "agenda month": agenda.url + agenda.reverse_subpage("this_month"),
            "past events": agenda.url + agenda.reverse_subpage("past"),
            "event": event.url,
            "forum": forum.url,
            "timetable": forum.url + forum.reverse_subpage("timetable"),
            "now and next": forum.url + forum.reverse_subpage("now"),
            "speakers": forum.url + forum.reverse_subpage("speakers"),
            "session": first(SessionPage).url,
            "search results": reverse("search") + "?q=strefa",
            "search without results": reverse("search") + "?q=zzzzzz",
            "calendar help": reverse("calendar_help"),
            "registration form": reverse("registration_form", args=[first(SessionPage, registration_enabled=True).pk]),
            "zone ideas": reverse("ideas_zone", args=[zone.pk]),
            "propose an idea": reverse("ideas_propose", args=[zone.pk]),
            "idea": reverse("ideas_idea", args=[idea.pk]),
            "idea confirmation": reverse("ideas_confirm", args=[idea_links.token(idea)]),
            "not found": f"/{code}/error-preview/404/",
            "server error": f"/{code}/error-preview/500/",
        }
    taken = Registration.objects.values("occasion_id")
    urls["open workshop"] = (
        SessionPage.objects.live().filter(locale__language_code=code, registration_enabled=True)
        .exclude(translation_key__in=SessionPage.objects.filter(pk__in=taken).values("translation_key"))
        .order_by("path").first().url
    )
    found[code] = urls
print(json.dumps(found))
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="package")
def chromium_path():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is missing in CI: .ci/run installs Debian's chromium package")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture(scope="package")
def demo_server(tmp_path_factory, chromium_path):
    """The demo site served by `manage.py runserver` on its own database; yields (base URL, page URLs
    by language and type, the database file)."""
    folder = tmp_path_factory.mktemp("browser-site")
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sas_cms.settings.dev",
        "DATABASE_URL": f"sqlite:///{folder / 'demo.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "BASE_URL": f"http://127.0.0.1:{port}",
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "PAGE_CACHE_SECONDS": "0",
    }
    for name in ("REDIS_URL", "OPENSEARCH_URL", "EMAIL_HOST", "FRONT_CACHE_URL"):
        env.pop(name, None)
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "prepare_demo_site"], cwd=ROOT, env=env, check=True, capture_output=True)
    subprocess.run([*manage, "demo_editors"], cwd=ROOT, env=env, check=True, capture_output=True)
    printed = subprocess.run(
        [*manage, "shell", "-c", PAGE_TYPES], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    urls = json.loads(printed.strip().splitlines()[-1])
    server = subprocess.Popen(
        [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{base}/robots.txt", timeout=2).close()
            break
        except OSError:
            time.sleep(0.3)
    yield base, urls, folder / "demo.sqlite3"
    server.terminate()
    server.wait(timeout=30)


@pytest.fixture(scope="package")
def browser(chromium_path):
    """One Chromium for the browser tests, closed after the last of them: Playwright's event loop
    must not outlive them, or the database tests a worker runs next refuse to run inside it."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture(params=list(SIZES))
def size(request):
    return request.param


@pytest.fixture(params=["javascript", "no javascript"])
def visitor(request, browser, size):
    """A tab at the size under test, with JavaScript on or off."""
    width, height = SIZES[size]
    context = browser.new_context(
        viewport={"width": width, "height": height}, java_script_enabled=request.param == "javascript"
    )
    yield context.new_page()
    context.close()


@pytest.fixture
def page_at(browser, size):
    """A fresh browser tab at the size under test (phone or desktop)."""
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height})
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture(scope="package")
def tour(demo_server, browser):
    """`tour(language, size)`: the facts of every page type (tests/browser/tour.py), each page
    visited once for all the checks that read them."""
    base, urls, _database = demo_server
    visited = {}

    def facts(language, size):
        if (language, size) not in visited:
            visited[language, size] = visit_every_page_type(browser, base, urls[language], language, size)
        return visited[language, size]

    return facts
