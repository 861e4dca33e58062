"""Helpers every app's `demo.py` uses to build demo content that a second run leaves untouched.

A demo page is found by its parent and slug; when it exists nothing is changed, so a re-run
neither duplicates content nor overwrites what an editor has edited since.
"""

import io

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from home.search_folding import fold

LANGUAGES = ("pl", "en", "uk")


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def publish(page):
    page.save_revision().publish()
    return page


def ensure_page(parent, page, translations):
    """Create `page` under `parent` (Polish) unless a page with its slug is there, then make sure
    it has a live translation under the parent's translation in each other language.

    `translations` maps "en" and "uk" to the field values that differ from the Polish page.
    Returns the Polish page.
    """
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing is None:
        parent.add_child(instance=page)
        publish(page)
        existing = page
    source = existing.specific
    for code, fields in translations.items():
        locale = Locale.objects.get(language_code=code)
        if source.get_translation_or_none(locale) is not None:
            continue
        translation = source.copy_for_translation(locale)
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save()
        publish(translation)
    return source


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
    slug = "".join(ch if ch.isalnum() else "-" for ch in title.lower())[:60]
    image = Image(title=title)
    image.file = ImageFile(buffer, name=f"demo-{slug}.png")
    image.save()
    return image


def site_root_page():
    """The Polish home page, as the default site points at it."""
    return Site.objects.get(is_default_site=True).root_page.specific


def tree_root():
    return Page.get_first_root_node()
