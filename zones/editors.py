"""Who may edit what, with Wagtail's own permissions: one group per zone limited to the zone's pages
(in every language), a communications group for the whole site, and a moderation workflow in which
zone editors submit and communications staff approve."""

from django.contrib.auth.models import Group, Permission
from wagtail import hooks
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from zones.models import ZoneIndexPage, ZonePage

# Zone editors submit; communications staff approve (the moderation workflow) and publish.
ZONE_PAGE_PERMISSIONS = ("add_page", "change_page")
COMMUNICATIONS_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
)
MEDIA_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
)
# The zones' snippets communications staff translate in wagtail-localize: its Translate action makes
# the translation (add) and its editor saves it (change).
COMMUNICATIONS_SNIPPETS = ("topic", "storytopic")
COMMUNICATIONS_GROUP = "Komunikacja"
ZONE_GROUP_PREFIX = "Redakcja strefy: "
WORKFLOW_NAME = "Moderacja treści stref"
APPROVAL_TASK_NAME = "Akceptacja przez komunikację"


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _editor_group(name):
    """A group that may enter the admin and upload and choose images and documents."""
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(_permission("wagtailadmin", "access_admin"))
    root_collection = Collection.get_first_root_node()
    for app_label, codename in MEDIA_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=_permission(app_label, codename)
        )
    return group


def _grant_pages(group, page, codenames):
    """Exactly `codenames` on `page`: a grant no longer given (such as publishing, which zone groups
    once had) is taken back from an existing database too."""
    GroupPagePermission.objects.filter(group=group, page=page).exclude(
        permission__codename__in=codenames
    ).delete()
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission("wagtailcore", codename)
        )


def ensure_zone_group(zone):
    """The librarians of `zone` (its page in the default language): add and edit the zone's page and
    everything under it (stories, the zone's events) in every language, and submit it for
    moderation; they cannot publish. Apps above grant their own zone data through the "zone_group"
    Wagtail hook (e.g. moderating residents' ideas)."""
    group = _editor_group(f"{ZONE_GROUP_PREFIX}{zone.title}"[:150])
    for page in zone.get_translations(inclusive=True):
        _grant_pages(group, page, ZONE_PAGE_PERMISSIONS)
    for grant in hooks.get_hooks("zone_group"):
        grant(group)
    return group


def ensure_communications_group():
    """Communications staff: every page of the site, translating it and the training topics and
    story tags in wagtail-localize, and approving what zone editors submit; apps
    above grant their own data through the "communications_group" Wagtail hook (e.g. who signed up
    for events)."""
    group = _editor_group(COMMUNICATIONS_GROUP)
    _grant_pages(group, Page.get_first_root_node(), COMMUNICATIONS_PAGE_PERMISSIONS)
    group.permissions.add(_permission("wagtail_localize", "submit_translation"))  # translate and sync
    for model in COMMUNICATIONS_SNIPPETS:
        group.permissions.add(*(_permission("zones", f"{action}_{model}") for action in ("add", "change")))
    for grant in hooks.get_hooks("communications_group"):
        grant(group)
    return group


def ensure_moderation_workflow(approvers, pages):
    """One approval step by `approvers`, applied to `pages` and everything under them (the zones'
    pages, their stories and their events)."""
    task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=APPROVAL_TASK_NAME)
    task.groups.add(approvers)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in pages:
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def zones_edited_by(user):
    """The zones (their pages in the default language) whose group the user belongs to: the pages
    her group holds permissions on directly, in any of their languages. Communications staff, with
    permissions on the whole site, have none."""
    granted = GroupPagePermission.objects.filter(group__user=user).values("page__translation_key")
    return ZonePage.objects.filter(locale=Locale.get_default(), translation_key__in=granted).order_by("path")


def ensure_editors():
    """Groups for every zone, the communications group and the workflow over all zones."""
    communications = ensure_communications_group()
    zone_groups = [ensure_zone_group(zone) for zone in ZonePage.objects.filter(locale=Locale.get_default())]
    ensure_moderation_workflow(communications, ZoneIndexPage.objects.all())
    return communications, zone_groups
