"""Where something takes place: a named venue with its address, or else its host's library."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Venue(models.Model):
    """The venue fields and their one rule, shared by everything that happens somewhere.

    A model that takes place in a zone's library names the field holding that zone in
    `venue_host_field` (the host is anything with a `branch_name` and an `address`). Editors name another venue only when it differs; a venue named
    without an address is taken to be at the host (the square in front of the library, a room
    inside it), so its address falls back to the host's, as a resident finding the way expects.
    """

    venue_host_field = None

    venue_name = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("Venue"),
        help_text=_("Name of the place when it is not the zone's library, e.g. Park Źródliska."),
    )
    venue_address = models.CharField(
        max_length=250,
        blank=True,
        verbose_name=_("Venue address"),
        help_text=_("Street, number and city of that place."),
    )

    class Meta:
        abstract = True

    @property
    def venue_host(self):
        """The place used when no venue is named: the zone whose library hosts it, or None."""
        return getattr(self, self.venue_host_field) if self.venue_host_field else None

    @property
    def venue_label(self):
        host = self.venue_host
        return self.venue_name or (host.branch_name if host else "")

    @property
    def venue_full_address(self):
        host = self.venue_host
        return self.venue_address or (host.address if host else "")
