"""The zone librarians' part of the editors' guide: publishing a story, and the moderation step every
zone page goes through (the events' section reuses it)."""

from django.utils.translation import gettext as _

from home.editor_guide import Section, Step, admin_label, form_field, menu, page_header
from zones.editors import WORKFLOW_NAME
from zones.models import StoryPage

STORY = "story"


def add_under_zone_step(page_type):
    """Adding a page of `page_type` (its verbose name) under the editor's zone."""
    add = admin_label("Add child page")
    return Step(
        _("In “%(pages)s”, open your zone's page. At its title press “+” (“%(add)s”) and choose “%(type)s”.")
        % {"pages": admin_label("Pages"), "add": add, "type": page_type},
        page_header(_("Your zone"), add, "+"),
    )


def submit_step():
    """Sending a page to the communications staff (zones/editors.py: the moderation workflow)."""
    submit = admin_label("Submit to %(workflow_name)s") % {"workflow_name": WORKFLOW_NAME}
    return Step(
        _(
            "At the bottom of the editor press the arrow next to “%(save)s” and choose “%(submit)s”. "
            "Communications staff read the page and publish it, or send it back to you with a comment; "
            "until then it is not on the site. The top of the editor shows where it stands."
        )
        % {"save": admin_label("Save Draft"), "submit": submit},
        menu(admin_label("Save Draft"), [submit], 0),
    )


def story():
    fields = {name: StoryPage._meta.get_field(name).verbose_name for name in ("intro", "hero_alt", "body")}
    return Section(
        STORY,
        _("Publishing a story"),
        _(
            "A story tells what happened in your zone. You write it under your zone's page; communications "
            "staff check it and publish it."
        ),
        (
            add_under_zone_step(StoryPage._meta.verbose_name),
            Step(
                _(
                    "Give the title, the date and your name. “%(intro)s” is one or two sentences shown in "
                    "lists; “%(body)s” is the story itself. For the main photo, write in “%(alt)s” what it "
                    "shows, for people who cannot see it."
                )
                % {"intro": fields["intro"], "body": fields["body"], "alt": fields["hero_alt"]},
                form_field(fields["hero_alt"], _("Neighbours at one table in the courtyard")),
            ),
            submit_step(),
        ),
        order=10,
    )


def editor_guide_sections():
    return [story()]
