"""Feed entries serialised once and kept: a public feed lists up to a thousand occasions, and
serialising each VEVENT is most of its cost, while between two polls at most a few of them change.

Each occasion's VEVENT, as the feeds list it, is kept in its CalendarStamp row with a digest of
everything it was built from: the page's columns the entry reads (its zone's address among them),
its SEQUENCE, the sites' root URLs and the words of the language. A feed reads every digest and kept
entry in one query and builds again only the entries whose digest changed, so an edit, a
publication or a cancellation shows in the next feed at once. Kept in the database, not the cache:
every worker and every restart shares them, so even a new worker's first feed is quick.
"""

import hashlib

from django.db import DatabaseError, transaction
from django.db.models import TextField
from django.db.models.functions import Cast, Coalesce
from django.utils.translation import get_language
from wagtail.models import Site

from forum import calendars
from forum.models import CalendarStamp

KEPT = ("calendar_stamp__feed_entry_key", "calendar_stamp__feed_entry")


def vevents(exporter, occasions, fields, words):
    """The serialised VEVENT of each of `occasions` (a queryset in feed order) as `exporter` lists it.

    `fields` names every column an entry reads (through `zone__` for its zone's), so one query brings
    what decides whether a kept entry still holds, and the pages built again are loaded with those
    columns only. `words` are the translated labels entries show besides calendars.vocabulary().
    """
    context = (get_language(), tuple(Site.get_site_root_paths()), calendars.vocabulary(), tuple(words))
    digest = hashlib.sha256(repr(context).encode())
    rows = _rows(occasions, fields)
    keys = {row[0]: _digest(digest, row[3:]) for row in rows}
    found = {page: kept for page, key, kept, *_ in rows if key == keys[page]}
    built = _build(exporter, occasions.model, fields, [row[0] for row in rows if row[0] not in found])
    _keep([(page, keys[page], vevent) for page, vevent in built.items()])
    found.update(built)
    return [found[row[0]] for row in rows if row[0] in found]


def _rows(occasions, fields):
    """(page id, kept digest, kept entry, SEQUENCE, *fields) of each occasion, all read as
    the database's text: they are only compared, so no value is converted on the way."""
    columns = [Coalesce("calendar_stamp__sequence", 0), *fields]
    texts = {f"key_{number}": Cast(column, TextField()) for number, column in enumerate(columns)}
    return list(occasions.annotate(**texts).values_list("pk", *KEPT, *texts))


def _digest(context_digest, values):
    found = context_digest.copy()
    found.update(repr(values).encode())
    return found.hexdigest()


def _build(exporter, model, fields, page_ids):
    """The VEVENT text of each page, by id; pages without a public URL have none."""
    if not page_ids:
        return {}
    pages = model.objects.filter(pk__in=page_ids).only(*fields).select_related("zone")
    return {entry.page.pk: calendars.event(entry).to_ical().decode() for entry in exporter.entries_of(pages)}


def _keep(entries):
    """Store (page id, digest, VEVENT) in the pages' stamps, creating those missing, in one
    statement. Keeping is only a saving: when the database is busy they are built again next time."""
    if not entries:
        return
    try:
        with transaction.atomic():
            CalendarStamp.objects.bulk_create(
                [
                    CalendarStamp(page_id=page, feed_entry=vevent, feed_entry_key=key)
                    for page, key, vevent in entries
                ],
                update_conflicts=True,
                unique_fields=["page"],
                update_fields=["feed_entry", "feed_entry_key"],
            )
    except DatabaseError:
        return
