"""Feed entries serialised once and kept: a public feed lists up to a thousand occasions, and
serialising each VEVENT is most of its cost, while between two polls at most a few of them change.

Each occasion's VEVENT, as the feeds list it, is kept in its CalendarStamp row with a digest of
everything it was built from: the page's columns the entry reads (its zone's address among them),
its SEQUENCE, the sites' root URLs, the words of the language and the code that builds it. A feed
reads every digest and kept entry in one query and builds again only the entries whose digest
changed, so an edit, a publication or a cancellation shows in the next feed at once. Kept in the database, not the cache:
every worker and every restart shares them, so even a new worker's first feed is quick.
"""

import hashlib
import sys
from functools import cache
from pathlib import Path

import icalendar
from django.db import DatabaseError, transaction
from django.db.models import TextField
from django.db.models.functions import Cast, Coalesce
from django.utils.translation import get_language
from wagtail.models import Site

from forum import enums
from forum.agenda import recurrence
from forum.calendars import ical
from forum.models import CalendarStamp

KEPT = ("calendar_stamp__feed_entry_key", "calendar_stamp__feed_entry")


def vevents(exporter, occasions, fields, words):
    """The serialised VEVENT of each of `occasions` (a queryset in feed order) as `exporter` lists it.

    `fields` names every column an entry reads (through `zone__` for its zone's), so one query brings
    what decides whether a kept entry still holds, and the pages built again are loaded with those
    columns only. `words` are the translated labels entries show besides ical.vocabulary().
    """
    context = (
        builder_version(type(exporter), occasions.model),
        get_language(),
        tuple(Site.get_site_root_paths()),
        ical.vocabulary(),
        tuple(words),
    )
    digest = hashlib.sha256(repr(context).encode())
    rows = _rows(occasions, fields)
    keys = {row[0]: _digest(digest, row[3:]) for row in rows}
    found = {page: kept for page, key, kept, *_ in rows if key == keys[page]}
    built = _build(exporter, occasions.model, fields, [row[0] for row in rows if row[0] not in found])
    _keep([(page, keys[page], vevent) for page, vevent in built.items()])
    found.update(built)
    return [found[row[0]] for row in rows if row[0] in found]


@cache
def builder_version(exporter_class, model):
    """A digest of the code an entry of `model` comes from (ical.py, recurrence.py, the vocabularies
    of enums.py, the exporter's module, the modules of the model, its bases and its zone's model) and
    of the icalendar release, read once per process: a deployment that changes how entries are built
    builds them all again."""
    zone = model._meta.get_field("zone").related_model
    modules = {
        ical.__name__,
        enums.__name__,
        recurrence.__name__,
        exporter_class.__module__,
        zone.__module__,
        *(cls.__module__ for cls in model.__mro__),
    }
    digest = hashlib.sha256(icalendar.__version__.encode())
    for name in sorted(modules):
        source = getattr(sys.modules[name], "__file__", None)
        if source:
            digest.update(Path(source).read_bytes())
    return digest.hexdigest()


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
    return {entry.page.pk: ical.event(entry).to_ical().decode() for entry in exporter.entries_of(pages)}


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
