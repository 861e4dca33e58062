"""The forum in other apps' pages and in the admin: the next Forum and the next events on the home
page and the next events on each zone's page (without home or zones importing forum), and the
organisers' registration screens."""

from datetime import timedelta

import django_filters
from django.contrib.auth.models import Permission
from django.db.models import Case, F, Q, When
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from core import clock
from core.caching import chrome_cache, freshness
from core.http import converters  # noqa: F401  (registers the page_id converter)
from core.privacy.contributors import PersonalData
from core.scheduling.scheduler import Periodic
from forum import editor_guide, tasks
from forum.agenda import listing, recurrence
from forum.models import EventIndexPage, EventPage, ForumPage, Registration, RegistrationStatus
from forum.registrations import exports, organisers, privacy
from zones.dashboard import add_page_url

SHOWN = 3


@hooks.register("periodic_tasks")
def forum_periodic_tasks():
    """Unconfirmed registrations lapsing, reminders and the erasure of registrants' data, each
    computed from the occasions as they are when it runs."""
    return [
        Periodic(tasks.lapse_unconfirmed_registrations, timedelta(minutes=1)),
        Periodic(tasks.send_reminders, timedelta(minutes=5)),
        Periodic(tasks.erase_past_registrations, timedelta(hours=1)),
    ]


def _events(page):
    return EventPage.objects.live().filter(locale_id=page.locale_id).select_related("zone", "locale")


def _section(request, page, events, subscribe=False):
    now = clock.now()
    found = listing.next_occurrences(events, SHOWN, now)
    freshness.true_until(request, listing.next_change(found, now))
    agenda_page = chrome_cache.first_live_page(EventIndexPage, page.locale_id)
    return "forum/includes/upcoming_events.html", {
        "events": found,
        "agenda": agenda_page,
        "subscribe": subscribe,
    }


@hooks.register("page_sections:home")
def upcoming_on_home(request, page):
    return _section(request, page, _events(page))


@hooks.register("page_sections:home", order=-10)
def next_forum_on_home(request, page):
    """The next Neighbourhood Forum (or, once all are over, the latest) with its dates and the way
    to its programme and registration."""
    today = timezone.localdate(clock.now())
    forums = ForumPage.objects.live().filter(locale_id=page.locale_id).select_related("zone")
    # The next Forum still to end, else the latest one, in one query: those still to come first,
    # soonest first; then the others, latest first.
    to_come = Q(end_date__gte=today)
    forum = forums.order_by(
        Case(When(to_come, then=0), default=1),
        Case(When(to_come, then=F("start_date"))).asc(),
        F("start_date").desc(),
    ).first()
    if forum is None:
        return None
    is_over = forum.end_date < today
    if not is_over:
        freshness.true_until(request, recurrence.local_midnight(forum.end_date + timedelta(days=1)))
    return "forum/includes/home_forum.html", {"forum": forum, "is_over": is_over}


@hooks.register("page_sections:zone")
def upcoming_in_zone(request, page):
    """Events link to the zone's page in any language; they are matched across translations."""
    return _section(
        request, page, _events(page).filter(zone__translation_key=page.translation_key), subscribe=True
    )


class ViewOnlyPermissionPolicy(ModelPermissionPolicy):
    """Organisers see registrations (with the "view" permission) but never edit them by hand:
    forum/registrations/booking.py is the only code that changes them, so seats and waiting lists
    stay right."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)


class RegistrationFilters(WagtailFilterSet):
    occasion = django_filters.ModelChoiceFilter(
        label=_("Event"),
        queryset=Page.objects.filter(registrations__isnull=False).distinct().order_by("title"),
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=RegistrationStatus.choices)

    class Meta:
        model = Registration
        fields = ["occasion", "status"]


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "group"
    menu_label = _("Registrations")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = exports.RegistrationIndexView
    list_display = ["name", "email", "occasion", "status", "seats", "created_at", "checked_in_at"]
    filterset_class = RegistrationFilters
    search_fields = ["name", "email", "phone"]
    inspect_view_enabled = True
    # The mail written to her is the outbox's (undelivered e-mails), never listed with her.
    inspect_view_fields_exclude = ["manage_key", "messages"]
    # Accessibility needs are health data: they show on the check-in list and in the person's own
    # export, never in a bulk spreadsheet.
    list_export = [
        "occasion",
        "name",
        "email",
        "phone",
        "seats",
        "status",
        "zone_of_residence",
        "newsletter",
        "language",
        "consent_text",
        "consent_at",
        "created_at",
        "checked_in_at",
    ]
    export_filename = "registrations"
    # Never saved through the admin (the policy denies it); the inspect view shows every field.
    form_fields = ["status"]


register_permission_policy(Registration, ViewOnlyPermissionPolicy(Registration))


@hooks.register("register_admin_viewset")
def register_registrations():
    return RegistrationViewSet("registrations")


@hooks.register("register_admin_urls")
def organiser_urls():
    return [
        path("registrations-by-event/", organisers.summary, name="forum_registration_summary"),
        path(
            "registrations-by-event/<page_id:page_id>/check-in/", organisers.check_in, name="forum_check_in"
        ),
        path(
            "registrations-by-event/<page_id:page_id>/add/",
            organisers.add_registration,
            name="forum_add_registration",
        ),
        path(
            "registrations-by-event/<page_id:page_id>/write/",
            organisers.write_to_registrants,
            name="forum_write_to_registrants",
        ),
    ]


class OrganiserMenuItem(MenuItem):
    def __init__(self, label, url_name, icon, permission, order):
        super().__init__(label, reverse(url_name), icon_name=icon, order=order)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(f"forum.{self.permission}_registration")


@hooks.register("register_admin_menu_item")
def registration_summary_menu_item():
    return OrganiserMenuItem(
        _("Registrations by event"), "forum_registration_summary", "list-ul", "view", 251
    )


@hooks.register("register_personal_data")
def registrations_of_a_person():
    """Registrations on the site-wide "A person's data" screen, open to staff who may delete them."""
    return PersonalData(
        key="registrations",
        label=_("Registrations"),
        find=privacy.person_data,
        describe=privacy.describe,
        erase=privacy.erase_person,
        permission="forum.delete_registration",
    )


@hooks.register("personal_data_permissions")
def registrations_are_personal_data():
    """Registrations and "A person's data" name residents: the staff who hold any of these rights
    give a second factor (core/accounts/second_factor/)."""
    return [f"forum.{action}_registration" for action in ("view", "add", "change", "delete")]


@hooks.register("communications_group")
def communications_see_registrations(group):
    """Communications staff see and manage the registrations: who signed up, desk registrations,
    check-in, messages to registrants and data requests."""
    for action in ("view", "add", "change", "delete"):
        group.permissions.add(
            Permission.objects.get(content_type__app_label="forum", codename=f"{action}_registration")
        )


@hooks.register("communications_group")
def communications_translate_speakers(group):
    """Communications staff translate the speakers in wagtail-localize: its Translate action makes
    the translation (add) and its editor saves it (change)."""
    for action in ("add", "change"):
        group.permissions.add(
            Permission.objects.get(content_type__app_label="forum", codename=f"{action}_speaker")
        )


hooks.register("editor_guide_sections", editor_guide.editor_guide_sections)


@hooks.register("zone_dashboard_actions")
def add_event_in_zone(request, zone):
    """One click from a zone librarian's dashboard to a new event in her zone."""
    if EventPage.can_exist_under(zone) and zone.permissions_for_user(request.user).can_add_subpage():
        return _("Add an event"), add_page_url(EventPage, zone)
    return None
