"""Editors' rights through the Wagtail admin: a zone's librarians edit only their zone, and their
submissions are approved by communications staff."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.factories.forum import SpeakerFactory
from tests.factories.zones import (
    StoryPageFactory,
    StoryTopicFactory,
    TopicFactory,
    ZonePageFactory,
    translated,
    zone_indexes,
)
from zones.editors import ensure_editors

pytestmark = pytest.mark.django_db


@pytest.fixture
def zones(homes, locales):
    index = zone_indexes(homes, locales)
    zone_a = ZonePageFactory(parent=index["pl"], title="Strefa A")
    zone_b = ZonePageFactory(parent=index["pl"], title="Strefa B")
    translated(zone_a, locales)
    translated(zone_b, locales)
    return {"a": zone_a, "b": zone_b, "index": index}


@pytest.fixture
def groups(zones):
    communications, zone_groups = ensure_editors()
    return {"communications": communications, "a": zone_groups[0], "b": zone_groups[1]}


def user_in(group, username):
    user = get_user_model().objects.create_user(
        username=username, password="x", email=f"{username}@example.org"
    )
    user.groups.add(group)
    return user


def story_form(story, action, title):
    return nested_form_data(
        {
            "title": title,
            "slug": story.slug,
            "date": story.date.isoformat(),
            "author": story.author,
            "intro": story.intro,
            "hero_image": "",
            "hero_alt": "",
            "tags": "",
            "body": streamfield([("paragraph", rich_text("<p>Nowa treść.</p>"))]),
            "seo_title": "",
            "search_description": "",
            "social_image": "",
            "comments": inline_formset([]),
            action: "1",
        }
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_load_demo_groups_are_limited_to_their_zone_in_every_language(groups, zones):
    pages = {permission.page.specific.title for permission in groups["a"].page_permissions.all()}
    codenames = {permission.permission.codename for permission in groups["a"].page_permissions.all()}

    assert groups["a"].name == "Redakcja strefy: Strefa A"
    assert pages == {page.title for page in zones["a"].get_translations(inclusive=True)}
    assert len(zones["a"].get_translations(inclusive=True)) == 3
    assert codenames == {"add_page", "change_page"}
    assert {permission.page for permission in groups["communications"].page_permissions.all()} == {
        Page.get_first_root_node()
    }


def test_ensure_editors_takes_back_publishing_a_zone_group_once_had(groups, zones):
    publish = GroupPagePermission.objects.filter(
        group=groups["communications"], permission__codename="publish_page"
    )
    GroupPagePermission.objects.create(
        group=groups["a"], page=zones["a"], permission=publish.get().permission
    )

    ensure_editors()

    assert not groups["a"].page_permissions.filter(permission__codename="publish_page").exists()


def test_ensure_editors_twice_changes_nothing(groups):
    before = [(group.name, group.page_permissions.count()) for group in groups.values()]

    communications, zone_groups = ensure_editors()

    assert [
        (group.name, group.page_permissions.count()) for group in [communications, *zone_groups]
    ] == before


def test_zone_editor_is_refused_editing_and_publishing_another_zones_story(client, zones, groups):
    story_b = StoryPageFactory(parent=zones["b"], title="Historia B")
    client.force_login(user_in(groups["a"], "ala"))

    assert client.get(edit_url(story_b)).status_code in (302, 403)
    response = client.post(edit_url(story_b), story_form(story_b, "action-publish", "Przejęta"))

    assert response.status_code in (302, 403)
    story_b.refresh_from_db()
    assert story_b.title == "Historia B"
    assert not story_b.has_unpublished_changes
    assert client.get(reverse("wagtailadmin_pages:add_subpage", args=[zones["b"].pk])).status_code in (
        302,
        403,
    )


def test_zone_editor_edits_her_own_zones_story_but_cannot_publish_it(client, zones, groups):
    story_a = StoryPageFactory(parent=zones["a"], title="Historia A")
    client.force_login(user_in(groups["a"], "ala"))

    edit = client.get(edit_url(story_a))
    response = client.post(edit_url(story_a), story_form(story_a, "action-publish", "Historia A poprawiona"))

    assert edit.status_code == 200
    assert "action-publish" not in edit.content.decode()
    assert response.status_code == 302
    story_a.refresh_from_db()
    assert story_a.title == "Historia A"
    assert story_a.get_latest_revision_as_object().title == "Historia A poprawiona"
    assert "Historia A poprawiona" not in client.get(story_a.url).content.decode()


def test_zone_editor_submits_and_communications_approves(client, zones, groups):
    story_a = StoryPageFactory(parent=zones["a"], title="Historia A")
    editor = user_in(groups["a"], "ala")
    approver = user_in(groups["communications"], "kasia")

    client.force_login(editor)
    client.post(edit_url(story_a), story_form(story_a, "action-submit", "Do akceptacji"))
    state = WorkflowState.objects.get(object_id=str(story_a.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    story_a.refresh_from_db()
    assert story_a.title == "Historia A"

    client.force_login(approver)
    task_state = state.current_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[story_a.pk, "approve", task_state.pk]),
        {"comment": "Dobrze"},
    )

    assert response.status_code in (200, 302)
    state.refresh_from_db()
    story_a.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert story_a.title == "Do akceptacji"
    assert "Do akceptacji" in client.get(story_a.url).content.decode()


def test_zone_editor_cannot_approve(client, zones, groups):
    story_a = StoryPageFactory(parent=zones["a"], title="Historia A")
    client.force_login(user_in(groups["a"], "ala"))
    client.post(edit_url(story_a), story_form(story_a, "action-submit", "Do akceptacji"))
    task_state = WorkflowState.objects.get(object_id=str(story_a.pk)).current_task_state

    client.post(reverse("wagtailadmin_pages:workflow_action", args=[story_a.pk, "approve", task_state.pk]))

    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_IN_PROGRESS


@pytest.mark.parametrize(
    ("snippet", "make"),
    [
        ("forum.speaker", SpeakerFactory),
        ("zones.topic", TopicFactory),
        ("zones.storytopic", StoryTopicFactory),
    ],
)
def test_communications_translates_speakers_training_topics_and_story_tags(
    client, locales, groups, snippet, make
):
    source = make()
    client.force_login(user_in(groups["communications"], "komunikacja"))
    app_label, model_name = snippet.split(".")
    translate = reverse(
        "wagtail_localize:submit_snippet_translation", args=[app_label, model_name, source.pk]
    )

    assert client.get(translate).status_code == 200
    response = client.post(translate, {"locales": [locales["uk"].pk]})

    translation = source.get_translation(locales["uk"])
    assert response.status_code == 302
    assert (
        client.get(
            reverse(f"wagtailsnippets_{app_label}_{model_name}:edit", args=[translation.pk])
        ).status_code
        == 200
    )
