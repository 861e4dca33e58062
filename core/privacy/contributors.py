"""The contract between the "A person's data" screen and the apps that keep data about people.

An app contributes by registering a function under the "register_personal_data" Wagtail hook that
returns a `PersonalData`:

- `key`: the name of its records in the JSON export (e.g. "registrations");
- `label`: the heading staff read above its records on the screen (translatable);
- `find(email)`: everything it keeps about the person with that address, as a list of JSON-able
  records (the app matches the address however it stores it);
- `describe(record)`: the one line staff read for a record on the screen;
- `erase(email)`: forgets what it keeps about the person, returns how many records it erased;
- `permission` (optional): a permission staff must hold to reach these records, e.g.
  "forum.delete_registration".

The screen opens to staff holding every permission the contributors name (superusers hold them
all), so whoever may erase a person may erase all of her; when none names one, to superusers only.
Contributors are listed, exported and erased in hook order (the apps' INSTALLED_APPS order unless a
hook says otherwise), so core names none of the apps above it."""

from collections.abc import Callable
from typing import Any, NamedTuple

from wagtail import hooks

HOOK = "register_personal_data"


class PersonalData(NamedTuple):
    """One app's share of a person's data: how to find, show, export and erase it."""

    key: str
    label: str
    find: Callable[[str], list[dict[str, Any]]]
    describe: Callable[[dict[str, Any]], str]
    erase: Callable[[str], int]
    permission: str = ""


def contributors():
    return [hook() for hook in hooks.get_hooks(HOOK)]


def screen_permissions():
    """The permissions the contributors name: together they open the screen."""
    return {contributor.permission for contributor in contributors() if contributor.permission}


def may_use_screen(user):
    permissions = screen_permissions()
    if not permissions:
        return user.is_active and user.is_superuser
    return user.has_perms(permissions)
