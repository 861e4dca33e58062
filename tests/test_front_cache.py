"""The front cache: Varnish with the site's VCL in front of a live server, purged when editors publish.

.ci/run installs Debian's varnish when it is missing; without varnishd (a developer machine) these
tests are skipped with the reason, never in CI.
"""

import http.cookiejar
import os
import re
import shutil
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Site

from core import clock
from deploy import varnish
from forum.registrations import booking, links
from home.models import SiteSettings
from tests.factories.forum import (
    ForumPageFactory,
    SessionPageFactory,
    SessionSpeakerFactory,
    SpeakerFactory,
    fix_clock,
    open_workshop,
    translated_agenda,
    warsaw,
)
from tests.factories.home import FormFieldFactory, FormPageFactory
from tests.factories.zones import (
    StoryIndexPageFactory,
    StoryPageFactory,
    ZoneIndexPageFactory,
    ZonePageFactory,
)

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.indexes,
    pytest.mark.skipif(
        not shutil.which("varnishd") and not os.path.exists(varnish.VARNISHD) and not os.environ.get("CI"),
        reason="varnishd is not installed (apt-get install varnish); CI installs it",
    ),
]


def fetch(url, opener=None, headers=None, data=None, method=None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    with (opener or urllib.request.build_opener()).open(request, timeout=30) as response:
        return response.headers.get("X-Cache"), response.read().decode()


def refused(url, method):
    """The status Varnish answers `method` with, expecting a refusal."""
    with pytest.raises(urllib.error.HTTPError) as refusal:
        fetch(url, method=method)
    return refusal.value.code


@pytest.fixture
def zone_story(home):
    zones = ZoneIndexPageFactory(parent=home)
    zone = ZonePageFactory(parent=zones, title="Strefa Teofilów", slug="teofilow")
    stories = StoryIndexPageFactory(parent=home)
    story = StoryPageFactory(parent=zone, zone=zone, title="Pierwsza herbatka", slug="herbatka")
    return {"zone": zone, "stories": stories, "story": story}


def test_a_second_anonymous_request_is_a_hit(front, zone_story):
    url = f"{front}/pl/strefy/teofilow/herbatka/"
    assert fetch(url)[0] == "miss"
    state, body = fetch(url)
    assert state == "hit"
    assert "Pierwsza herbatka" in body


def test_tracking_parameters_share_the_cached_copy(front, zone_story):
    url = f"{front}/pl/strefy/teofilow/"
    fetch(url)
    assert fetch(f"{url}?utm_source=newsletter&utm_medium=email")[0] == "hit"
    assert fetch(f"{url}?fbclid=abc123")[0] == "hit"


def test_publishing_a_story_refreshes_every_page_that_shows_it(front, zone_story):
    urls = [
        f"{front}/pl/strefy/teofilow/herbatka/",
        f"{front}/pl/historie/",
        f"{front}/pl/historie/?zone=teofilow",
        f"{front}/pl/strefy/teofilow/",
        f"{front}/pl/strefy/teofilow/feed/rss/",
    ]
    for url in urls:
        fetch(url)
        assert fetch(url)[0] == "hit", url

    story = zone_story["story"]
    story.title = "Herbatka u sąsiadów"
    story.save_revision().publish()

    for url in urls:
        state, body = fetch(url)
        assert state == "miss", url
        assert "Herbatka u sąsiadów" in body, url


def test_publishing_a_story_refreshes_the_search_page_in_every_language(front, zone_story):
    urls = [f"{front}{path}?q=herbatka" for path in ("/pl/szukaj/", "/en/search/", "/uk/poshuk/")]
    for url in urls:
        fetch(url)
        assert fetch(url)[0] == "hit", url

    zone_story["story"].save_revision().publish()

    for url in urls:
        assert fetch(url)[0] == "miss", url


@pytest.mark.parametrize("remove", ["unpublish", "delete"])
def test_an_unpublished_or_deleted_story_leaves_the_cached_listings(front, zone_story, remove):
    urls = [f"{front}/pl/historie/", f"{front}/pl/strefy/teofilow/"]
    for url in urls:
        fetch(url)
        assert "Pierwsza herbatka" in fetch(url)[1]

    getattr(zone_story["story"], remove)()

    for url in urls:
        assert "Pierwsza herbatka" not in fetch(url)[1], url


def test_logged_in_requests_are_never_cached_nor_served_to_others(front, zone_story, client):
    editor = get_user_model().objects.create_superuser(
        "redaktorka", "redaktorka@example.org", "haslo-haslo-1"
    )
    client.force_login(editor)
    session = {"Cookie": f"sessionid={client.cookies['sessionid'].value}"}
    url = f"{front}/pl/strefy/teofilow/"

    for _ in range(2):
        state, body = fetch(url, headers=session)
        assert state == "pass"
        assert "wagtail-userbar" in body

    state, body = fetch(url)
    assert "wagtail-userbar" not in body
    assert fetch(url, headers=session)[0] == "pass"


def test_a_form_page_keeps_working_with_its_csrf_token(front, home):
    form_page = FormPageFactory(parent=home)
    FormFieldFactory(page=form_page, label="Wiadomość", field_type="multiline", sort_order=0)
    form_page.save_revision().publish()
    jar = http.cookiejar.CookieJar()
    visitor = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    state, body = fetch(f"{front}/pl/kontakt/", opener=visitor)
    assert state != "hit"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)
    assert any(cookie.name == "csrftoken" for cookie in jar)

    form = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "wiadomosc": "Dzień dobry!"}).encode()
    state, body = fetch(
        f"{front}/pl/kontakt/", opener=visitor, data=form, headers={"Referer": f"{front}/pl/kontakt/"}
    )
    assert state == "pass"
    assert form_page.get_submission_class().objects.filter(page=form_page).count() == 1


