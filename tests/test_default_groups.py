"""Wagtail's default "Editors" and "Moderators" groups hold no rights on the tree (home migration 0010):
someone put into one by habit gets no page, no file and no approval, while the site's own groups keep
theirs."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

from zones.editors import ensure_communications_group

pytestmark = pytest.mark.django_db
DEFAULTS = ("Editors", "Moderators")
take_back = importlib.import_module("home.migrations.0010_default_groups_hold_no_tree_rights")


def rights_of(name):
    group = Group.objects.get(name=name)
    return {
        "pages": list(GroupPagePermission.objects.filter(group=group)),
        "collections": list(GroupCollectionPermission.objects.filter(group=group)),
        "approvals": list(GroupApprovalTask.objects.filter(groups=group)),
    }


def grant_as_wagtail_does():
    """What Wagtail's own migrations give the default groups on a new database."""
    root, collection = Page.get_first_root_node(), Collection.get_first_root_node()
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    for name in DEFAULTS:
        group = Group.objects.get(name=name)
        for codename in ("add_page", "change_page", "publish_page", "lock_page"):
            GroupPagePermission.objects.create(group=group, page=root, permission_type=codename.split("_")[0])
        for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
            for action in ("add", "change", "delete", "choose"):
                GroupCollectionPermission.objects.create(
                    group=group,
                    collection=collection,
                    permission=Permission.objects.get(
                        content_type__app_label=app_label, codename=f"{action}_{model}"
                    ),
                )
        task.groups.add(group)


def test_after_migrating_the_default_groups_exist_with_no_right_on_the_tree():
    for name in DEFAULTS:
        assert rights_of(name) == {"pages": [], "collections": [], "approvals": []}, name


def test_the_migration_takes_back_what_wagtail_granted_and_leaves_the_sites_groups_alone(home):
    communications = ensure_communications_group()
    kept = {kind: len(rights) for kind, rights in rights_of(communications.name).items()}
    grant_as_wagtail_does()
    assert all(rights_of(name)["pages"] and rights_of(name)["collections"] for name in DEFAULTS)

    take_back.take_back_default_rights(apps, None)

    for name in DEFAULTS:
        assert rights_of(name) == {"pages": [], "collections": [], "approvals": []}, name
    assert {kind: len(rights) for kind, rights in rights_of(communications.name).items()} == kept
    assert kept["pages"] and kept["collections"]


def test_a_member_of_a_default_group_can_edit_no_page_and_see_no_image(client, home):
    grant_as_wagtail_does()
    take_back.take_back_default_rights(apps, None)
    editor = get_user_model().objects.create_user("nawyk", "nawyk@example.org", "x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    assert client.get(reverse("wagtailadmin_pages:edit", args=[home.pk])).status_code in (302, 403)
    assert client.get(reverse("wagtailadmin_pages:add_subpage", args=[home.pk])).status_code in (302, 403)
    assert client.get(reverse("wagtailimages:add")).status_code in (302, 403)
