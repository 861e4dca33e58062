"""The iCalendar SEQUENCE of an occasion: raised each time a published change moves it, relocates it
or changes its status, so calendar apps replace their copy instead of keeping a stale one.

Editing only the text publishes a new revision too; comparing the time, place and status with
what was last published tells the two apart, and says registrants what changed.
"""

import hashlib

from django.db.models import Max

from forum.models import CalendarStamp

STATUS, TIME, PLACE = "status", "time", "place"


def snapshot(occasion):
    """Everything a calendar entry's status, time and place come from, in comparable form."""
    return {
        STATUS: occasion.status,
        TIME: [
            str(value)
            for value in (
                occasion.all_day,
                occasion.start,
                occasion.end,
                occasion.start_date,
                occasion.end_date,
                occasion.recurrence_rule(),
                sorted(occasion.recurrence_exceptions()),
            )
        ],
        PLACE: [
            str(value)
            for value in (
                occasion.zone_id,
                occasion.venue_name,
                occasion.venue_address,
                occasion.attendance,
                occasion.online_url,
                getattr(occasion, "room_id", None),
            )
        ],
    }


def fingerprint(occasion):
    return hashlib.sha256(repr(sorted(snapshot(occasion).items())).encode()).hexdigest()


def record(occasion):
    """Store what the occasion was published with; returns the parts that changed since the last
    publication (raising SEQUENCE), or an empty list for the first one or a change of text only."""
    current, digest = snapshot(occasion), fingerprint(occasion)
    stamp, created = CalendarStamp.objects.get_or_create(
        page_id=occasion.pk, defaults={"fingerprint": digest, "snapshot": current}
    )
    if created or stamp.fingerprint == digest:
        return []
    # A stamp from before snapshots were kept only learns what it was published with.
    changed = [
        part for part in (STATUS, TIME, PLACE) if stamp.snapshot and stamp.snapshot.get(part) != current[part]
    ]
    if changed:
        stamp.sequence += 1
    stamp.fingerprint, stamp.snapshot = digest, current
    stamp.save()
    return changed


def sequences(pages):
    """The SEQUENCE of each page, by page id (0 for pages never stamped)."""
    return dict(
        CalendarStamp.objects.filter(page_id__in=[page.pk for page in pages]).values_list(
            "page_id", "sequence"
        )
    )


def shared_sequence(page):
    """The highest SEQUENCE among the page's translations, which share its calendar UID."""
    found = CalendarStamp.objects.filter(page__translation_key=page.translation_key).aggregate(
        highest=Max("sequence")
    )
    return found["highest"] or 0
