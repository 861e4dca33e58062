"""What search does when editors change its promotions: the pages of search results show them, so
a change starts a new page-cache generation, as any change to content does (home/receivers.py
covers the project's own apps; search promotions belong to Wagtail's app)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.search_promotions.models import SearchPromotion

from home import page_cache


@receiver([post_save, post_delete], sender=SearchPromotion, dispatch_uid="search-promotion-page-cache")
def empty_page_cache(sender, **kwargs):
    page_cache.invalidate()
