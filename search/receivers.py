"""What search does when editors change its promotions: the pages of search results show them, so
a change starts a new page-cache generation and purges the search pages from the front cache, as
any change to content does (core/receivers.py covers the project's own apps and the snippets;
search promotions belong to Wagtail's app)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.search_promotions.models import SearchPromotion

from core.caching import front_cache, page_cache


@receiver([post_save, post_delete], sender=SearchPromotion, dispatch_uid="search-promotion-page-cache")
def refresh_search_pages(sender, **kwargs):
    page_cache.invalidate()
    front_cache.purge_listings()
