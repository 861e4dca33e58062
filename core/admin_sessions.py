"""Staff who can read residents' personal data (core/privacy/permissions.py: registrations,
the undelivered mail, ideas' authors, "A person's data") are logged out ADMIN_PERSONAL_DATA_SESSION_HOURS
after they logged in (a working day), however busy the session and whether or not they ticked
"remember me"; other editors keep Django's session length (two weeks).

A browser left logged in on a library's shared computer then opens nobody's data the next morning.
The end is written into the session at login, and this module is the session engine
(SESSION_ENGINE, Django's database sessions) that never lets a session outlive it: Wagtail's login
view sets the session's expiry itself after the login, so a plain `set_expiry` there would be
overwritten. A permission granted during a session applies its limit from the user's next login.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.sessions.backends import db
from django.utils import timezone

from core.privacy.permissions import reads_personal_data

ENDS_AT = "_personal_data_session_ends_at"


def limit_session(request, user):
    """Write the end of the session of `user`, who has just logged in, when she reads personal data."""
    if reads_personal_data(user):
        ends_at = timezone.now() + timedelta(hours=settings.ADMIN_PERSONAL_DATA_SESSION_HOURS)
        request.session[ENDS_AT] = ends_at.isoformat()
    else:
        request.session.pop(ENDS_AT, None)


class SessionStore(db.SessionStore):
    """Django's database sessions, ending no later than the end written at login."""

    def get_expiry_date(self, **kwargs):
        expires = super().get_expiry_date(**kwargs)
        ends_at = self.get(ENDS_AT)
        return min(expires, datetime.fromisoformat(ends_at)) if ends_at else expires

    def get_expiry_age(self, **kwargs):
        age = super().get_expiry_age(**kwargs)
        ends_at = self.get(ENDS_AT)
        if not ends_at:
            return age
        left = (datetime.fromisoformat(ends_at) - kwargs.get("modification", timezone.now())).total_seconds()
        return max(0, min(age, int(left)))
