"""The iCalendar SEQUENCE of an occasion: raised each time a published change moves it, relocates it
or changes its status, so calendar apps replace their copy instead of keeping a stale one.

Editing only the text publishes a new revision too; comparing a fingerprint of time, place and
status with the one last published tells the two apart.
"""

import hashlib

from forum.models.calendar_stamps import CalendarStamp


def fingerprint(occasion):
    """A digest of everything a calendar entry's time, place and status come from."""
    parts = (
        occasion.all_day,
        occasion.start,
        occasion.end,
        occasion.start_date,
        occasion.end_date,
        occasion.recurrence_rule(),
        sorted(occasion.recurrence_exceptions()),
        occasion.zone_id,
        occasion.venue_name,
        occasion.venue_address,
        occasion.attendance,
        occasion.online_url,
        occasion.status,
        getattr(occasion, "room_id", None),
    )
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def record_published_change(occasion):
    """Store the fingerprint of a published occasion, raising SEQUENCE when it changed."""
    current = fingerprint(occasion)
    stamp, created = CalendarStamp.objects.get_or_create(
        page_id=occasion.pk, defaults={"fingerprint": current}
    )
    if not created and stamp.fingerprint != current:
        stamp.fingerprint = current
        stamp.sequence += 1
        stamp.save()


def sequences(pages):
    """The SEQUENCE of each page, by page id (0 for pages never stamped)."""
    return dict(
        CalendarStamp.objects.filter(page_id__in=[page.pk for page in pages]).values_list(
            "page_id", "sequence"
        )
    )
