"""The list of zones with its map, and a zone's page with its diagnosis, leaders and local action."""

import json
import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail import hooks
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, TranslationSource

from tests.factories.zones import (
    LocalLeaderFactory,
    NeedsFindingFactory,
    OpeningHoursFactory,
    ZonePageFactory,
    translated,
    zone_indexes,
)
from zones.models import NeedsFinding

pytestmark = pytest.mark.django_db

INDEX_TITLES = {"pl": "Strefy", "en": "Zones", "uk": "Зони"}


@pytest.fixture
def indexes(homes, locales):
    return zone_indexes(homes, locales)


@pytest.fixture
def zone(indexes, locales):
    zone = ZonePageFactory(
        parent=indexes["pl"],
        title="Strefa Teofilów",
        branch_name="Filia nr 12",
        street="ul. Rojna 18",
        postal_code="91-134",
        step_free_entry=True,
        action_title="Sąsiedzki ogród",
        action_goal="Wspólny ogród przy bibliotece.",
    )
    OpeningHoursFactory(zone=zone, weekday=0)
    NeedsFindingFactory(zone=zone, label="Miejsca spotkań", value=Decimal("62"), unit="%")
    NeedsFindingFactory(zone=zone, label="Zajęcia dla dzieci", value=Decimal("41.5"), unit="%")
    NeedsFindingFactory(zone=zone, kind=NeedsFinding.RESOURCE, label="Kluby seniora", value=3, unit="")
    LocalLeaderFactory(zone=zone, name="Maria Kowalska")
    zone.save_revision().publish()
    return translated(
        zone,
        locales,
        en={"title": "Teofilów zone", "action_title": "A garden for neighbours"},
        uk={"title": "Зона Теофілув", "action_title": "Сусідський сад"},
    )


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_zone_index_lists_zones_as_cards_and_map_data(client, indexes, zone, language):
    response = client.get(indexes[language].url)

    assert response.status_code == 200
    content = response.content.decode()
    assert f"<h1>{INDEX_TITLES[language]}</h1>" in content
    assert f'href="{zone[language].url}"' in content
    assert "Filia nr 12" in content
    assert "ul. Rojna 18, 91-134 Łódź" in content
    assert "vendor/leaflet/leaflet.js" in content
    assert "zones/zone-map.js" in content
    assert "tile.openstreetmap.org" in content
    data = json.loads(
        re.search(r'<script id="zone-map-data" type="application/json">(.*?)</script>', content)[1]
    )
    assert data == [
        {
            "title": zone[language].title,
            "url": zone[language].url,
            "address": "ul. Rojna 18, 91-134 Łódź",
            "lat": 51.75924,
            "lng": 19.45598,
        }
    ]


def test_zone_index_without_zones_says_so(client, indexes):
    response = client.get(indexes["en"].url)

    assert "No zones have been published yet." in response.content.decode()


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_zone_page_shows_visit_details_diagnosis_leaders_and_action(client, zone, language):
    response = client.get(zone[language].url)

    assert response.status_code == 200
    content = response.content.decode()
    assert f"<h1>{zone[language].title}</h1>" in content
    assert "ul. Rojna 18<br>91-134 Łódź" in content
    assert 'href="mailto:anna.nowak@example.org"' in content
    assert 'href="tel:+48421234567"' in content
    assert "10:00–18:00" in content
    assert "Maria Kowalska" in content
    assert zone[language].action_title in content
    assert 'id="diagnosis"' in content


def test_zone_page_says_which_accessibility_features_the_venue_has(client, zone):
    content = client.get(zone["en"].url).content.decode()

    assert "<li>Step-free entry</li>" in content
    assert "<li>No accessible toilet</li>" in content
    assert "<li>No induction loop</li>" in content


def test_zone_page_marks_demo_data(client, zone):
    page = zone["en"]
    page.is_demo = True
    page.save_revision().publish()

    assert "demo data" in client.get(page.url).content.decode()


