from django.db import migrations


def one_support_per_mailbox(apps, schema_editor):
    """Supports whose addresses differ only in case are one mailbox's, so one voice: each idea keeps
    the earliest confirmed one, else the earliest, and the rest go. The addresses of supports and
    ideas are then in lower case (ideas are not merged: each is its own proposal)."""
    IdeaSupport = apps.get_model("ideas", "IdeaSupport")
    Idea = apps.get_model("ideas", "Idea")
    kept = {}
    rows = sorted(
        IdeaSupport.objects.exclude(email=""),
        key=lambda row: (row.email_confirmed_at is None, row.created_at, row.pk),
    )
    for row in rows:
        key = (row.idea_id, row.email.strip().lower())
        if key in kept:
            row.delete()
        else:
            kept[key] = row
    for row in kept.values():
        if row.email != row.email.strip().lower():
            row.email = row.email.strip().lower()
            row.save(update_fields=["email"])
    for idea in Idea.objects.exclude(email=""):
        if idea.email != idea.email.strip().lower():
            idea.email = idea.email.strip().lower()
            idea.save(update_fields=["email"])


class Migration(migrations.Migration):
    dependencies = [
        ("ideas", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(one_support_per_mailbox, migrations.RunPython.noop),
    ]
