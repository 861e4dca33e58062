from django.db import migrations

COUNTING = ("confirmed", "waitlisted")


def _keep_first(rows, key):
    """Rows grouped by `key`: the one kept for each group (rows come earliest first) and the others."""
    kept, others = {}, []
    for row in rows:
        if key(row) in kept:
            others.append((kept[key(row)], row))
        else:
            kept[key(row)] = row
    return kept.values(), others


def one_registration_per_mailbox(apps, schema_editor):
    """Registrations whose addresses differ only in case are one mailbox's: each occasion keeps the
    earliest of them that counts (confirmed or waiting), else the earliest, and takes over the
    others' messages; the rest go. Seats they took are freed for the waiting list at the next
    confirmation, cancellation or change. Every address is then in lower case."""
    Registration = apps.get_model("forum", "Registration")
    EmailOutbox = apps.get_model("forum", "EmailOutbox")
    rows = sorted(
        Registration.objects.exclude(email=""),
        key=lambda row: (row.status not in COUNTING, row.created_at, row.pk),
    )
    kept, doubles = _keep_first(rows, lambda row: (row.occasion_id, row.email.strip().lower()))
    for keeper, double in doubles:
        EmailOutbox.objects.filter(registration_id=double.pk).update(registration_id=keeper.pk)
        double.delete()
    for row in kept:
        if row.email != row.email.strip().lower():
            row.email = row.email.strip().lower()
            row.save(update_fields=["email"])


def one_calendar_per_mailbox(apps, schema_editor):
    """A mailbox keeps its earliest calendar address; the later ones, made for another spelling of
    the same address, stop working."""
    PersonalCalendar = apps.get_model("forum", "PersonalCalendar")
    kept, doubles = _keep_first(PersonalCalendar.objects.order_by("pk"), lambda row: row.email.strip().lower())
    for _keeper, double in doubles:
        double.delete()
    for row in kept:
        if row.email != row.email.strip().lower():
            row.email = row.email.strip().lower()
            row.save(update_fields=["email"])


def lower_case_everywhere(apps, schema_editor):
    one_registration_per_mailbox(apps, schema_editor)
    one_calendar_per_mailbox(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0010_seat_counts_on_confirmation"),
    ]

    operations = [
        migrations.RunPython(lower_case_everywhere, migrations.RunPython.noop),
    ]
