"""The anonymous page cache: hits, invalidation on publish, and never for editors or forms."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Site

from core.caching.page_cache import invalidate
from home.models import SiteSettings
from tests.factories.forum import confirmed_booking, open_workshop
from tests.factories.home import FormFieldFactory, FormPageFactory, StandardPageFactory, translate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings, home):
    """The cache switched on, on a site whose settings row exists (its first read creates it)."""
    SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.PAGE_CACHE_SECONDS = 600
    invalidate()


def test_second_anonymous_request_is_a_hit_without_queries(client, home):
    StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")
    first = client.get("/pl/o-projekcie/")
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as captured:
        second = client.get("/pl/o-projekcie/")
    assert second["X-Page-Cache"] == "hit"
    # Without Redis the generation every process shares is read from the database: one query.
    assert len(captured) == (0 if settings.REDIS_URL else 1)
    assert second.content == first.content
    # Served before the rest of the middleware, a hit still carries every header the miss got.
    for header in ("Content-Language", "Content-Security-Policy", "X-Frame-Options", "Permissions-Policy"):
        assert second[header] == first[header]


def test_publishing_shows_the_change_on_the_next_request(client, home):
    page = StandardPageFactory(parent=home, title="Stary tytuł", slug="o-projekcie", show_in_menus=True)
    assert "Stary tytuł" in client.get("/pl/").content.decode()
    assert "Stary tytuł" in client.get("/pl/o-projekcie/").content.decode()
    page.title = "Nowy tytuł"
    page.save_revision().publish()
    assert "Nowy tytuł" in client.get("/pl/o-projekcie/").content.decode()
    assert "Nowy tytuł" in client.get("/pl/").content.decode()


def test_unpublishing_removes_the_page_from_listings(client, home):
    page = StandardPageFactory(parent=home, title="Znikająca", slug="znikajaca", show_in_menus=True)
    assert "Znikająca" in client.get("/pl/").content.decode()
    page.unpublish()
    assert "Znikająca" not in client.get("/pl/").content.decode()
    assert client.get("/pl/znikajaca/").status_code == 404


def test_logged_in_users_are_never_served_or_stored(client, home, django_user_model):
    client.get("/pl/")
    client.force_login(django_user_model.objects.create_superuser("ed", "e@example.org", "haslo-haslo"))
    response = client.get("/pl/")
    assert "X-Page-Cache" not in response
    client.logout()
    assert client.get("/en/")["X-Page-Cache"] == "miss"


def test_form_pages_are_not_cached_and_csrf_keeps_working(home):
    from django.test import Client

    form_page = FormPageFactory(parent=home)
    FormFieldFactory(page=form_page, label="E-mail", field_type="email")
    form_page.save_revision().publish()
    for _visitor in range(2):
        visitor = Client(enforce_csrf_checks=True)
        response = visitor.get("/pl/kontakt/")
        assert "X-Page-Cache" not in response
        token = response.content.decode().split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
        posted = visitor.post("/pl/kontakt/", {"csrfmiddlewaretoken": token, "e_mail": "a@example.org"})
        assert posted.status_code == 200
        assert "Dziękujemy" in posted.content.decode()


def test_display_preferences_get_their_own_copy(client, home):
    client.get("/pl/")
    client.post("/display-preferences/", {"contrast": "high", "next": "/pl/"})
    response = client.get("/pl/")
    assert 'class="pref-contrast-high"' in response.content.decode()


def test_a_registration_refreshes_only_the_pages_showing_its_seats(
    client, agenda, locales, django_capture_on_commit_callbacks
):
    workshop = open_workshop(agenda)
    translate(workshop, locales["en"], title="Workshop", slug="workshop")
    pages = ["/pl/kalendarium/warsztaty/", "/en/agenda/workshop/"]
    listings = ["/pl/kalendarium/", "/pl/"]
    for path in pages + listings:
        client.get(path)
    assert "Zostały 2 miejsca." in client.get(pages[0]).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        confirmed_booking(workshop)

    refreshed = [client.get(path) for path in pages]
    assert [response["X-Page-Cache"] for response in refreshed] == ["miss", "miss"]
    assert "Zostało 1 miejsce." in refreshed[0].content.decode()
    assert "1 seat left." in refreshed[1].content.decode()
    assert [client.get(path)["X-Page-Cache"] for path in listings] == ["hit", "hit"]


def test_a_search_promotion_shows_on_the_next_search(client, home):
    page = StandardPageFactory(parent=home, title="Zapisy na Forum", slug="zapisy")
    assert "promoted-heading" not in client.get("/pl/szukaj/", {"q": "forum"}).content.decode()
    assert client.get("/pl/szukaj/", {"q": "forum"})["X-Page-Cache"] == "hit"

    SearchPromotion.objects.create(query=Query.get("forum"), page=page, description="Zapisy", sort_order=0)

    content = client.get("/pl/szukaj/", {"q": "forum"}).content.decode()
    assert 'id="promoted-heading"' in content
    assert 'href="/pl/zapisy/">Zapisy na Forum</a>' in content
