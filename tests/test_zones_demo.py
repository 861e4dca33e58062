"""The zones' demo content: complete in three languages, and a second run changes nothing."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import Page, Workflow

from demo.builders import zones as zones_demo
from zones.editors import WORKFLOW_NAME
from zones.models import (
    GuideChapterPage,
    LocalLeader,
    NeedsFinding,
    StoryPage,
    Topic,
    TrainingMaterialPage,
    ZoneIndexPage,
    ZonePage,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_site, db):
    """The demo as `load_demo` builds it (once for this module)."""


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Page,
            ZonePage,
            StoryPage,
            TrainingMaterialPage,
            GuideChapterPage,
            Topic,
            NeedsFinding,
            LocalLeader,
            Group,
            Workflow,
        )
    }


def test_demo_has_what_the_programme_describes_and_renders_in_every_language(client, demo):
    for code in ("pl", "en", "uk"):
        for model in (ZoneIndexPage, ZonePage, StoryPage, TrainingMaterialPage, GuideChapterPage):
            page = model.objects.filter(locale__language_code=code).last()
            assert client.get(page.url).status_code == 200, page.url
        assert ZonePage.objects.filter(locale__language_code=code, is_demo=True).count() == 6
        assert StoryPage.objects.filter(locale__language_code=code).count() == 12
        assert TrainingMaterialPage.objects.filter(locale__language_code=code).count() == 8
        assert GuideChapterPage.objects.filter(locale__language_code=code).count() == 5
        assert Topic.objects.filter(locale__language_code=code).count() == 4
    zone = ZonePage.objects.get(locale__language_code="en", slug="teofilow")
    assert zone.title == "Teofilów zone"
    assert zone.local_leaders.count() == 2
    assert zone.needs_findings.first().label == "Places for neighbours to meet"
    assert Group.objects.filter(name__startswith="Redakcja strefy: ").count() == 6
    assert Workflow.objects.get(name=WORKFLOW_NAME).workflow_pages.count() == 3


def test_second_run_changes_nothing(demo):
    before = counts()

    zones_demo.build()

    assert counts() == before


def test_demo_editors_are_refused_without_debug(settings, db):
    settings.DEBUG = False

    with pytest.raises(CommandError):
        call_command("demo_editors", stdout=io.StringIO())

    assert not get_user_model().objects.filter(username="komunikacja").exists()


def test_demo_editors_belong_to_a_zone_group_and_to_communications(settings, demo):
    settings.DEBUG = True
    output = io.StringIO()

    call_command("demo_editors", stdout=output)
    call_command("demo_editors", stdout=output)

    zone_editor = get_user_model().objects.get(username="redakcja-strefy")
    assert [group.name for group in zone_editor.groups.all()] == ["Redakcja strefy: Strefa Chojny"]
    assert [group.name for group in get_user_model().objects.get(username="komunikacja").groups.all()] == [
        "Komunikacja"
    ]
    assert "password sas-demo-editor" in output.getvalue()


def test_a_zones_rows_are_translations_of_one_another(demo):
    polish = ZonePage.objects.get(locale__language_code="pl", slug="teofilow")
    ukrainian = ZonePage.objects.get(locale__language_code="uk", slug="teofilow")

    pairs = zip(polish.needs_findings.all(), ukrainian.needs_findings.all(), strict=True)

    assert all(pl.translation_key == uk.translation_key for pl, uk in pairs)
    assert ukrainian.needs_findings.first().label == "Місця для зустрічей сусідів"
    assert ukrainian.needs_findings.first().locale.language_code == "uk"
