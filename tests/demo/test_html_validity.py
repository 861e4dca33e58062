"""Every page a visitor can reach is valid HTML: the Nu HTML Checker (vnu, the W3C's validator)
finds no error in one page of each page type and routable sub-page, the forms with and without
their validation errors, and the personal pages reached through signed links, in Polish, English
and Ukrainian; and every link within a page reaches its target.

The pages come from the demo (loaded once for tests/demo/) through the Django client; vnu reads
them all in one run. `make vnu` installs it with npm (`make test` does so first). On a developer
machine without Java or npm the test is skipped, saying what to install; in CI (CI=true) .ci/run
installs both, and a missing checker fails the test.
"""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import translation

from core.http.error_pages import server_error
from forum.models import EventIndexPage, EventPage, ForumPage, Registration, SessionPage, Speaker
from forum.registrations import links as forum_links
from home.models import AccessibilityStatementPage, FormPage, HomePage, StandardPage
from ideas import links as idea_links
from ideas.models import Idea, IdeaStatus
from zones.models import (
    GuideChapterPage,
    GuidePage,
    StoryIndexPage,
    StoryPage,
    TrainingIndexPage,
    TrainingMaterialPage,
    ZoneIndexPage,
    ZonePage,
)

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]

VNU = Path(__file__).resolve().parents[2] / ".cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar"
JAVA = shutil.which("java")
LANGUAGES = ("pl", "en", "uk")
# What each page answers when it is not 200 (forms sent with errors answer 400, but for the contact
# form, which Wagtail shows again with its errors as 200).
STATUS = {"not found": 404, "server error": 500, "contact form with errors": 200}


@pytest.fixture
def demo(demo_site, db):
    """The demo as `load_demo` builds it (once for the package)."""


def first(model, language, **filters):
    return model.objects.live().filter(locale__language_code=language, **filters).order_by("path").first()


def page_addresses(language):
    """One address of each page type and routable sub-page in `language`, by what it shows."""
    agenda, forum, guide = (first(model, language) for model in (EventIndexPage, ForumPage, GuidePage))
    zone = first(ZonePage, language)
    speaker = Speaker.objects.filter(locale__language_code=language).order_by("pk").first()
    idea = Idea.objects.filter(status=IdeaStatus.SELECTED, zone__translation_key=zone.translation_key).first()
    workshop = first(SessionPage, language, registration_enabled=True)
    return {
        "home": first(HomePage, language).url,
        "standard page": first(StandardPage, language).url,
        "contact form": first(FormPage, language).url,
        "accessibility statement": first(AccessibilityStatementPage, language).url,
        "zone index": first(ZoneIndexPage, language).url,
        "zone page": zone.url,
        "story index": first(StoryIndexPage, language).url,
        "story": first(StoryPage, language).url,
        "training index": first(TrainingIndexPage, language).url,
        "training material": first(TrainingMaterialPage, language).url,
        "guide": guide.url,
        "guide chapter": first(GuideChapterPage, language).url,
        "whole guide": guide.url + guide.reverse_subpage("whole"),
        "agenda": agenda.url,
        "agenda month": agenda.url + agenda.reverse_subpage("this_month"),
        "past events": agenda.url + agenda.reverse_subpage("past"),
        "event": first(EventPage, language).url,
        "event with registration": first(EventPage, language, registration_enabled=True).url,
        "forum": forum.url,
        "timetable": forum.url + forum.reverse_subpage("timetable"),
        "now and next": forum.url + forum.reverse_subpage("now"),
        "speakers": forum.url + forum.reverse_subpage("speakers"),
        "speaker": forum.url + forum.reverse_subpage("speaker", kwargs={"slug": speaker.slug}),
        "session": workshop.url,
        "search results": reverse("search") + "?q=strefa",
        "search without results": reverse("search") + "?q=zzzzzz",
        "calendar help": reverse("calendar_help"),
        "registration form": reverse("registration_form", args=[workshop.pk]),
        "registration sent": reverse("registration_sent", args=[workshop.pk]),
        "registration links": reverse("registration_links"),
        "where a broken manage link leads": reverse("registration_links") + "?link=invalid",
        "zone ideas": reverse("ideas_zone", args=[zone.pk]),
        "propose an idea": reverse("ideas_propose", args=[zone.pk]),
        "idea sent": reverse("ideas_sent", args=[zone.pk]),
        "idea": reverse("ideas_idea", args=[idea.pk]),
        "idea confirmation": reverse("ideas_confirm", args=[idea_links.token(idea)]),
        "not found": f"/{language}/no-such-page/",
    }


