"""The iCalendar SEQUENCE of an occasion: raised each time a published change moves it, relocates it
or changes its status, so calendar apps replace their copy instead of keeping a stale one.

Editing only the text publishes a new revision too; comparing a fingerprint of time, place and
status with the one last published tells the two apart.
"""

import hashlib

from wagtail.signals import page_published

from forum.models.calendar_stamps import CalendarStamp
from forum.models.occasions import Occasion


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


def record_published_change(sender, instance, **kwargs):
    """Receiver for page_published: store the new fingerprint, raising SEQUENCE when it changed."""
    if not isinstance(instance, Occasion):
        return
    current = fingerprint(instance)
    stamp, created = CalendarStamp.objects.get_or_create(
        page_id=instance.pk, defaults={"fingerprint": current}
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


def connect():
    page_published.connect(record_published_change, dispatch_uid="forum-calendar-sequence")
