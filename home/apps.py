from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site and shared pages")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from home import front_cache
        from home.page_cache import invalidate_on_content_change

        post_save.connect(invalidate_on_content_change, dispatch_uid="page-cache-save")
        post_delete.connect(invalidate_on_content_change, dispatch_uid="page-cache-delete")
        front_cache.connect()
