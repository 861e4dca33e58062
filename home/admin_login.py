"""The admin's login form with its password field labelled in the editor's language: Wagtail's form
leaves the label to Django, which makes an untranslated "Password" out of the field's name."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm


class TranslatedLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
