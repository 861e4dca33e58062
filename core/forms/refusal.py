"""The one step a public form takes before reading its fields: a client past the hour's limit of
the form's bucket is refused (429), and so is a submission whose honeypot is filled in (400), each
in the form's own words, so the person sees why and what she typed stays on the page."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.functional import Promise

from core.forms import honeypot
from core.http import rate_limits


@dataclass(frozen=True)
class Refusal:
    """How one family of forms refuses: the rate-limit bucket it counts in, the setting holding
    its hourly limit per client address, and its messages (lazy translations, read in the
    language of the request). Without `robot`, a filled-in honeypot is the form's to drop quietly."""

    bucket: str
    limit_setting: str
    too_many: Promise
    robot: Promise | None = None

    def reason(self, request):
        """Why this submission is refused, as (message, HTTP status), or None; counts it."""
        if rate_limits.over_limit(request, self.bucket, getattr(settings, self.limit_setting)):
            return str(self.too_many), 429
        if self.robot is not None and honeypot.filled_in(request.POST):
            return str(self.robot), 400
        return None

    def check(self, request, form):
        """Why this submission of `form` is not taken, as (message, HTTP status): refused, or
        ("", 400) when its fields are wrong (the form then shows what); None when it may be taken."""
        refused = self.reason(request)
        if refused:
            return refused
        return None if form.is_valid() else ("", 400)
