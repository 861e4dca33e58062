"""Indexing for a bulk build: each object the build saves is indexed once, at its end."""

from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import update_reference_index_on_save
from wagtail.tasks import update_reference_index_task


@contextmanager
def indexed_once():
    """Defer the search index and Wagtail's reference index to the end of the block, then index
    each saved object once.

    Building a demo page saves it four or five times (created, revised, published, translated);
    every save would otherwise read all its words through the morphology dictionaries and rewrite
    its references again, which made loading the demo about twice as slow. Deletions are indexed
    as they happen, and an object deleted within the block is left out.
    """
    deferred = {
        post_save_signal_handler: [m for m in get_indexed_models() if getattr(m, "search_auto_update", True)],
        update_reference_index_on_save: list(ReferenceIndex.tracked_models),
    }
    saved = {handler: defaultdict(set) for handler in deferred}

    def remember(handler):
        def receiver(sender, instance, raw=False, **kwargs):
            if not raw:
                saved[handler][sender].add(instance.pk)

        return receiver

    receivers = {handler: remember(handler) for handler in deferred}
    for handler, models in deferred.items():
        for model in models:
            post_save.disconnect(handler, sender=model)
            post_save.connect(receivers[handler], sender=model, weak=False)
    try:
        yield
    finally:
        for handler, models in deferred.items():
            for model in models:
                post_save.disconnect(receivers[handler], sender=model)
                post_save.connect(handler, sender=model)
    for model, keys in saved[post_save_signal_handler].items():
        objects = list(model.get_indexed_objects().filter(pk__in=keys))
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, objects)
    for model, keys in saved[update_reference_index_on_save].items():
        for key in model._default_manager.filter(pk__in=keys).values_list("pk", flat=True):
            update_reference_index_task.call(model._meta.app_label, model._meta.model_name, str(key))
