"""What the zones app does when pages change. Connected by ZonesConfig.ready."""

from django.dispatch import receiver
from wagtail.signals import post_page_move

from zones.models import StoryPage


@receiver(post_page_move, sender=StoryPage, dispatch_uid="story-follows-its-zone")
def story_follows_its_new_zone(sender, instance, parent_page_after, **kwargs):
    """A story moved under another zone belongs to that zone (Wagtail moves pages without their own save)."""
    StoryPage.objects.filter(pk=instance.pk).update(zone_id=parent_page_after.pk)
