"""Findings, leaders and opening exceptions become translatable with their zone page, so
wagtail-localize offers their text for translation. Existing rows take their page's locale."""

import uuid

import django.db.models.deletion
from django.db import migrations, models

MODELS = ("localleader", "needsfinding", "openingexception")


def fill_locale_and_key(apps, schema_editor):
    for name in MODELS:
        model = apps.get_model("zones", name)
        for row in model.objects.select_related("zone"):
            row.translation_key = uuid.uuid4()
            row.locale_id = row.zone.locale_id
            row.save(update_fields=["translation_key", "locale"])


class Migration(migrations.Migration):
    dependencies = [
        ("zones", "0002_stories_training_guide"),
    ]

    operations = [
        *[
            operation
            for name in MODELS
            for operation in (
                migrations.AddField(
                    model_name=name,
                    name="locale",
                    field=models.ForeignKey(
                        null=True,
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
                migrations.AddField(
                    model_name=name,
                    name="translation_key",
                    field=models.UUIDField(null=True, editable=False),
                ),
            )
        ],
        migrations.RunPython(fill_locale_and_key, migrations.RunPython.noop),
        *[
            operation
            for name in MODELS
            for operation in (
                migrations.AlterField(
                    model_name=name,
                    name="locale",
                    field=models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
                migrations.AlterField(
                    model_name=name,
                    name="translation_key",
                    field=models.UUIDField(default=uuid.uuid4, editable=False),
                ),
                migrations.AlterUniqueTogether(name=name, unique_together={("translation_key", "locale")}),
            )
        ],
    ]
