"""Who is asked for a second factor."""

from django.conf import settings

from core.privacy.permissions import reads_personal_data


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
    return reads_personal_data(user)
