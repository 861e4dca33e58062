"""Create the demo zone editor and communications editor and print their logins; refused outside DEBUG."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from zones.editors import COMMUNICATIONS_GROUP, ZONE_GROUP_PREFIX

PASSWORD = "sas-demo-editor"
ZONE_EDITOR = "redakcja-strefy"
COMMUNICATIONS_EDITOR = "komunikacja"


class Command(BaseCommand):
    help = "Create (once) a zone editor and a communications editor for the demo. Only with DEBUG on; run after load_demo."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("demo_editors only runs with DEBUG on: it creates known passwords.")
        zone_group = Group.objects.filter(name__startswith=ZONE_GROUP_PREFIX).order_by("name").first()
        communications = Group.objects.filter(name=COMMUNICATIONS_GROUP).first()
        if zone_group is None or communications is None:
            raise CommandError("Run load_demo first: it creates the editors' groups.")
        for username, group in ((ZONE_EDITOR, zone_group), (COMMUNICATIONS_EDITOR, communications)):
            user = get_user_model().objects.filter(username=username).first()
            if user is None:
                user = get_user_model().objects.create_user(username, f"{username}@sas.example.org", PASSWORD)
            user.groups.add(group)
            self.stdout.write(
                self.style.SUCCESS(
                    f"{group.name}: user {username}  password {PASSWORD}  http://127.0.0.1:8000/admin/"
                )
            )
