"""Each registration gets the random key its manage links name instead of its row number; rows
that exist get their own key, so every link sent before stops working."""

import secrets

from django.db import migrations, models

import forum.models.registrations


def give_each_registration_a_key(apps, schema_editor):
    Registration = apps.get_model("forum", "Registration")
    for registration in Registration.objects.only("pk").iterator():
        Registration.objects.filter(pk=registration.pk).update(manage_key=secrets.token_urlsafe(16))


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0011_one_mailbox_one_voice"),
    ]

    operations = [
        migrations.AddField(
            model_name="registration",
            name="manage_key",
            field=models.CharField(editable=False, max_length=32, null=True),
        ),
        migrations.RunPython(give_each_registration_a_key, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="registration",
            name="manage_key",
            field=models.CharField(
                default=forum.models.registrations.new_manage_key, editable=False, max_length=32, unique=True
            ),
        ),
    ]
