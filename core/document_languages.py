"""The languages a downloadable document can be written in, and what a link to it says when the
document is not in the language of the page linking it (training documents, the guide's PDF,
document links in page bodies)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

LANGUAGES = [("pl", _("Polish")), ("en", _("English")), ("uk", _("Ukrainian"))]

IN_LANGUAGE = {"pl": _("in Polish"), "en": _("in English"), "uk": _("in Ukrainian")}


def language_field(**options):
    """A model field for the language a document is written in: the default language unless the
    editor chooses another."""
    return models.CharField(max_length=10, choices=LANGUAGES, default=settings.LANGUAGE_CODE, **options)
