"""Story tags become translatable (one tag per language, like other content), and training
documents say which language they are in. Existing tags become Polish tags; the tags of English
and Ukrainian stories become copies of them in the story's language, under the Polish name until
a translator translates them."""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import zones.models.story_tags


def tags_to_topics(apps, schema_editor):
    story_tag = apps.get_model("zones", "StoryTag")
    story_topic = apps.get_model("zones", "StoryTopic")
    rows = story_tag.objects.select_related("tag", "content_object")
    if not rows.exists():
        return
    default = apps.get_model("wagtailcore", "Locale").objects.get(language_code=settings.LANGUAGE_CODE)
    topics = {}
    for row in rows:
        source = topics.get((row.tag_id, default.pk))
        if source is None:
            source = topics[(row.tag_id, default.pk)] = story_topic.objects.create(
                name=row.tag.name, slug=row.tag.slug, locale=default, translation_key=uuid.uuid4()
            )
        key = (row.tag_id, row.content_object.locale_id)
        if key not in topics:
            topics[key] = story_topic.objects.create(
                name=source.name,
                slug=source.slug,
                locale_id=key[1],
                translation_key=source.translation_key,
            )
        row.topic = topics[key]
        row.save(update_fields=["topic"])


def topics_to_tags(apps, schema_editor):
    tag = apps.get_model("taggit", "Tag")
    for row in apps.get_model("zones", "StoryTag").objects.select_related("topic"):
        row.tag, _created = tag.objects.get_or_create(
            name=row.topic.name, defaults={"slug": row.topic.slug}
        )
        row.save(update_fields=["tag"])


class Migration(migrations.Migration):
    dependencies = [
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("wagtailcore", "0098_apitoken"),
        ("zones", "0003_translatable_zone_rows"),
    ]

    operations = [
        migrations.AddField(
            model_name="trainingdocument",
            name="language",
            field=models.CharField(
                choices=[("pl", "Polish"), ("en", "English"), ("uk", "Ukrainian")],
                default="pl",
                help_text="The language the file and its title are written in.",
                max_length=10,
                verbose_name="Language",
            ),
        ),
        migrations.CreateModel(
            name="StoryTopic",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                (
                    "name",
                    models.CharField(
                        help_text="The tag as visitors see it, e.g. garden.", max_length=100, verbose_name="Name"
                    ),
                ),
                (
                    "slug",
                    models.SlugField(allow_unicode=True, editable=False, max_length=100, verbose_name="Address part"),
                ),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
            ],
            options={
                "verbose_name": "Story tag",
                "verbose_name_plural": "Story tags",
                "ordering": ["name"],
                "abstract": False,
                "unique_together": {("locale", "name"), ("locale", "slug"), ("translation_key", "locale")},
            },
        ),
        migrations.AddField(
            model_name="storytag",
            name="topic",
            field=models.ForeignKey(
                null=True, on_delete=django.db.models.deletion.CASCADE, related_name="+", to="zones.storytopic"
            ),
        ),
        migrations.AlterField(
            model_name="storytag",
            name="tag",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="%(app_label)s_%(class)s_items",
                to="taggit.tag",
            ),
        ),
        migrations.AlterField(
            model_name="storypage",
            name="tags",
            field=zones.models.story_tags.LocalTaggableManager(
                blank=True,
                help_text="A few words visitors can filter stories by, e.g. seniors, garden, workshop.",
                through="zones.StoryTag",
                to="zones.StoryTopic",
                verbose_name="Tags",
            ),
        ),
        migrations.RunPython(tags_to_topics, topics_to_tags),
        migrations.RemoveField(model_name="storytag", name="tag"),
        migrations.RenameField(model_name="storytag", old_name="topic", new_name="tag"),
        migrations.AlterField(
            model_name="storytag",
            name="tag",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE, related_name="tagged_stories", to="zones.storytopic"
            ),
        ),
    ]
