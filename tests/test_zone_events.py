"""A zone's events live under the zone's page: its librarians add and edit them there and submit them
for moderation (never publish), communications staff approve them, and the agenda of each language
lists them with the programme's events; an event moved there still answers at its old address."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from core.caching.front_cache import urls_showing
from demo.builders.forum import move_to_zone
from forum.models import EventPage
from tests.factories.forum import EventPageFactory, fix_clock, translated_agenda, warsaw
from tests.factories.home import translate
from tests.factories.zones import ZonePageFactory, translated, zone_indexes
from zones.editors import ensure_editors

pytestmark = pytest.mark.django_db

AGENDA = {"pl": "/pl/kalendarium/", "en": "/en/agenda/", "uk": "/uk/kalendar/"}


@pytest.fixture
def agenda(home, locales, monkeypatch):
    fix_clock(monkeypatch, warsaw(2030, 5, 1, 12))
    return translated_agenda(home, locales)


@pytest.fixture
def zones(homes, locales):
    index = zone_indexes(homes, locales)
    found = {}
    for key, title, slug in (("a", "Strefa Teofilów", "teofilow"), ("b", "Strefa Retkinia", "retkinia")):
        zone = ZonePageFactory(parent=index["pl"], title=title, slug=slug)
        found[key] = translated(zone, locales)
    return found


@pytest.fixture
def people(zones):
    communications, zone_groups = ensure_editors()

    def member(group, username):
        user = get_user_model().objects.create_user(username, f"{username}@example.org", "x")
        user.groups.add(group)
        return user

    return {"ala": member(zone_groups[0], "ala"), "kasia": member(communications, "kasia")}


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["forum", "eventpage", parent.pk])


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def event_form(title, slug, zone, action=None):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "event_type": "workshop",
            "start": "2030-05-12 17:00",
            "end": "2030-05-12 19:00",
            "repeat": "",
            "repeat_interval": "1",
            "repeat_exceptions": streamfield([]),
            "zone": str(zone.pk),
            "attendance": "in_person",
            "status": "scheduled",
            "audience": "everyone",
            "language": "pl",
            "max_seats_per_registration": "1",
            "body": streamfield([]),
        }
    )
    if action:
        data[action] = "1"
    return data


def refused(response):
    """Wagtail turns a page the editor may not touch away, to the admin's dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def agenda_titles(client, code, **filters):
    return client.get(AGENDA[code], filters).content.decode()


def test_a_zone_editor_adds_an_event_in_her_zone_which_takes_place_there(client, agenda, zones, people):
    client.force_login(people["ala"])
    zone = zones["a"]["pl"]

    form = client.get(add_url(zone))
    created = client.post(add_url(zone), event_form("Warsztaty z kompostowania", "kompost", zone))

    assert form.status_code == 200
    assert f'name="zone" value="{zone.pk}"' in form.content.decode()
    assert created.status_code == 302
    event = EventPage.objects.child_of(zone).get(slug="kompost")
    assert event.zone_id == zone.pk
    assert not event.live


def test_a_zone_editor_is_refused_in_another_zone(client, agenda, zones, people):
    other = zones["b"]["pl"]
    event = EventPageFactory(parent=other, title="Piknik na Retkini", zone=other)
    client.force_login(people["ala"])

    assert refused(client.get(add_url(other)))
    assert refused(client.post(add_url(other), event_form("Przejęte", "przejete", other)))
    assert refused(client.get(edit_url(event)))
    assert refused(client.post(edit_url(event), event_form("Przejęte", event.slug, other, "action-publish")))
    event.refresh_from_db()
    assert event.title == "Piknik na Retkini"
    assert not event.has_unpublished_changes
    assert not EventPage.objects.filter(slug="przejete").exists()


