"""The small toolkit every builder in demo/builders/ uses: read a data file, create pages and their
translations, publish, draw pictures and documents.

A demo page is found by its parent and slug (or, in a database loaded before slugs followed
titles, by its title); when it exists nothing is changed but its slug, so a re-run neither
duplicates content nor overwrites what an editor has edited since.

Every page record in demo/data/ has the same shape: optional `fields` shared by all languages, and
`pl`, `en`, `uk` with the fields that differ per language. A page's slug is never written there:
each language's page gets the one the admin proposes for its own title (core/text/slugs.py), and other
records name a page by its Polish slug.
"""

import functools
import io
import json
import uuid
from collections import defaultdict
from copy import copy
from pathlib import Path

import yaml
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from modelcluster.models import ClusterableModel, model_from_serializable_data
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.contrib.redirects.signal_handlers import autocreate_redirects_on_slug_change
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from core.text.folding import fold
from core.text.slugs import slug_from_title

LANGUAGES = ("pl", "en", "uk")
TRANSLATIONS = ("en", "uk")
DATA = Path(__file__).resolve().parent / "data"
ROW_KEYS = uuid.UUID("5a5c0de0-7a11-4f3e-9c1e-0d0d0d0d0d0d")


@functools.cache
def load_data(name):
    """The records of demo/data/<name>.yaml, read once per process (builders read them, never
    change them)."""
    with open(DATA / f"{name}.yaml", encoding="utf-8") as data:
        return yaml.safe_load(data)


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def publish(page):
    page.save_revision().publish()
    return page


def ensure_page(parent, page, translations, number=1):
    """Create `page` under `parent` (Polish) unless it is there, then make sure it is translated
    into each other language through wagtail-localize (see `ensure_translations`), each page with
    the slug of its own title (`number` > 1 for a later sibling of the same title: Wagtail's "-2").

    `translations` maps "en" and "uk" to the field values that differ from the Polish page.
    Returns the Polish page.
    """
    slug = title_slug(page.title, "pl", number)
    existing = _existing_child(parent, slug, page.title, number)
    if existing is None:
        page.slug = slug
        parent.add_child(instance=page)
        publish(page)
        existing = page
    source = existing.specific
    follow_title(source, number)
    for code in translations:
        translation = source.get_translation_or_none(Locale.objects.get(language_code=code))
        if translation is not None:
            follow_title(translation.specific, number)
    ensure_translations(
        source,
        {
            code: {**fields, "slug": title_slug(fields["title"], code, number)}
            for code, fields in translations.items()
        },
    )
    return source


def ensure_translations(source, translations):
    """Translate `source` (a Polish page or snippet) as an editor does in wagtail-localize: its
    TranslationSource, a Translation per language, the translated strings, then the saved (and, for
    pages, published) translation. So the admin opens each translation in wagtail-localize's editor
    and offers to sync it when the Polish text changes.

    A translation that already exists (made before the demo used wagtail-localize, or edited since)
    keeps its content: its own strings become the translation, and it is not saved again.
    """
    translation_source, _ = TranslationSource.get_or_create_from_instance(source)
    segments = list(
        translation_source.stringsegment_set.order_by("order").select_related("string", "context")
    )
    for code, fields in translations.items():
        locale = Locale.objects.get(language_code=code)
        translation, created = Translation.objects.get_or_create(
            source=translation_source, target_locale=locale
        )
        if not created:
            continue
        existing = source.get_translation_or_none(locale)
        if existing is None:
            save_strings(segments, locale, translated_copy(translation_source, type(source), fields))
            if isinstance(source, Page):
                # published now: wagtail-localize would publish when the demo's transaction commits
                translation.save_target(publish=False)
                translation.get_target_instance().get_latest_revision().publish()
            else:
                translation.save_target()
        else:
            save_strings(segments, locale, existing.specific if isinstance(existing, Page) else existing)


def translated_copy(translation_source, model, fields):
    """The source's content with the demo's values of one language set, unsaved: what its strings
    are read from. Built from the stored content without looking up what it links to (wagtail-
    localize's `as_instance` checks every link in the database)."""
    data = json.loads(translation_source.content_json)
    if issubclass(model, ClusterableModel):
        instance = model.from_serializable_data(data, check_fks=False)
    else:
        instance = model_from_serializable_data(model, data, check_fks=False)
    for name, value in fields.items():
        setattr(instance, name, value)
    return instance


def save_strings(segments, locale, target):
    """Store, as translations into `locale`, the strings of `target` at the places of the source's
    string `segments`; a string translated before in the same place is overwritten.

    Places are the field paths wagtail-localize gives, read in order (see `_place`): the n-th
    string at a place translates the n-th one. One insert for all (wagtail-localize's PO import
    asks the database several questions per string, which made the demo a third slower).
    """
    model = type(target)
    for field in model._meta.concrete_fields:
        if isinstance(field, StreamField):
            field.get_prep_value(field.value_from_object(target))  # gives new blocks their ids
    found = defaultdict(list)
    for segment in extract_segments(target):
        if isinstance(segment, StringSegmentValue):
            found[_place(segment.path)].append(segment.string.data)
    taken = defaultdict(int)
    rows = []
    for segment in segments:
        place = _place(segment.context.path)
        position = taken[place]
        taken[place] += 1
        if position < len(found[place]):
            rows.append(
                StringTranslation(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    data=found[place][position],
                    translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                )
            )
    StringTranslation.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["locale", "translation_of", "context"],
        update_fields=["data"],
    )


