"""The demo content: built by one command (once for this module: loading it is the slowest step of
the suite), unchanged by a second run, complete in three languages, every page served; its ideas,
three to five per zone in the authors' languages, one selected as the zone's local action and one
rejected with a reason, with supports."""

import html
import io
import json
import re
from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Revision, Site, Workflow
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from core.text.slugs import slug_from_title
from demo.builders.forum import clear_of_holidays, demo_day, polish_public_holidays
from forum.agenda.recurrence import WARSAW
from forum.models import EventIndexPage, EventPage, ForumPage, SessionPage, Speaker
from home.models import SiteSettings
from ideas.models import Idea, IdeaStatus, IdeaSupport
from sas_cms.settings import dev
from tests.addresses import url_in
from zones.editors import WORKFLOW_NAME
from zones.models import (
    GuideChapterPage,
    LocalLeader,
    NeedsFinding,
    StoryPage,
    StoryTopic,
    Topic,
    TrainingMaterialPage,
    ZoneIndexPage,
    ZonePage,
)

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": list(
            Page.objects.order_by("path").values_list("path", "slug", "live", "locale__language_code")
        ),
        "revisions": Revision.objects.count(),
        "images": Image.objects.count(),
        "groups": list(Group.objects.order_by("name").values_list("name", flat=True)),
        "sites": list(Site.objects.values_list("hostname", "port", "root_page")),
        "settings": SiteSettings.objects.count(),
        **{
            model.__name__: model.objects.count()
            for model in (
                Topic,
                NeedsFinding,
                LocalLeader,
                Workflow,
                Idea,
                IdeaSupport,
                TranslationSource,
                Translation,
                StringTranslation,
            )
        },
    }


@pytest.fixture
def demo(demo_site, db):
    """The demo as `load_demo` builds it (once for the package)."""


def test_second_run_changes_nothing(demo):
    before = snapshot()
    call_command("load_demo", stdout=io.StringIO())
    assert snapshot() == before


def polish(model):
    return model.objects.filter(locale__language_code="pl")


