"""The guide's sections that hold for every page of the site: checking a page before it goes out and
translating it with wagtail-localize."""

from django.utils.translation import gettext as _

from home.editor_guide import Section, Step, admin_label, buttons, form_field, menu, page_header

CHECKS = "checks"
TRANSLATING = "translating"


def checks():
    """Wagtail's content checks in the editor's side panel (axe: alt text, heading order...)."""
    checks_label = admin_label("Checks")
    return Section(
        CHECKS,
        _("Checking a page before you send it"),
        _(
            "While you write, the page editor looks for what would make the page hard to use for "
            "people with screen readers: images without a description, skipped heading levels, links "
            "without text."
        ),
        (
            Step(
                _(
                    "At the top right of the page editor press the glasses button, “%(checks)s”. It "
                    "counts the words and the reading time and lists the problems it found."
                )
                % {"checks": checks_label},
                buttons([admin_label("Status"), admin_label("Preview"), checks_label], 2),
            ),
            Step(
                _(
                    "Under “%(issues)s” each problem says what is wrong, for example a photo without a "
                    "description or a heading that skips a level; press it to go to the place and fix it "
                    "before you send the page."
                )
                % {"issues": admin_label("Issues found")},
                form_field(admin_label("Issues found"), "0"),
            ),
        ),
        order=15,
    )


def translating():
    """wagtail-localize: translate, the translation editor, publish, and sync after the source changes."""
    translate = admin_label("Translate this page")
    sync = admin_label("Sync translated pages")
    submit = admin_label("Submit")
    # Example content, not interface text: the source is a Polish page, its translation Ukrainian.
    source, translation = "Śniadanie sąsiedzkie na podwórku", "Сусідський сніданок у дворі"
    return Section(
        TRANSLATING,
        _("Translating a page"),
        _(
            "Every page exists in Polish, English and Ukrainian. The Polish page is the source; its "
            "English and Ukrainian translations are made from it with the translation tool, so the three "
            "stay linked. The translation items in the menus show only to people allowed to translate "
            "(communications staff)."
        ),
        (
            Step(
                _(
                    "For a Polish page not yet translated into every language: in “%(pages)s”, find it and "
                    "press “⋯” (“%(actions)s”) at its title (or next to it in the list), then choose "
                    "“%(translate)s”."
                )
                % {"pages": admin_label("Pages"), "actions": admin_label("Actions"), "translate": translate},
                page_header(source, translate, "⋯"),
            ),
            Step(
                _("Tick the languages to translate into and press “%(submit)s”.") % {"submit": submit},
                buttons([submit, admin_label("Go back")], 0),
            ),
            Step(
                _(
                    "The translation editor lists each text of the Polish page. Press “%(translate)s” at a "
                    "text, write its translation and press “%(save)s”: it is kept at once."
                )
                % {"translate": admin_label("Translate"), "save": admin_label("Save")},
                form_field(source, translation),
            ),
            Step(
                _(
                    "At the bottom of the translation editor press “%(publish)s” with the translation's "
                    "language: the translation is on the site."
                )
                % {"publish": admin_label("Publish")},
                buttons([admin_label("Publish")], 0),
            ),
            Step(
                _(
                    "When the Polish page changes, its translations do not change by themselves. Publish "
                    "the Polish page, press “⋯” (“%(actions)s”) at its title and choose “%(sync)s”, then “%(submit)s”: the "
                    "new and changed texts wait in each translation's editor. Translate them and publish "
                    "the translation again."
                )
                % {"actions": admin_label("Actions"), "sync": sync, "submit": submit},
                menu("⋯", [translate, sync], 1),
            ),
        ),
        order=40,
    )


def editor_guide_sections():
    return [checks(), translating()]