def test_diagnosis_chart_has_title_description_and_labels_and_the_table_has_the_same_data(client, zone):
    content = client.get(zone["en"].url).content.decode()

    need_chart = re.search(
        r'<svg[^>]*aria-labelledby="chart-need-title chart-need-desc".*?</svg>', content, re.S
    )[0]
    assert 'role="img"' in need_chart
    assert '<title id="chart-need-title">Needs named by residents</title>' in need_chart
    assert (
        '<desc id="chart-need-desc">A bar chart of 2 findings. The largest: Miejsca spotkań, 62 %.</desc>'
        in need_chart
    )
    assert re.findall(r"<text[^>]*>([^<]+)</text>", need_chart) == [
        "Miejsca spotkań",
        "62 %",
        "Zajęcia dla dzieci",
        "41.5 %",
    ]
    assert 'id="chart-resource-title"' in content
    table = re.search(r'<table class="table table-striped zone-findings">.*?</table>', content, re.S)[0]
    rows = [
        [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row)]
        for row in re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>")[1])
    ]
    assert rows == [
        ["Need", "Miejsca spotkań", "62 %", "Ankieta wśród mieszkańców", "2022"],
        ["Need", "Zajęcia dla dzieci", "41.5 %", "Ankieta wśród mieszkańców", "2022"],
        ["Resource", "Kluby seniora", "3", "Ankieta wśród mieszkańców", "2022"],
    ]


def test_diagnosis_uses_polish_number_format_in_polish(client, zone):
    content = client.get(zone["pl"].url).content.decode()

    assert "41,5 %" in content


def test_leader_photo_is_shown_only_with_recorded_consent(client, indexes):
    photo = Image.objects.create(title="Portret", file=get_test_image_file())
    zone = ZonePageFactory(parent=indexes["pl"])
    LocalLeaderFactory(zone=zone, name="Bez zgody", photo=photo, photo_consent=False)
    zone.save_revision().publish()
    assert 'class="rounded-circle"' not in client.get(zone.url).content.decode()

    leader = zone.local_leaders.get()
    leader.photo_consent = True
    leader.save()

    assert 'class="rounded-circle"' in client.get(zone.url).content.decode()


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [
        (Decimal("52.22977"), Decimal("21.01178")),
        (Decimal("51.75924"), Decimal("18.9")),
        (Decimal("50"), Decimal("19.45")),
    ],
)
def test_coordinates_outside_lodz_are_refused(indexes, latitude, longitude):
    zone = ZonePageFactory.build(latitude=latitude, longitude=longitude)

    with pytest.raises(ValidationError) as error:
        zone.full_clean(exclude=["path", "depth", "content_type", "locale", "translation_key"])

    assert {"latitude", "longitude"} & set(error.value.message_dict)


def test_zone_page_has_a_place_for_the_forum_to_add_events(client, zone):
    def events(request, page):
        return "zones/includes/anchored_heading.html", {
            "block": {"value": {"text": f"Events in {page.title}", "level": "h2"}},
            "anchor": "events",
        }

    with hooks.register_temporarily("page_sections:zone", events):
        content = client.get(zone["en"].url).content.decode()

    assert '<h2 id="events">Events in Teofilów zone</h2>' in content


def test_wagtail_localize_offers_the_zones_rows_for_translation(zone):
    source, _created = TranslationSource.get_or_create_from_instance(zone["pl"])

    strings = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))

    assert {"Miejsca spotkań", "Prowadzi klub seniora", "Sąsiedzki ogród"} <= strings


def test_editors_get_the_zone_form_with_help_texts_in_polish(client, indexes, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = "pl"
    profile.save()
    client.force_login(admin)

    response = client.get(reverse("wagtailadmin_pages:add", args=["zones", "zonepage", indexes["pl"].pk]))

    assert response.status_code == 200
    content = response.content.decode()
    assert "Pełna nazwa filii, w której działa strefa" in content
    assert "Zgoda na publikację zdjęcia" in content


def test_a_zone_edit_shows_at_once_and_a_preview_never_reaches_visitors(client, indexes):
    """The zone's description is rendered once and kept, until anything is published."""
    zone = ZonePageFactory(parent=indexes["pl"], intro="Stary opis strefy.")
    assert "Stary opis strefy." in client.get(zone.url).content.decode()

    draft = zone.get_latest_revision_as_object()
    draft.intro = "Nowy opis strefy."
    draft.save_revision()
    preview = draft.make_preview_request().content.decode()
    assert "Nowy opis strefy." in preview

    visitor = client.get(zone.url).content.decode()
    assert "Stary opis strefy." in visitor
    assert "Nowy opis strefy." not in visitor

    zone.get_latest_revision().publish()
    assert "Nowy opis strefy." in client.get(zone.url).content.decode()
