"""Occasion pages in the reader's language, for e-mails, the manage page and personal calendars:
the translation where there is a live one, with the schedule of the occasion that holds the seats."""

from wagtail.models import Page

# What the occasion holding the registrations decides for all its translations, even before a
# translator has brought a translation up to date: its time, its status and how it takes place.
SCHEDULE_FIELDS = (
    "all_day",
    "start",
    "end",
    "start_date",
    "end_date",
    "span_start",
    "span_end",
    "status",
    "attendance",
    "online_url",
)


def localized(occasion, language):
    """The occasion page in `language` when it is translated and live, else the page itself; its
    schedule is always the occasion's own."""
    translated = (
        Page.objects.live()
        .filter(translation_key=occasion.translation_key, locale__language_code=language)
        .exclude(pk=occasion.pk)
        .first()
    )
    if translated is None:
        return occasion
    page = translated.specific
    for field in SCHEDULE_FIELDS:
        setattr(page, field, getattr(occasion, field))
    return page


def localized_pages(page_ids, language):
    """The live public pages with `page_ids` in `language` where translated, by the id asked for,
    in a fixed number of queries."""
    originals = list(Page.objects.live().public().filter(pk__in=page_ids).specific())
    translated = {
        page.translation_key: page
        for page in Page.objects.live()
        .public()
        .filter(
            translation_key__in=[page.translation_key for page in originals], locale__language_code=language
        )
        .specific()
    }
    return {page.pk: translated.get(page.translation_key, page) for page in originals}
