"""Who among staff can read residents' personal data: the one rule behind the second factor and the
working-day admin session.

Each app declares which of its permissions open personal data through the
"personal_data_permissions" Wagtail hook (registrations, undelivered mail, moderating ideas), so this
module names none of the apps above it. The permissions that open "A person's data"
(contributors.py) always count, whatever the apps declare."""

from wagtail import hooks

from core.privacy.contributors import screen_permissions


def personal_data_permissions():
    declared = [permission for hook in hooks.get_hooks("personal_data_permissions") for permission in hook()]
    return [*declared, *screen_permissions()]


def reads_personal_data(user):
    """A superuser, or staff holding any permission an app declares personal."""
    return user.is_superuser or any(user.has_perm(permission) for permission in personal_data_permissions())
