"""What calendar apps were last told about an occasion, kept outside its revisions."""

from django.db import models


class CalendarStamp(models.Model):
    """The iCalendar SEQUENCE of an occasion page and the fingerprint of the time, place and status it
    was last published with. A separate row, because page fields travel with revisions and an older
    draft published later would put back an older sequence.
    """

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="calendar_stamp")
    fingerprint = models.CharField(max_length=64)
    sequence = models.PositiveIntegerField(default=0)
    # What registrants were last told: the status, time and place, to say in an e-mail what changed.
    snapshot = models.JSONField(default=dict)

    def __str__(self):
        return f"{self.page_id}: {self.sequence}"
