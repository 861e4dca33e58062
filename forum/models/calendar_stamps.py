"""What calendar apps were last told about an occasion, kept outside its revisions."""

from django.db import models


class CalendarStamp(models.Model):
    """The iCalendar SEQUENCE of an occasion page and the fingerprint of the time, place and status it
    was last published with. A separate row, because page fields travel with revisions and an older
    draft published later would put back an older sequence.

    It also keeps the page's VEVENT as the public feeds list it (`feed_entry`), with the digest of
    everything it was built from (`feed_entry_key`, forum/calendars/kept_entries.py): a feed reuses it while
    the digest holds, in every worker and after a restart.
    """

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="calendar_stamp")
    fingerprint = models.CharField(max_length=64)
    sequence = models.PositiveIntegerField(default=0)
    # What registrants were last told: the status, time and place, to say in an e-mail what changed.
    snapshot = models.JSONField(default=dict)
    feed_entry = models.TextField(blank=True)
    feed_entry_key = models.CharField(max_length=64, blank=True)

    def __str__(self):
        return f"{self.page_id}: {self.sequence}"
