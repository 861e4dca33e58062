"""The undelivered e-mails in the admin: messages not sent yet, those waiting for another attempt
while SMTP refuses them and those the outbox gave up on after its last attempt (sending.py), so staff
can reach those people another way. Sent messages are their recipients' business and are not
listed, and staff never change a message by hand."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from core.mail.models import OutgoingMail

# What staff may see of a message: never its body or attachment, which carry the recipient's
# personal link (whoever holds it confirms, cancels or supports in her name).
UNDELIVERED_MAIL_FIELDS = [
    "to",
    "kind",
    "subject",
    "created_at",
    "attempts",
    "last_error",
    "failed_at",
    "carries_link",
]


class ViewOnlyPermissionPolicy(ModelPermissionPolicy):
    """Staff with the "view" permission see the messages but never add, change or delete one:
    core/mail/ is the only code that changes them, so what was sent, and when, stays true."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)


class UndeliveredMailIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(sent_at=None)


class UndeliveredMailViewSet(ModelViewSet):
    model = OutgoingMail
    icon = "warning"
    menu_label = _("Undelivered e-mails")
    menu_order = 253
    add_to_admin_menu = True
    index_view_class = UndeliveredMailIndexView
    list_display = UNDELIVERED_MAIL_FIELDS
    search_fields = ["to", "subject"]
    inspect_view_enabled = True
    inspect_view_fields = UNDELIVERED_MAIL_FIELDS
    form_fields = ["to"]
