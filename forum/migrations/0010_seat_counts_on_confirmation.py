from django.db import migrations, models


def nothing_unconfirmed_holds_a_seat(apps, schema_editor):
    """Registrations nobody confirmed (a held seat, or an unconfirmed place on the waiting list) now
    await confirmation and hold nothing: their seats simply stop counting. Their links keep their
    validity (one without a deadline has lapsed); confirming takes a seat if one is free then, else
    the last place in the queue."""
    Registration = apps.get_model("forum", "Registration")
    Registration.objects.filter(status="held").update(status="awaiting")
    Registration.objects.filter(status="waitlisted", email_confirmed_at=None).update(status="awaiting")
    Registration.objects.filter(status="awaiting", link_valid_until=None).update(status="expired")


def unconfirmed_hold_seats_again(apps, schema_editor):
    Registration = apps.get_model("forum", "Registration")
    Registration.objects.filter(status="awaiting").update(status="held")


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0009_document_link_language_help"),
    ]

    operations = [
        migrations.RenameField(
            model_name="registration",
            old_name="hold_expires_at",
            new_name="link_valid_until",
        ),
        migrations.AlterField(
            model_name="registration",
            name="link_valid_until",
            field=models.DateTimeField(
                blank=True, db_index=True, null=True, verbose_name="Link to confirm valid until"
            ),
        ),
        migrations.AlterField(
            model_name="registration",
            name="status",
            field=models.CharField(
                choices=[
                    ("awaiting", "Awaiting e-mail confirmation"),
                    ("confirmed", "Confirmed"),
                    ("waitlisted", "On the waiting list"),
                    ("cancelled", "Cancelled"),
                    ("expired", "Not confirmed in time"),
                ],
                db_index=True,
                max_length=20,
                verbose_name="Status",
            ),
        ),
        migrations.RunPython(nothing_unconfirmed_holds_a_seat, unconfirmed_hold_seats_again),
    ]
