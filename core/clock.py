"""The current moment, in one place so tests can fix it (monkeypatch `core.clock.now`): the pages
that show time-dependent content and the page cache that keeps them read the same clock."""

from django.utils import timezone


def now():
    return timezone.now()
