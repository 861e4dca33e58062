"""Story tags in each language: a tag is a translatable snippet, and a story only carries tags of
its own language, so lists, filters and links never show a Polish tag on an English page."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager, _ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TagBase, TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin


class StoryTopic(TranslatableMixin, TagBase):
    """A word visitors filter stories by, such as "garden", once per language: editors type it on a
    story, and translators translate it under Snippets like any other content."""

    name = models.CharField(
        max_length=100, verbose_name=_("Name"), help_text=_("The tag as visitors see it, e.g. garden.")
    )
    slug = models.SlugField(
        max_length=100, allow_unicode=True, editable=False, verbose_name=_("Address part")
    )

    panels = [FieldPanel("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Story tag")
        verbose_name_plural = _("Story tags")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("locale", "name"), ("locale", "slug")]

    def clean(self):
        super().clean()
        same_name = StoryTopic.objects.filter(locale_id=self.locale_id, name=self.name).exclude(pk=self.pk)
        if same_name.exists():
            raise ValidationError({"name": _("This language already has a tag with this name.")})

    def save(self, *args, **kwargs):
        """The address part always follows the name, so each language's tag links read in that
        language (a number is added when two names make the same address)."""
        base = self.slugify(self.name)
        taken = set(
            StoryTopic.objects.filter(locale_id=self.locale_id, slug__startswith=base)
            .exclude(pk=self.pk)
            .values_list("slug", flat=True)
        )
        self.slug, number = base, 1
        while self.slug in taken:
            number += 1
            self.slug = self.slugify(self.name, number)
        super().save(*args, **kwargs)


class StoryTag(TaggedItemBase):
    """One tag on one story; the tag is in the story's language."""

    content_object = ParentalKey("zones.StoryPage", on_delete=models.CASCADE, related_name="tagged_items")
    tag = models.ForeignKey(StoryTopic, on_delete=models.CASCADE, related_name="tagged_stories")


class _LocalTagManager(_ClusterTaggableManager):
    def _to_tag_model_instances(self, tags, tag_kwargs):
        """Tags typed by name are found, or created, in the story's own language."""
        if self.instance is not None and self.instance.locale_id is not None:
            tag_kwargs = {**tag_kwargs, "locale_id": self.instance.locale_id}
        return super()._to_tag_model_instances(tags, tag_kwargs)


class LocalTaggableManager(ClusterTaggableManager):
    """Wagtail's tag field whose typed names become tags of the page's language."""

    def __get__(self, instance, model):
        return _LocalTagManager(
            through=self.through, model=model, instance=instance, prefetch_cache_name=self.name
        )


def tags_in_locale(tags, locale):
    """`tags` as the same tags in `locale`: their translations, else a tag of that language with the
    same name, else a copy under the original name for translators to translate."""
    localised = []
    for tag in tags:
        if tag.locale_id != locale.pk:
            tag = (
                tag.get_translation_or_none(locale)
                or StoryTopic.objects.filter(locale=locale, name=tag.name).first()
                or _saved(tag.copy_for_translation(locale))
            )
        localised.append(tag)
    return localised


def _saved(instance):
    instance.save()
    return instance
