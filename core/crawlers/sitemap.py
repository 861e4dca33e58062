"""The sitemap lists every live page in every language, not just the default site tree."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class AllLanguagesSitemap(Sitemap):
    def items(self):
        site_root = self.get_wagtail_site().root_page
        language_roots = Page.objects.filter(translation_key=site_root.translation_key)
        under_a_root = Q()
        for root in language_roots:
            under_a_root |= Q(path__startswith=root.path)
        return (
            Page.objects.live().public().filter(under_a_root).order_by("path").defer_streamfields().specific()
        )
