"""The picture fields pages and snippets share."""

from django.db import models


def optional_image(verbose_name, help_text):
    """An optional picture from the image library; deleting the image leaves the page without it
    rather than deleting the page."""
    return models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=verbose_name,
        help_text=help_text,
    )