@pytest.fixture
def workshop(home, locales, monkeypatch):
    fix_clock(monkeypatch, warsaw(2030, 5, 1, 12))
    return open_workshop(translated_agenda(home, locales))


def test_a_confirmation_refreshes_the_seats_shown_on_the_event_page_and_nothing_else(front, workshop):
    url = f"{front}/pl/kalendarium/warsztaty/"
    listings = [f"{front}/pl/kalendarium/", f"{front}/pl/"]
    for address in [url, *listings]:
        fetch(address)
    assert "Zostały 2 miejsca." in fetch(url)[1]

    person = booking.Person(
        name="Anna", email="anna@example.org", seats=1, language="pl", consent_text="Zgoda."
    )
    registration = booking.book(workshop, person)
    assert fetch(url)[0] == "hit", "a registration nobody confirmed changes no page"
    booking.confirm(registration)

    state, body = fetch(url)
    assert state == "miss"
    assert "Zostało 1 miejsce." in body
    assert [fetch(address)[0] for address in listings] == ["hit", "hit"]


def test_publishing_an_event_refreshes_its_calendar_feeds(front, workshop):
    feeds = [f"{front}/pl/calendar/events.ics", f"{front}/pl/calendar/events.ics?type=meeting"]
    for url in feeds:
        fetch(url)
        assert fetch(url)[0] == "hit"

    workshop.title = "Warsztaty przeniesione"
    workshop.save_revision().publish()

    for url in feeds:
        assert "SUMMARY:Warsztaty przeniesione" in fetch(url)[1], url


def test_personal_pages_pass_the_cache(front, workshop):
    person = booking.Person(
        name="Anna", email="anna@example.org", seats=1, language="pl", consent_text="Zgoda."
    )
    registration = booking.confirm(booking.book(workshop, person))
    calendar = links.personal_calendar(registration.email)
    for url in (
        f"{front}/pl/calendar/personal/{calendar.token}.ics",
        f"{front}/pl/zapisy/{workshop.pk}/",
    ):
        assert fetch(url)[0] == "pass"
        assert fetch(url)[0] == "pass"


@pytest.mark.parametrize("method", ["PURGE", "BAN"])
def test_a_visitor_cannot_purge_through_the_public_side(front, zone_story, method):
    url = f"{front}/pl/strefy/teofilow/herbatka/"
    fetch(url)

    assert refused(url, method) == 405
    assert fetch(url)[0] == "hit"


