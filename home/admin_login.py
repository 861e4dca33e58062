"""The admin's login: its form, with the password field labelled in the editor's language (Wagtail's
form leaves the label to Django, which makes an untranslated "Password" out of the field's name),
the lock on wrong passwords and the limits on the "forgot password" form."""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from django.conf import settings
from django.db.models import Sum
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm, PasswordResetForm

from core.http import rate_limits


class TranslatedLoginForm(LoginForm):
    """Wagtail's login form with a translated password label."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")


class LimitedPasswordResetForm(PasswordResetForm):
    """Wagtail's "forgot password" form, which sends a reset link at most PASSWORD_RESET_ADDRESS_LIMIT
    times an hour to one address and for PASSWORD_RESET_CLIENT_LIMIT requests an hour from one client.

    Past either limit the form answers exactly as before ("if the address is known, a link was
    sent"), so the limits tell nothing about which addresses have accounts; they only stop a
    staff mailbox from being flooded with links and a client from trying addresses without end. A
    client past its limit does not use up an address's allowance.
    """

    def save(self, *args, request=None, **kwargs):
        if rate_limits.over_limit(request, "password_reset", settings.PASSWORD_RESET_CLIENT_LIMIT):
            return
        email = self.cleaned_data["email"]
        if rate_limits.over_limit_for_address(email, "password_reset", settings.PASSWORD_RESET_ADDRESS_LIMIT):
            return
        super().save(*args, request=request, **kwargs)


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
