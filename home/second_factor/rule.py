"""Who is asked for a second factor."""

from django.conf import settings
from wagtail import hooks


def personal_data_permissions():
    """The permissions that open residents' personal data, which each app declares through the
    "personal_data_permissions" Wagtail hook (this app names none of them)."""
    return [permission for hook in hooks.get_hooks("personal_data_permissions") for permission in hook()]


def is_exempt(user):
    """The demo's known logins under development settings: with DEBUG off (production) nobody is."""
    return settings.DEBUG and user.get_username() in settings.SECOND_FACTOR_EXEMPT_USERNAMES


def needs_second_factor(user):
    """Whether `user` must give a second factor before the admin opens: anyone who can read
    residents' personal data — a superuser, or staff holding any permission an app declares
    personal (registrations, undelivered e-mails, "A person's data", moderating ideas). A password
    alone is too little for those screens; editors who only edit pages are not asked."""
    if not user.is_authenticated or is_exempt(user):
        return False
    return user.is_superuser or any(user.has_perm(permission) for permission in personal_data_permissions())