def test_http_and_https_answers_are_kept_apart(front, zone_story):
    url = f"{front}/pl/strefy/teofilow/"
    fetch(url, headers={"X-Forwarded-Proto": "http"})
    assert fetch(url, headers={"X-Forwarded-Proto": "http"})[0] == "hit"

    assert fetch(url, headers={"X-Forwarded-Proto": "https"})[0] == "miss"


def test_registration_closing_shows_on_the_first_request_after_it(front, home, locales, monkeypatch):
    """The site's clock runs from noon on 1 May 2030 at the real pace, as Varnish's does; registration
    closes ten seconds in (time enough for the first two requests on a busy machine)."""
    started, real_start = warsaw(2030, 5, 1, 12), timezone.now()
    monkeypatch.setattr("core.clock.now", lambda: started + (timezone.now() - real_start))
    closes = started + timedelta(seconds=10)
    open_workshop(translated_agenda(home, locales), registration_closes=closes)
    url = f"{front}/pl/kalendarium/warsztaty/"
    assert "Zostały 2 miejsca." in fetch(url)[1]
    assert fetch(url)[0] == "hit"

    while clock.now() < closes:
        time.sleep(0.1)
    state, body = fetch(url)

    assert state == "miss"
    assert "Zapisy są zamknięte." in body


def test_editing_a_speaker_refreshes_the_sessions_that_show_her(front, home, monkeypatch):
    fix_clock(monkeypatch, warsaw(2030, 5, 1, 12))
    forum = ForumPageFactory(parent=home)
    speaker = SpeakerFactory(name="Anna Kowalska", slug="anna-kowalska")
    session = SessionPageFactory(parent=forum, title="Otwarcie", slug="otwarcie")
    SessionSpeakerFactory(session=session, speaker=speaker, sort_order=0)
    session.save_revision().publish()
    urls = [
        f"{front}/pl/forum-sasiedzkie/otwarcie/",
        f"{front}/pl/forum-sasiedzkie/prelegenci/",
        f"{front}/pl/forum-sasiedzkie/prelegenci/anna-kowalska/",
    ]
    for url in urls:
        fetch(url)
        assert fetch(url)[0] == "hit", url

    speaker.name = "Anna Nowak-Kowalska"
    speaker.save()

    for url in urls:
        state, body = fetch(url)
        assert state == "miss", url
        assert "Anna Nowak-Kowalska" in body, url


def test_a_new_search_promotion_refreshes_the_search_page(front, zone_story):
    url = f"{front}/pl/szukaj/?q=herbatka"
    fetch(url)
    assert fetch(url)[0] == "hit"

    SearchPromotion.objects.create(query=Query.get("herbatka"), page=zone_story["story"], sort_order=0)

    cached, body = fetch(url)
    assert cached == "miss"
    assert 'id="promoted-heading"' in body


def test_editing_the_site_settings_refreshes_every_page(front, zone_story):
    urls = [f"{front}/pl/", f"{front}/pl/strefy/teofilow/herbatka/", f"{front}/en/"]
    for url in urls:
        fetch(url)
        assert fetch(url)[0] == "hit", url

    site_settings = SiteSettings.for_site(Site.objects.get())
    site_settings.organisation_name = "Stowarzyszenie Sąsiedzi"
    site_settings.save()

    for url in urls:
        assert fetch(url)[0] == "miss", url


def test_purges_are_sent_by_the_task_worker_after_the_change(front, zone_story, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    url = f"{front}/pl/strefy/teofilow/herbatka/"
    fetch(url)
    story = zone_story["story"]
    story.title = "Herbatka u sąsiadów"
    story.save_revision().publish()

    assert fetch(url)[0] == "hit", "nothing was purged inside the change itself"

    call_command("db_worker", batch=True, verbosity=0)
    state, body = fetch(url)
    assert state == "miss"
    assert "Herbatka u sąsiadów" in body


def test_a_moved_page_leaves_its_old_address_and_listing(front, zone_story):
    old_zone_page = f"{front}/pl/strefy/teofilow/"
    fetch(old_zone_page)
    assert "Pierwsza herbatka" in fetch(old_zone_page)[1]
    other_zone = ZonePageFactory(parent=zone_story["zone"].get_parent(), title="Strefa Bałuty", slug="baluty")

    zone_story["story"].move(other_zone, pos="last-child")

    assert "Pierwsza herbatka" not in fetch(old_zone_page)[1]
