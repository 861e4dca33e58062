"""Wagtail's content checks (axe-core, in the page editor's "Checks" panel, in its preview and in the
userbar over a page) for every editor, with one rule added: an image without a description. Wagtail's
own rules only judge the descriptions images have (a file name is not a description), so a photo
with none would pass unnoticed."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem


class SiteContentChecks(ContentCheckerItem):
    axe_run_only = [*ContentCheckerItem.axe_run_only, "image-alt"]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "image-alt": {
            "error_name": _("Image without a description"),
            "help_text": _("Describe what the image shows, for people who cannot see it"),
        },
    }


def with_site_checks(request, items, page):
    """The "construct_wagtail_userbar" hook: Wagtail's checker item (also used by the editor's Checks
    panel) replaced by the site's."""
    items[:] = [
        SiteContentChecks(in_editor=item.in_editor)
        if isinstance(item, ContentCheckerItem) and not isinstance(item, SiteContentChecks)
        else item
        for item in items
    ]
