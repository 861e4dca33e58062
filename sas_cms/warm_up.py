"""Work every web process would otherwise do on its first requests, done when it loads the application.

Under gunicorn, which loads the application in its master (preload_app), that is once before the
workers fork, and every worker shares the result. Without it, each new worker imported the URLconf,
built the URL resolver's reverse lookups for each language and loaded each language's message
catalogues while a visitor waited. None of it touches the database, so nothing the workers must not
share (a connection) is made before the fork.
"""

from django.conf import settings
from django.urls import get_resolver
from django.utils import translation


def warm_up():
    resolver = get_resolver()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            resolver.reverse_dict  # noqa: B018 - built per language on first access
