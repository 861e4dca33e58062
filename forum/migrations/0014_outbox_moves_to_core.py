"""The outbox now belongs to core (core/migrations/0002_outgoing_mail.py), with every message kept:
its table is renamed to core's; which registration a message was written to, and which organisers'
message it carries, move out of it into the forum's own RegistrationMail (core knows nothing of the
forum); it gains the sender and Reply-To of the contact form's messages; and the forum forgets the
model. The staff's right to see undelivered mail, and the scheduler's record of the outbox's
periodic tasks, follow the model to core, so nobody loses a grant and no period runs twice."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.db.models import Q

OLD_TYPE, NEW_TYPE = ("forum", "emailoutbox"), ("core", "outgoingmail")
TASKS = {
    "forum.tasks.send_outbox": "core.mail.tasks.send_outbox",
    "forum.tasks.blank_old_mail": "core.mail.tasks.blank_old_mail",
}


def link_messages(apps, schema_editor):
    """One RegistrationMail for every message written to a registration or carrying an organisers'
    message, under the message's own id."""
    EmailOutbox = apps.get_model("forum", "EmailOutbox")
    RegistrationMail = apps.get_model("forum", "RegistrationMail")
    linked = EmailOutbox.objects.filter(Q(registration__isnull=False) | Q(organiser_message__isnull=False))
    rows = linked.order_by("pk").values_list("pk", "registration_id", "organiser_message_id")
    RegistrationMail.objects.bulk_create(
        (
            RegistrationMail(mail_id=pk, registration_id=registration, organiser_message_id=organiser_message)
            for pk, registration, organiser_message in rows.iterator(chunk_size=2000)
        ),
        batch_size=500,
    )


def unlink_messages(apps, schema_editor):
    """Back: each link's registration and organisers' message return to the message's own row."""
    EmailOutbox = apps.get_model("forum", "EmailOutbox")
    RegistrationMail = apps.get_model("forum", "RegistrationMail")
    for link in RegistrationMail.objects.order_by("pk").iterator(chunk_size=2000):
        EmailOutbox.objects.filter(pk=link.mail_id).update(
            registration_id=link.registration_id, organiser_message_id=link.organiser_message_id
        )


def _move_content_type(apps, old, new):
    """The content type and its permissions change owner, so every group and person keeps the
    right to see undelivered mail. Where the new one exists already (post_migrate made it), the
    grants move to its permissions instead."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    moving = ContentType.objects.filter(app_label=old[0], model=old[1]).first()
    if moving is None:
        return
    existing = ContentType.objects.filter(app_label=new[0], model=new[1]).first()
    for permission in Permission.objects.filter(content_type=moving):
        codename = permission.codename.removesuffix(f"_{old[1]}") + f"_{new[1]}"
        if existing is None:
            permission.codename = codename
            permission.save(update_fields=["codename"])
            continue
        kept, _created = Permission.objects.get_or_create(
            content_type=existing, codename=codename, defaults={"name": permission.name}
        )
        kept.group_set.add(*permission.group_set.all())
        kept.user_set.add(*permission.user_set.all())
    if existing is None:
        moving.app_label, moving.model = new
        moving.save(update_fields=["app_label", "model"])


def _rename_runs(apps, names):
    """The scheduler's last period of each outbox task, under the task's new name."""
    ScheduledRun = apps.get_model("core", "ScheduledRun")
    for old, new in names.items():
        if ScheduledRun.objects.filter(name=new).exists():
            ScheduledRun.objects.filter(name=old).delete()
        else:
            ScheduledRun.objects.filter(name=old).update(name=new)


def follow_to_core(apps, schema_editor):
    _move_content_type(apps, OLD_TYPE, NEW_TYPE)
    _rename_runs(apps, TASKS)


def follow_back(apps, schema_editor):
    _move_content_type(apps, NEW_TYPE, OLD_TYPE)
    _rename_runs(apps, {new: old for old, new in TASKS.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0013_outbox_erasure"),
        ("core", "0002_outgoing_mail"),
        # The scheduler's table, core's model since core 0001, is made by home's migrations.
        ("home", "0011_scheduled_runs_move_to_core"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelTable(name="emailoutbox", table="core_outgoingmail"),
        migrations.CreateModel(
            name="RegistrationMail",
            fields=[
                (
                    "mail",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="core.outgoingmail",
                    ),
                ),
                (
                    "organiser_message",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="forum.organisermessage",
                    ),
                ),
                (
                    "registration",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="forum.registration",
                    ),
                ),
            ],
        ),
        migrations.RunPython(link_messages, unlink_messages),
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RemoveField(model_name="emailoutbox", name="registration"),
                migrations.RemoveField(model_name="emailoutbox", name="organiser_message"),
                migrations.AddField(
                    model_name="emailoutbox", name="sender", field=models.EmailField(blank=True, max_length=254)
                ),
                migrations.AddField(
                    model_name="emailoutbox", name="reply_to", field=models.EmailField(blank=True, max_length=254)
                ),
            ],
            state_operations=[migrations.DeleteModel(name="EmailOutbox")],
        ),
        migrations.AddField(
            model_name="organisermessage",
            name="deliveries",
            field=models.ManyToManyField(related_name="+", through="forum.RegistrationMail", to="core.outgoingmail"),
        ),
        migrations.AddField(
            model_name="registration",
            name="messages",
            field=models.ManyToManyField(related_name="+", through="forum.RegistrationMail", to="core.outgoingmail"),
        ),
        migrations.RunPython(follow_to_core, follow_back),
    ]
