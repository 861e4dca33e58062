"""What the ground floor does when content changes: start a new page-cache generation and purge the
front cache of every URL showing a changed page, snippet, image, document or setting; give the admin
sessions of staff who read personal data their end at login. Connected by
CoreConfig.ready, like every app's receivers module."""

from django.contrib.auth.signals import user_logged_in
from django.core.management import call_command
from django.db.models.signals import post_delete, post_migrate, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from core import admin_sessions
from core.caching import front_cache, page_cache


@receiver([post_save, post_delete], dispatch_uid="page-cache")
def empty_page_cache(sender, **kwargs):
    """A change to anything pages show empties the anonymous page cache. Saves made by migrations
    (on their historical models) are covered once `migrate` ends, below."""
    if page_cache.shown_on_pages(sender) and sender.__module__ != "__fake__":
        page_cache.invalidate()


@receiver(post_migrate, dispatch_uid="page-cache-after-migrate")
def new_generation_after_migrate(sender, using, **kwargs):
    """After `migrate` (or a flush) what pages show may have changed: a new generation, kept in the
    "counters" cache, whose database table is made here when it is missing."""
    if sender.name == "core":
        call_command("createcachetable", database=using, verbosity=0)
        page_cache.invalidate()


@receiver([page_published, page_unpublished], dispatch_uid="front-cache-changed")
def purge_changed_page(sender, instance, **kwargs):
    front_cache.purge(instance)


@receiver([pre_page_move, post_page_move], dispatch_uid="front-cache-moved")
def purge_moved_page(sender, instance, **kwargs):
    """A moved page is purged where it was (before the move) and where it now is (after it)."""
    if instance.live:
        front_cache.purge(instance)


@receiver(pre_delete, dispatch_uid="front-cache-deleted")
def purge_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        if instance.depth > 1:
            front_cache.purge(instance)
    elif front_cache.shows_on_pages(sender):
        front_cache.purge_showing(instance)


@receiver(post_save, dispatch_uid="front-cache-saved")
def purge_saved(sender, instance, **kwargs):
    if not isinstance(instance, Page) and front_cache.shows_on_pages(sender):
        front_cache.purge_showing(instance)


@receiver(user_logged_in, dispatch_uid="admin-session-length")
def end_personal_data_sessions_after_a_working_day(sender, request, user, **kwargs):
    admin_sessions.limit_session(request, user)
