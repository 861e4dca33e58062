"""The admin's login forms: the password field labelled in the editor's language (Wagtail's form
leaves the label to Django, which makes an untranslated "Password" out of the field's name), and the
limits on the "forgot password" form."""

from django.conf import settings
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
