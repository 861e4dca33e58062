"""Ideas in other apps' pages and in the admin: the latest ideas on the home page and on each
zone's page, the chosen idea in the zone's local action section (without zones or home importing
ideas), the moderation screens, and the permissions each editor group gets."""

from datetime import timedelta

import django_filters
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from core.privacy.contributors import PersonalData
from core.scheduling.scheduler import Periodic
from ideas import listing, moderation, privacy, tasks
from ideas.models import LOCAL_ACTION_STATUSES, Idea, IdeaStatus

SHOWN = 3
MODERATOR_ACTIONS = ("view", "change")


def _zone_ideas(page):
    return listing.published(Idea.objects.filter(zone__translation_key=page.translation_key))


@hooks.register("page_sections:zone")
def ideas_in_zone(request, page):
    """The zone's latest ideas and the way to propose one."""
    ideas = listing.label_needs(list(_zone_ideas(page)[:SHOWN]), listing.needs_of(page))
    return "ideas/includes/zone_section.html", {"ideas": ideas, "zone": page}


@hooks.register("page_sections:home", order=10)
def latest_ideas_on_home(request, page):
    """The latest ideas of every zone, each with its zone named in the home page's language."""
    ideas = list(listing.published()[:SHOWN])
    if not ideas:
        return None
    listing.name_zones(ideas, page.locale_id)
    return "ideas/includes/home_ideas.html", {"ideas": ideas}


@hooks.register("page_sections:zone_action")
def chosen_idea(request, page):
    """The idea residents proposed that became the zone's local action."""
    idea = _zone_ideas(page).filter(status__in=LOCAL_ACTION_STATUSES).first()
    if idea is None:
        return None
    return "ideas/includes/chosen_idea.html", {"idea": idea, "url": reverse("ideas_idea", args=[idea.pk])}


class IdeaFilters(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=IdeaStatus.choices)
    zone = django_filters.ModelChoiceFilter(
        label=_("Zone"), queryset=lambda request: moderation.zones_moderated_by(request.user)
    )

    class Meta:
        model = Idea
        fields = ["status", "zone"]


class IdeaViewSet(ModelViewSet):
    model = Idea
    icon = "pick"
    menu_label = _("Residents' ideas")
    menu_order = 240
    add_to_admin_menu = True
    copy_view_enabled = False
    index_view_class = moderation.IdeaIndexView
    edit_view_class = moderation.IdeaEditView
    history_view_class = moderation.IdeaHistoryView
    usage_view_class = moderation.IdeaUsageView
    list_display = [
        "title",
        "zone",
        "status",
        Column("support_count", label=_("Supports")),
        "created_at",
        "published_at",
    ]
    filterset_class = IdeaFilters
    search_fields = ["title", "description"]
    list_export = [
        "zone",
        "title",
        "description",
        "need",
        "help_needed",
        "public_name",
        "status",
        "status_reason",
        "support_count",
        "language",
        "created_at",
        "published_at",
        "edited_at",
    ]
    export_headings = {"support_count": _("Supports")}
    export_filename = "ideas"
    edit_handler = ObjectList(
        [
            FieldPanel("status"),
            FieldPanel("status_reason"),
            FieldPanel("title"),
            FieldPanel("description"),
            FieldPanel("need"),
            FieldPanel("help_needed"),
            FieldPanel("public_name"),
        ],
        base_form_class=moderation.IdeaForm,
    )


register_permission_policy(Idea, moderation.IdeaPermissionPolicy(Idea))


@hooks.register("register_admin_viewset")
def register_ideas():
    return IdeaViewSet("ideas")


def _grant_moderation(group):
    for action in MODERATOR_ACTIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label="ideas", codename=f"{action}_idea")
        )


@hooks.register("personal_data_permissions")
def moderating_ideas_is_personal_data():
    """Moderators read ideas before they are public, with their authors' names: they give a second
    factor (core/accounts/second_factor/)."""
    return [f"ideas.{action}_idea" for action in MODERATOR_ACTIONS]


@hooks.register("communications_group")
def communications_moderate_ideas(group):
    """Communications staff moderate every zone's ideas."""
    _grant_moderation(group)


@hooks.register("zone_group")
def zone_editors_moderate_ideas(group):
    """A zone's editors moderate ideas; ideas.moderation limits them to their own zone's."""
    _grant_moderation(group)


@hooks.register("register_personal_data")
def ideas_of_a_person():
    """Authors' and supporters' data on the site-wide "A person's data" screen, for whoever may open
    it (no permission of its own: the staff who answer a person's request answer it for her ideas)."""
    return PersonalData(
        key="ideas",
        label=privacy.LABEL,
        find=privacy.person_data,
        describe=privacy.describe,
        erase=privacy.erase_person,
    )


@hooks.register("periodic_tasks")
def ideas_periodic_tasks():
    """Forgetting expired unconfirmed ideas and supports, and the people of long-closed ideas."""
    return [Periodic(tasks.erase_past_idea_data, timedelta(hours=1))]