def forms_with_errors(language):
    """The public forms sent empty, so that each shows its validation errors."""
    zone = first(ZonePage, language)
    idea = Idea.objects.filter(status=IdeaStatus.SELECTED, zone__translation_key=zone.translation_key).first()
    return {
        "contact form with errors": first(FormPage, language).url,
        "registration form with errors": reverse(
            "registration_form", args=[first(SessionPage, language, registration_enabled=True).pk]
        ),
        "registration links with errors": reverse("registration_links"),
        "idea proposal with errors": reverse("ideas_propose", args=[zone.pk]),
        "idea support with errors": reverse("ideas_support", args=[idea.pk]),
    }


def manage_booking(language):
    """The manage page of a booking, through the signed link its e-mail carries."""
    registration = Registration.objects.filter(erased_at=None).select_related("occasion").first()
    with translation.override(language):
        return reverse("registration_manage", args=[forum_links.manage_token(registration)])


def render_every_page(folder):
    """Each page written to `folder` as <language>-<what>.html; returns the file names by page."""
    client = Client()
    written = {}
    for language in LANGUAGES:
        with translation.override(language):
            gets = {**page_addresses(language), "manage booking": manage_booking(language)}
            posts = forms_with_errors(language)
        responses = [(name, url, client.get(url)) for name, url in gets.items()]
        responses += [(name, url, client.post(url, {})) for name, url in posts.items()]
        error_url = f"/{language}/"
        responses.append(("server error", error_url, server_error(RequestFactory().get(error_url))))
        for name, url, response in responses:
            expected = STATUS.get(name, 400 if name.endswith("with errors") else 200)
            assert response.status_code == expected, (url, response.status_code)
            path = folder / f"{language}-{name.replace(' ', '-')}.html"
            path.write_bytes(response.content)
            written[str(path)] = f"{language} {name} ({url})"
    return written


def vnu_errors(files):
    """vnu's errors in `files`, one JVM for all of them."""
    result = subprocess.run(
        [JAVA, "-jar", str(VNU), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        check=False,
    )
    return json.loads(result.stderr or result.stdout)["messages"]


def test_every_page_type_is_valid_html(demo, tmp_path):
    if JAVA is None or not VNU.exists():
        missing = (
            "Java (apt-get install default-jre-headless)" if JAVA is None else "vnu (npm, then `make vnu`)"
        )
        if os.environ.get("CI"):
            pytest.fail(f"the Nu HTML Checker is missing in CI: {missing}")
        pytest.skip(f"the Nu HTML Checker needs {missing}")
    pages = render_every_page(tmp_path)
    errors = [
        f"{pages[message['url'].removeprefix('file:')]} line {message.get('lastLine')}: {message['message']}"
        f"\n    {message.get('extract', '').strip()}"
        for message in vnu_errors(list(pages))
    ]
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(errors)
    assert not unreached_fragments(pages)


def unreached_fragments(pages):
    """Links within a page (the guide's contents, the skip link) whose target id the page lacks:
    vnu does not check them."""
    unreached = []
    for path, page in pages.items():
        content = Path(path).read_text()
        ids = set(re.findall(r'\sid="([^"]+)"', content))
        unreached += [
            f"{page}: #{target}" for target in re.findall(r'href="#([^"]+)"', content) if target not in ids
        ]
    return unreached
