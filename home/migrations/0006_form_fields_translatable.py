"""Form fields become translatable: each takes its page's language, and the fields at the same
place of a form page's translations share a translation key, so they stay translations of one
another."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def fill_locales_and_keys(apps, schema_editor):
    FormField = apps.get_model("home", "FormField")
    Page = apps.get_model("wagtailcore", "Page")
    fields = FormField.objects.values_list("pk", "page_id", "sort_order")
    pages = {
        pk: (locale_id, key)
        for pk, locale_id, key in Page.objects.filter(
            pk__in=fields.values("page_id")
        ).values_list("pk", "locale_id", "translation_key")
    }
    for pk, page_id, sort_order in fields:
        locale_id, key = pages[page_id]
        FormField.objects.filter(pk=pk).update(
            locale_id=locale_id, translation_key=uuid.uuid5(key, str(sort_order))
        )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_home_programme_page"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="formfield",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="formfield",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(fill_locales_and_keys, migrations.RunPython.noop),
    ]
