"""Moderating ideas in the Wagtail admin: each zone's editors see and decide on their zone's ideas
only (the zones whose pages Wagtail lets them change), communications staff on every zone's. Saving
a decision goes through ideas.proposals, which keeps the history and tells the people concerned.

The organisers' spreadsheet lists each idea with its support count, never a supporter's address,
with formulas neutralised (core/spreadsheets.py)."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.spreadsheets import neutralise
from ideas import proposals
from ideas.listing import CONFIRMED_SUPPORTS
from ideas.models import Idea, IdeaStatus
from zones.models import NeedsFinding, ZonePage


def zones_moderated_by(user):
    """The zones (their pages in the default language) whose ideas `user` moderates."""
    pages = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    return ZonePage.objects.filter(locale=Locale.get_default(), pk__in=pages.values("pk"))


def ideas_moderated_by(user):
    """Ideas whose author confirmed her address, in the zones `user` moderates."""
    return Idea.objects.filter(zone__in=zones_moderated_by(user)).exclude(status=IdeaStatus.UNCONFIRMED)


class IdeaPermissionPolicy(ModelPermissionPolicy):
    """Ideas come from residents only and leave through the privacy tools: nobody adds, copies or
    deletes one in the admin."""

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return super().user_has_permission(user, action)


class IdeaForm(WagtailAdminModelForm):
    """The moderators' form: the need is one of the idea's zone's own (in any language), and an
    idea whose author confirmed never goes back to awaiting confirmation."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["need"].queryset = NeedsFinding.objects.filter(
            zone__translation_key=self.instance.zone.translation_key, kind=NeedsFinding.NEED
        )
        self.fields["status"].choices = [
            choice for choice in self.fields["status"].choices if choice[0] != IdeaStatus.UNCONFIRMED
        ]


class ZoneScoped:
    """A view of one idea that exists only for its zone's moderators."""

    def get_object(self, *args, **kwargs):
        idea = super().get_object(*args, **kwargs)
        if not ideas_moderated_by(self.request.user).filter(pk=idea.pk).exists():
            raise PermissionDenied
        return idea


class IdeaIndexView(generic.IndexView):
    """The ideas of the zones the user moderates, with support counts; exports neutralise formulas."""

    def get_base_queryset(self):
        return (
            ideas_moderated_by(self.request.user)
            .select_related("zone", "need")
            .annotate(support_count=CONFIRMED_SUPPORTS)
        )

    def preprocess_field_value(self, field, value, export_format):
        return neutralise(super().preprocess_field_value(field, value, export_format))


class IdeaEditView(ZoneScoped, generic.EditView):
    """A moderator's decision or correction; the author and followers hear of a new status."""

    def save_instance(self):
        before = Idea.objects.get(pk=self.object.pk)
        with transaction.atomic():
            idea = super().save_instance()
            proposals.moderated(before, idea)
        return idea


class IdeaHistoryView(ZoneScoped, history.HistoryView):
    pass


class IdeaUsageView(ZoneScoped, usage.UsageView):
    pass