def _place(path):
    """A segment's path with its StreamField block ids and inline rows' translation keys as "*":
    blocks get new ids in each language's content, so places are counted in order instead."""
    return ".".join("*" if _is_uuid(part) else part for part in path.split("."))


def _is_uuid(text):
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def title_slug(title, language_code, number=1):
    """The slug of a page titled `title`, the `number`-th of that title among its siblings."""
    slug = slug_from_title(title, language_code)
    return slug if number == 1 else f"{slug}-{number}"


def record_slug(record):
    """The Polish slug of a data record's page, by which other records name it."""
    return slug_from_title(record["pl"]["title"], "pl")


def _existing_child(parent, slug, title, number):
    children = parent.get_children()
    return (
        children.filter(slug=slug).first()
        or children.filter(title=title).order_by("path")[number - 1 : number].first()
    )


def follow_title(page, number=1):
    """Give a demo page the slug of its title, publishing it so that its old address answers with
    a permanent redirect to the new one (Wagtail creates it on a slug change). A page an editor has
    saved since keeps its slug, and so does a language's home page (its slug is in no address)."""
    slug = title_slug(page.title, page.locale.language_code, number)
    if page.slug == slug or page.depth <= 2 or page.revisions.exclude(user=None).exists():
        return
    if page.get_parent().get_children().filter(slug=slug).exists():
        return
    before = copy(page)
    page.slug = slug
    publish(page)
    # Wagtail makes the redirects once the run commits, from the final addresses: a page below this
    # one renamed later in the run would lose the address it had before both changes.
    autocreate_redirects_on_slug_change(
        instance_before=before, instance=page.specific_class.objects.get(pk=page.pk)
    )


def record_page(model, record, texts=lambda values, code: values, **fields):
    """The unsaved Polish page of a data record (see the module docstring).

    `texts(record[code], code)` turns one language's values into field values; `fields` adds
    what the builder computed (pictures, related pages).
    """
    return model(**record.get("fields", {}), **fields, **texts(record["pl"], "pl"))


def record_translations(record, texts=lambda values, code: values):
    return {code: texts(record[code], code) for code in TRANSLATIONS}


def ensure_record(parent, model, record, texts=lambda values, code: values, number=1, **fields):
    """Create the page of a data record under `parent` and its translations (see `ensure_page`)."""
    return ensure_page(
        parent, record_page(model, record, texts, **fields), record_translations(record, texts), number
    )


def stream(blocks):
    """StreamField content from a data file's block list ([{"paragraph": html}, {"heading": {...}}])."""
    return [
        (kind, RichText(value) if kind == "paragraph" else value)
        for block in blocks
        for kind, value in block.items()
    ]


def paragraph(html):
    return ("paragraph", RichText(html))


def inline_rows(model, page_slug, kind, rows):
    """A page's inline rows (`rows` are their field values) in order, each with a translation key
    that is the same in every language, so the rows stay translations of one another (and a re-run
    computes the same keys)."""
    return [
        model(
            sort_order=position,
            translation_key=uuid.uuid5(ROW_KEYS, f"{page_slug}/{kind}/{position}"),
            **fields,
        )
        for position, fields in enumerate(rows)
    ]


def _file_slug(title):
    return "".join(ch if ch.isalnum() else "-" for ch in title.lower())[:60]


def demo_image(title, colour, text, size=(1200, 800)):
    """A generated picture (no network, no binary files in the repo), found again by title.

    Its label is transliterated to ASCII: Pillow's built-in font has no Polish or Cyrillic letters.
    """
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    picture = PillowImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(picture)
    label = fold(text)
    font_size = max(size[1] // 8, 12)
    while font_size > 12 and draw.textlength(label, font_size=font_size) > size[0] * 0.9:
        font_size -= 2
    draw.text((size[0] // 20, size[1] // 2 - font_size // 2), label, fill="white", font_size=font_size)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    image = Image(title=title)
    image.file = ImageFile(buffer, name=f"demo-{_file_slug(title)}.png")
    image.save()
    return image


def demo_document(title, text):
    """A one-page PDF drawn with Pillow (no binary files in the repo), found again by title."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    page = PillowImage.new("RGB", (842, 595), "white")
    ImageDraw.Draw(page).text((60, 280), text, fill="black", font_size=28)
    buffer = io.BytesIO()
    page.save(buffer, format="PDF")
    return Document.objects.create(
        title=title,
        file=ContentFile(buffer.getvalue(), name=f"demo-{_file_slug(title)}.pdf"),
        file_size=buffer.tell(),
    )


def site_root_page():
    """The Polish home page, as the default site points at it."""
    return Site.objects.get(is_default_site=True).root_page.specific


def tree_root():
    return Page.get_first_root_node()