def test_demo_has_the_programme_pages_in_three_languages(demo, client):
    for url, text in [
        ("/pl/o-projekcie/", "62 470 EUR"),
        ("/en/about-the-project/", "EUR 62,470"),
        ("/uk/pro-proyekt/", "62 470 євро"),
        ("/pl/partnerzy/", "Polsk-Norsk Forening Razem=Sammen"),
        ("/en/accessibility-statement/", "partially compliant with the act on digital accessibility"),
        ("/uk/kontakty/", "Повідомлення"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.content.decode(), url


def test_every_demo_page_is_served_in_its_language(demo, client):
    pages = Page.objects.live().filter(depth__gte=2).select_related("locale").specific()
    assert {page.locale.language_code for page in pages} == {"pl", "en", "uk"}
    for page in pages:
        url = page.get_url()
        response = client.get(url)
        assert response.status_code == 200, url
        assert f'<html lang="{page.locale.language_code}"' in response.content.decode(), url


def test_english_and_ukrainian_pages_are_translations_not_copies(demo):
    translations = list(
        Page.objects.live().filter(depth__gte=2).exclude(locale__language_code="pl").select_related("locale")
    )
    assert {page.locale.language_code for page in translations} == {"en", "uk"}
    for page in translations:
        polish = page.get_translation(Locale.get_default())
        assert page.title != polish.title, page.url_path


def test_every_translation_is_made_in_wagtail_localize_from_its_polish_source(demo):
    translated = [
        *Page.objects.filter(depth__gte=2).exclude(locale__language_code="pl"),
        *Speaker.objects.exclude(locale__language_code="pl"),
        *Topic.objects.exclude(locale__language_code="pl"),
        *StoryTopic.objects.exclude(locale__language_code="pl"),
    ]
    translations = {
        (translation.source.object_id, translation.target_locale_id): translation
        for translation in Translation.objects.filter(enabled=True).select_related("source__locale")
    }
    assert len(translations) == len(translated)
    for instance in translated:
        translation = translations[instance.translation_key, instance.locale_id]
        assert translation.source.locale.language_code == "pl"
        total, done = translation.get_progress()
        assert done == total > 0, instance


def translation_editor(response):
    """What wagtail-localize's translation editor shows (its props), or None for another editor."""
    found = re.search(r'class="js-translation-editor" data-props="([^"]*)"', response.content.decode())
    return found and json.dumps(json.loads(html.unescape(found[1])), ensure_ascii=False)


def test_the_admin_opens_a_ukrainian_demo_page_in_the_translation_editor(demo, admin_client):
    polish = ZonePage.objects.get(locale__language_code="pl", slug="strefa-teofilow")
    ukrainian = polish.get_translation(Locale.objects.get(language_code="uk"))
    speaker = Speaker.objects.get(locale__language_code="uk", slug="anna-kowalska")

    page_editor = translation_editor(admin_client.get(f"/admin/pages/{ukrainian.pk}/edit/"))
    snippet_editor = translation_editor(admin_client.get(f"/admin/snippets/forum/speaker/edit/{speaker.pk}/"))

    assert "Місця для зустрічей сусідів" in page_editor
    assert "Сусідська фундація" in snippet_editor
    assert translation_editor(admin_client.get(f"/admin/pages/{polish.pk}/edit/")) is None


def test_a_demo_loaded_before_translations_went_through_wagtail_localize_gets_them_unchanged(demo):
    """Databases built by the earlier demo have translated pages without wagtail-localize's records:
    the next run attaches them to their Polish sources and keeps their content."""
    Translation.objects.all().delete()
    TranslationSource.objects.all().delete()
    StringTranslation.objects.all().delete()
    before = snapshot()

    call_command("load_demo", stdout=io.StringIO())

    after = snapshot()
    assert after["TranslationSource"] > 0 and after["Translation"] == 2 * after["TranslationSource"]
    for key in ("TranslationSource", "Translation", "StringTranslation"):
        del before[key], after[key]
    assert after == before
    contact = Page.objects.get(locale__language_code="uk", slug="kontakty").specific
    assert [field.label for field in contact.form_fields.all()][-1] == "Повідомлення"


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
    zone = ZonePage.objects.get(locale__language_code="en", slug="teofilow-zone")
    assert zone.title == "Teofilów zone"
    assert zone.local_leaders.count() == 2
    assert zone.needs_findings.first().label == "Places for neighbours to meet"
    assert Group.objects.filter(name__startswith="Redakcja strefy: ").count() == 6
    assert Workflow.objects.get(name=WORKFLOW_NAME).workflow_pages.count() == 3


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


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
def test_each_zone_s_events_sit_under_its_zone_and_the_programme_s_under_the_agenda(demo, code):
    events = list(EventPage.objects.filter(locale__language_code=code).select_related("zone"))
    parents = {event.pk: event.get_parent().specific for event in events}
    in_zones = [event for event in events if isinstance(parents[event.pk], ZonePage)]

    assert len(in_zones) >= 15
    assert all(parents[event.pk].translation_key == event.zone.translation_key for event in in_zones)
    assert {type(parents[event.pk]) for event in events if event not in in_zones} == {EventIndexPage}
    assert {event.event_type for event in events if event not in in_zones} >= {"training", "forum"}


def test_the_demo_zone_editor_logs_in_and_adds_an_event_in_her_zone(client, settings, demo):
    settings.DEBUG = True
    settings.SECOND_FACTOR_EXEMPT_USERNAMES = dev.SECOND_FACTOR_EXEMPT_USERNAMES
    call_command("demo_editors", stdout=io.StringIO())

    login = client.post("/admin/login/", {"username": "redakcja-strefy", "password": "sas-demo-editor"})
    zone = polish(ZonePage).get(title="Strefa Chojny")
    form = client.get(f"/admin/pages/add/forum/eventpage/{zone.pk}/")

    assert (login.status_code, login["Location"]) == (302, "/admin/")
    assert form.status_code == 200
    assert f'name="zone" value="{zone.pk}"' in form.content.decode()


def test_a_zones_rows_are_translations_of_one_another(demo):
    polish = ZonePage.objects.get(locale__language_code="pl", slug="strefa-teofilow")
    ukrainian = ZonePage.objects.get(locale__language_code="uk", slug="zona-teofiluv")

    pairs = zip(polish.needs_findings.all(), ukrainian.needs_findings.all(), strict=True)

    assert all(pl.translation_key == uk.translation_key for pl, uk in pairs)
    assert ukrainian.needs_findings.first().label == "Місця для зустрічей сусідів"
    assert ukrainian.needs_findings.first().locale.language_code == "uk"


def test_agenda_has_every_kind_of_demo_event(demo):
    events = list(polish(EventPage))
    assert len(events) >= 20
    weekly = [event for event in events if event.repeat == "weekly"]
    assert weekly and weekly[0].event_type == "training" and len(weekly[0].recurrence_exceptions()) == 1
    assert any(event.status == "cancelled" for event in events)
    assert any(event.attendance == "online" for event in events)
    assert any(event.all_day for event in events)
    timed = [event for event in events if not event.all_day]
    offsets = {event.start.astimezone(WARSAW).utcoffset() for event in timed}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}, "events on both sides of a clock change"
    assert all(event.zone for event in events), "the zones' demo ran first"


def test_forum_programme_has_rooms_sessions_and_speakers(demo):
    forum = polish(ForumPage).get()
    assert forum.rooms.count() == 3
    sessions = list(SessionPage.objects.child_of(forum))
    assert len(sessions) >= 12
    assert {session.kind for session in sessions} == {"talk", "workshop", "panel", "break"}
    assert all(session.capacity for session in sessions if session.kind == "workshop")
    assert polish(Speaker).count() == 8


def test_the_forum_falls_on_a_working_friday_and_saturday(demo):
    forum = polish(ForumPage).get()
    days = [forum.start_date, forum.end_date]
    assert [day.weekday() for day in days] == [4, 5]
    assert not any(day in polish_public_holidays(day.year) for day in days)


@pytest.mark.parametrize(
    ("loaded_on", "first_day"),
    [
        (date(2026, 11, 26), date(2027, 1, 8)),  # Friday 1 January is New Year's Day
        (date(2027, 3, 20), date(2027, 5, 7)),  # Saturday 1 May is Labour Day
        (date(2027, 11, 15), date(2028, 1, 7)),  # Christmas Eve, then New Year's Day on the Saturday
        (date(2027, 3, 1), date(2027, 4, 9)),  # no holiday on 9-10 April: the day the rule names
    ],
)
def test_the_forum_moves_a_week_on_past_a_public_holiday(loaded_on, first_day):
    rule = {"in_days": 35, "next_weekday": "friday"}
    assert clear_of_holidays(demo_day(rule, loaded_on), 2) == first_day


def test_residents_can_browse_the_demo_in_each_language(client, demo):
    today = timezone.localdate()
    for agenda, forum, timetable, speakers in [
        ("/pl/kalendarium/", "/pl/forum-sasiedzkie/", "program/", "prelegenci/"),
        ("/en/agenda/", "/en/neighbourhood-forum/", "timetable/", "speakers/"),
        ("/uk/kalendar-podii/", "/uk/susidskyi-forum/", "rozklad/", "dopovidachi/"),
    ]:
        listed = re.findall(r'<h3 class="h5 mb-1"><a href="([^"]+)">', client.get(agenda).content.decode())
        assert len(listed) == 10, agenda
        assert client.get(f"{agenda}{today.year}/{today.month}/").status_code == 200
        assert client.get(listed[0]).status_code == 200
        timetable = client.get(f"{forum}{timetable}").content.decode()
        assert timetable.count('<table class="table table-bordered timetable-grid">') == 2
        speakers = client.get(f"{forum}{speakers}").content.decode()
        links = re.findall(r'<h3 class="h5 mb-0"><a href="([^"]+)">', speakers)
        assert len(links) == 8
        assert client.get(links[0]).status_code == 200


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
        assert f'href="{url_in(zone.locale.language_code, "ideas_idea", chosen.pk)}"' in text, zone.url


def test_every_demo_page_has_the_slug_of_its_own_title_in_its_language(demo):
    pages = Page.objects.filter(depth__gt=2).select_related("locale")
    off_title = [
        (page.locale.language_code, page.title, page.slug)
        for page in pages
        if page.slug != slug_from_title(page.title, page.locale.language_code)
    ]
    assert off_title == [
        ("pl", "Przerwa kawowa", "przerwa-kawowa-2"),
        ("en", "Coffee break", "coffee-break-2"),
        ("uk", "Перерва на каву", "pererva-na-kavu-2"),
    ]
    assert ZonePage.objects.get(locale__language_code="uk", title="Зона Теофілув").slug == "zona-teofiluv"


def test_an_older_demo_gets_the_new_slugs_and_its_old_addresses_redirect(
    demo, client, django_capture_on_commit_callbacks
):
    event = EventPage.objects.get(locale__language_code="pl", title="Sąsiedzkie śniadanie")
    zone = ZonePage.objects.get(locale__language_code="pl", title="Strefa Teofilów")
    story = StoryPage.objects.get(locale__language_code="pl", title="Pierwsza sąsiedzka herbatka")
    new_addresses = [event.url, story.url]
    for page, old_slug in ((event, "breakfast"), (zone, "teofilow"), (story, "pierwsza-herbatka")):
        page.slug = old_slug
        page.save_revision().publish()
    old_addresses = [f"{event.get_parent().url}breakfast/", "/pl/strefy/teofilow/pierwsza-herbatka/"]

    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())

    event.refresh_from_db()
    assert event.url == new_addresses[0]
    for old_address, new_address in zip(old_addresses, new_addresses, strict=True):
        response = client.get(old_address)
        assert (response.status_code, response["Location"]) == (301, new_address)
