"""The demo's ideas: three to five per zone in the authors' languages, one selected as the zone's
local action and one rejected with a reason, with supports; a second run adds none."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from ideas.models import Idea, IdeaStatus, IdeaSupport
from zones.models import ZonePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_site, db):
    """The demo as `load_demo` builds it (once for this module)."""


def test_every_zone_has_ideas_one_selected_and_one_rejected_with_a_reason(demo):
    zones = ZonePage.objects.filter(locale=Locale.get_default())
    assert zones.count() == 6
    for zone in zones:
        ideas = Idea.objects.filter(zone=zone)
        assert 3 <= ideas.count() <= 5, zone.title
        assert {idea.language for idea in ideas} == {"pl", "en", "uk"}, zone.title
        assert ideas.filter(status__in=[IdeaStatus.SELECTED, IdeaStatus.DONE]).count() == 1, zone.title
        assert ideas.filter(status=IdeaStatus.REJECTED).exclude(status_reason="").exists(), zone.title
        assert IdeaSupport.objects.filter(idea__zone=zone, email_confirmed_at__isnull=False).exists()


def test_the_zone_page_links_its_chosen_idea_in_each_language(demo, client):
    for zone in ZonePage.objects.live().select_related("locale"):
        chosen = Idea.objects.get(zone__translation_key=zone.translation_key, status__in=["selected", "done"])
        text = client.get(zone.url).content.decode()
        assert f'href="/{zone.locale.language_code}/ideas/{chosen.pk}/"' in text, zone.url


def test_a_second_run_adds_no_idea_or_support(demo):
    before = (Idea.objects.count(), IdeaSupport.objects.count())
    call_command("load_demo", stdout=StringIO())
    assert (Idea.objects.count(), IdeaSupport.objects.count()) == before
