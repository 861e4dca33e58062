"""The lock on wrong admin passwords (django-axes' handler, AXES_HANDLER)."""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from django.conf import settings
from django.db.models import Sum


class LoginLockHandler(AxesDatabaseHandler):
    """django-axes' lock with two limits instead of one (AXES_LOCKOUT_PARAMETERS: the name from one
    address, then the name from every address).

    One address that sends AXES_FAILURE_LIMIT wrong passwords for a name (5 an hour) is locked out
    of that name, and what it sends while locked is not counted (AXES_RESET_COOL_OFF_ON_FAILURE_
    DURING_LOCKOUT off): a typo-prone editor or one prankster never locks out anyone else. A name
    that gathers ACCOUNT_FAILURE_LIMIT wrong passwords from all addresses together within the hour
    (30, so at least six addresses, each locked out of it after five) is locked for every
    address: guessing one staff account's password slowly from many addresses stops there, at the
    cost that such an attack also keeps the account's owner out until the hour has passed (an
    administrator lifts it with `manage.py axes_reset_username`). Axes itself compares every
    combination with the same limit, which would let five wrong passwords from anyone lock the
    account for everyone.
    """

    def get_failures(self, request, credentials=None):
        by_address, by_name = (
            attempts.aggregate(failures=Sum("failures_since_start"))["failures"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        if by_name >= settings.ACCOUNT_FAILURE_LIMIT:
            return max(by_address, get_failure_limit(request, credentials))
        return by_address
