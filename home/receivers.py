"""What the ground floor does when content changes: start a new page-cache generation and purge the
front cache of every URL showing a changed page. Connected by HomeConfig.ready, like every app's
receivers module."""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from home import front_cache, page_cache


@receiver([post_save, post_delete], dispatch_uid="page-cache")
def empty_page_cache(sender, **kwargs):
    """A change to anything pages show empties the anonymous page cache."""
    if page_cache.shown_on_pages(sender):
        page_cache.invalidate()


@receiver([page_published, page_unpublished], dispatch_uid="front-cache-changed")
def purge_changed_page(sender, instance, **kwargs):
    front_cache.purge(instance)


@receiver(pre_delete, dispatch_uid="front-cache-deleted")
def purge_deleted_page(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.depth > 1:
        front_cache.purge(instance)