def test_a_zone_editor_s_publish_leaves_the_public_event_unchanged(client, agenda, zones, people):
    zone = zones["a"]["pl"]
    event = EventPageFactory(parent=zone, title="Spacer po osiedlu", zone=zone)
    client.force_login(people["ala"])

    edit = client.get(edit_url(event)).content.decode()
    response = client.post(edit_url(event), event_form("Spacer odwołany", event.slug, zone, "action-publish"))
    created = client.post(add_url(zone), event_form("Nowe", "nowe", zone, "action-publish"))

    assert "action-publish" not in edit
    assert "action-submit" in edit
    assert response.status_code == 302 and created.status_code == 302
    event.refresh_from_db()
    assert event.title == "Spacer po osiedlu"
    assert event.has_unpublished_changes
    assert not EventPage.objects.get(slug="nowe").live
    assert "Spacer po osiedlu" in agenda_titles(client, "pl")
    assert "Spacer odwołany" not in agenda_titles(client, "pl")


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
def test_a_submitted_event_waits_for_communications_who_are_told_and_approve_it(
    client, agenda, zones, people, code, django_capture_on_commit_callbacks
):
    zone = zones["a"][code]
    client.force_login(people["ala"])

    with django_capture_on_commit_callbacks(execute=True):
        client.post(add_url(zone), event_form("Kawiarenka językowa", "kawiarenka", zone, "action-submit"))

    event = EventPage.objects.child_of(zone).get(slug="kawiarenka")
    state = WorkflowState.objects.get(object_id=str(event.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert "W moderacji" in client.get(edit_url(event)).content.decode()
    assert [message.to for message in mail.outbox] == [["kasia@example.org"]]
    assert "Kawiarenka językowa" in mail.outbox[0].subject
    assert "Kawiarenka językowa" not in agenda_titles(client, code)

    client.force_login(people["kasia"])
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[event.pk, "approve", state.current_task_state.pk]
    )
    client.post(approve, {"comment": ""})

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    client.logout()
    assert "Kawiarenka językowa" in agenda_titles(client, code)
    assert "Kawiarenka językowa" in agenda_titles(client, code, zone=zone.slug)
    assert client.get(f"{zone.url}kawiarenka/").status_code == 200


def test_communications_staff_publish_any_zone_s_event_at_once(client, agenda, zones, people):
    zone = zones["b"]["pl"]
    event = EventPageFactory(parent=zone, title="Koncert", zone=zone)
    client.force_login(people["kasia"])

    client.post(edit_url(event), event_form("Koncert w ogrodzie", event.slug, zone, "action-publish"))

    event.refresh_from_db()
    assert event.title == "Koncert w ogrodzie"
    assert not event.has_unpublished_changes


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
def test_the_agenda_lists_the_zones_and_the_programme_s_events_and_the_feed_too(
    client, agenda, zones, locales, code
):
    zone = zones["a"]["pl"]
    in_zone = EventPageFactory(
        parent=zone, title="Warsztat w strefie", zone=zone, start=warsaw(2030, 5, 3, 17)
    )
    programme = EventPageFactory(
        parent=agenda, title="Szkolenie wszystkich stref", start=warsaw(2030, 5, 4, 17)
    )
    for event in (in_zone, programme):
        translate(event, locales["en"], title=f"{event.title} EN")
        translate(event, locales["uk"], title=f"{event.title} UK")
    suffix = {"pl": "", "en": " EN", "uk": " UK"}[code]

    listed = agenda_titles(client, code)
    month = client.get(f"{AGENDA[code]}2030/5/").content.decode()
    with_zone_filter = agenda_titles(client, code, zone=zones["a"][code].slug)
    feed = client.get(reverse("calendar_events").replace("/pl/", f"/{code}/")).content.decode()

    for content in (listed, month):
        assert f"Warsztat w strefie{suffix}" in content
        assert f"Szkolenie wszystkich stref{suffix}" in content
    assert f"Warsztat w strefie{suffix}" in with_zone_filter
    assert f"Szkolenie wszystkich stref{suffix}" not in with_zone_filter
    assert f"SUMMARY:Warsztat w strefie{suffix}" in feed
    assert f"SUMMARY:Szkolenie wszystkich stref{suffix}" in feed


def test_a_zone_s_event_changing_refreshes_the_agenda_of_each_language_in_the_front_cache(
    agenda, zones, locales
):
    zone = zones["a"]["pl"]
    event = EventPageFactory(parent=zone, title="Warsztat", slug="warsztat", zone=zone)
    translate(event, locales["en"], title="Workshop", slug="workshop")

    urls = urls_showing(event)

    root = agenda.get_site().root_url
    assert {f"{root}/pl/kalendarium/", f"{root}/en/agenda/", f"{root}{zones['a']['en'].url}workshop/"} <= set(
        urls
    )


def test_an_event_moved_under_its_zone_answers_at_its_old_address(client, agenda, zones, locales):
    zone = zones["a"]["pl"]
    event = EventPageFactory(parent=agenda, title="Mural", slug="mural", zone=zone)
    translate(event, locales["en"], title="Mural EN", slug="mural-en")
    translate(event, locales["uk"], title="Mural UK", slug="mural-uk")

    move_to_zone(agenda, {"pl": {"title": "Mural"}}, zone)

    for old, code in (
        ("/pl/kalendarium/mural/", "pl"),
        ("/en/agenda/mural-en/", "en"),
        ("/uk/kalendar/mural-uk/", "uk"),
    ):
        response = client.get(old)
        moved = event.get_translation(locales[code])
        assert response.status_code == 301
        assert response["Location"] == moved.url
        assert moved.get_parent().pk == zones["a"][code].pk
        assert client.get(response["Location"]).status_code == 200
