"""What a visitor needs to subscribe to a feed in any calendar app: its address in every form apps take."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _

from forum.models import EventIndexPage, ForumPage
from zones.models import ZonePage


@dataclass(frozen=True)
class Subscription:
    title: str
    url: str

    @property
    def webcal(self):
        """Apple Calendar (and Outlook on Windows) subscribe when a webcal:// link is opened."""
        return "webcal://" + self.url.split("://", 1)[1]

    @property
    def google(self):
        return "https://calendar.google.com/calendar/render?" + urlencode({"cid": self.webcal})

    @property
    def outlook(self):
        return "https://outlook.live.com/calendar/0/addfromweb?" + urlencode(
            {"url": self.url, "name": self.title}
        )


def for_page(request, page, filters=None):
    """The subscriptions a page offers, as absolute addresses on the host the visitor used."""
    events = reverse("calendar_events")
    if isinstance(page, EventIndexPage):
        query = filters.encoded() if filters is not None and filters.is_bound and filters.is_valid() else ""
        title = _("Events chosen in the agenda") if query else _("All events")
        return [Subscription(title, request.build_absolute_uri(f"{events}?{query}" if query else events))]
    if isinstance(page, ZonePage):
        url = request.build_absolute_uri(f"{events}?{urlencode({'zone': page.slug})}")
        return [Subscription(_("Events of %(zone)s") % {"zone": page.title}, url)]
    if isinstance(page, ForumPage):
        url = request.build_absolute_uri(reverse("calendar_forum", args=[page.pk]))
        return [Subscription(_("Programme of %(forum)s") % {"forum": page.title}, url)]
    return []
