"""Wagtail's default "Editors" and "Moderators" groups hold no rights on the tree.

Wagtail creates them with page permissions on the tree's root (add and edit; Moderators also
publish and lock), image and document rights on the root collection (add, change, delete and choose
every zone's files) and Moderators as the approvers of the "Moderators approval" workflow on the
root. Here rights come from the site's own groups (zones/editors.py): one per zone on its subtree,
and communications staff on the whole site. Anyone put into a default group by habit would have
silently got every page and every file, so those grants are taken back; the groups stay (with
nothing to do in the admin) so that no membership is lost and an administrator can see them.
"""

from django.db import migrations

DEFAULT_GROUPS = ("Editors", "Moderators")


def take_back_default_rights(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Group = apps.get_model("auth", "Group")
    defaults = Group.objects.filter(name__in=DEFAULT_GROUPS)
    GroupPagePermission.objects.filter(group__in=defaults, page__depth=1).delete()
    GroupCollectionPermission.objects.filter(group__in=defaults, collection__depth=1).delete()
    for task in GroupApprovalTask.objects.filter(groups__in=defaults).distinct():
        task.groups.remove(*defaults)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0009_document_link_language_help"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(take_back_default_rights, migrations.RunPython.noop)]
