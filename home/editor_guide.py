"""The editors' guide in the admin: short illustrated steps for the everyday tasks, in the editor's
language.

The guide knows no feature app: each app describes its own tasks as sections it returns from the
"editor_guide_sections" Wagtail hook (called per request, in the editor's language), so zones and
forum explain stories and events without home naming them. Every section has a stable anchor that
help panels in the page editor link to (`GuideLinkPanel`).

The pictures are schematic drawings of the admin's buttons and menus, drawn as inline SVG from the
same translated labels the admin shows, so they speak the editor's language, work offline and carry
their description for screen readers.
"""

from dataclasses import dataclass, field
from itertools import count

from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.panels import HelpPanel
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

CHAR_WIDTH = 9.2
ROW = 36
GAP = 10
PADDING = 16


def admin_label(message):
    """A label exactly as Wagtail's own admin shows it, translated by Wagtail's catalogues (the
    message is Wagtail's, so it is looked up at run time rather than copied into ours)."""
    return _(message)


@dataclass(frozen=True)
class Box:
    """One drawn element: a button, a menu item, a field or a plain label."""

    x: float
    y: float
    width: float
    height: float
    label: str
    kind: str = "button"

    @property
    def text_x(self):
        return self.x + PADDING if self.kind != "icon" else self.x + self.width / 2

    @property
    def text_y(self):
        return self.y + self.height / 2 + 5


@dataclass(frozen=True)
class Picture:
    """A schematic drawing and the sentence that describes it to people who cannot see it."""

    description: str
    boxes: tuple[Box, ...]
    width: float = field(init=False)
    height: float = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "width", max(box.x + box.width for box in self.boxes) + 2)
        object.__setattr__(self, "height", max(box.y + box.height for box in self.boxes) + 2)


def _width(label):
    return len(str(label)) * CHAR_WIDTH + 2 * PADDING


def _listed(labels):
    return ", ".join(f"“{label}”" for label in labels)


def buttons(labels, chosen):
    """A row of buttons with the one to press highlighted."""
    boxes, x = [], 1
    for index, label in enumerate(labels):
        boxes.append(Box(x, 1, _width(label), ROW, label, "chosen" if index == chosen else "button"))
        x += _width(label) + GAP
    description = _("Drawing of the buttons %(labels)s; press “%(chosen)s”.") % {
        "labels": _listed(labels),
        "chosen": labels[chosen],
    }
    return Picture(description, tuple(boxes))


def menu(opener, items, chosen):
    """A button and the list it opens, with the item to choose highlighted."""
    width = max(_width(label) for label in [opener, *items])
    boxes = [Box(1, 1, _width(opener), ROW, opener, "button")]
    for index, label in enumerate(items):
        kind = "chosen" if index == chosen else "item"
        boxes.append(Box(1, 1 + (index + 1) * ROW + GAP, width, ROW, label, kind))
    description = _("Drawing of the list opened by “%(opener)s”: %(labels)s; choose “%(chosen)s”.") % {
        "opener": opener,
        "labels": _listed(items),
        "chosen": items[chosen],
    }
    return Picture(description, tuple(boxes))


def page_header(title, action, symbol):
    """The top of a page in the page list: its title, the "+" (add) and "⋯" (actions) buttons, with
    the one to press highlighted and its name under it."""
    title_box = Box(1, 1, _width(title), ROW, title, "label")
    plus = Box(title_box.width + GAP, 1, ROW, ROW, "+", "icon-chosen" if symbol == "+" else "icon")
    more = Box(plus.x + ROW + GAP, 1, ROW, ROW, "⋯", "icon-chosen" if symbol == "⋯" else "icon")
    pressed = plus if symbol == "+" else more
    tooltip = Box(pressed.x, ROW + GAP + 1, _width(action), ROW, action, "chosen")
    description = _(
        "Drawing of the top of the page “%(title)s”: press the “%(symbol)s” button, “%(action)s”."
    ) % {
        "title": title,
        "symbol": symbol,
        "action": action,
    }
    return Picture(description, (title_box, plus, more, tooltip))


def form_field(label, value):
    """A field of the editor with its label and an example of what to write."""
    box_width = max(_width(value), 260)
    boxes = (Box(1, 1, _width(label), ROW, label, "label"), Box(1, ROW + 1, box_width, ROW, value, "field"))
    description = _("Drawing of the field “%(label)s” filled in with “%(value)s”.") % {
        "label": label,
        "value": value,
    }
    return Picture(description, boxes)


@dataclass(frozen=True)
class Step:
    text: str
    picture: Picture


@dataclass(frozen=True)
class Section:
    """One task of the guide; `anchor` is its stable address within the guide (help panels and
    other sections link to it)."""

    anchor: str
    title: str
    intro: str
    steps: tuple[Step, ...]
    order: int = 100


def sections():
    """Every app's sections, in their order, built in the active language."""
    found = [section for hook in hooks.get_hooks("editor_guide_sections") for section in hook()]
    return sorted(found, key=lambda section: (section.order, section.anchor))


def guide_url(anchor):
    """The address of one section of the guide."""
    return f"{reverse('editor_guide')}#{anchor}"


class EditorGuideView(WagtailAdminTemplateMixin, TemplateView):
    """The guide itself, a page of the admin like its own."""

    template_name = "home/admin/editor_guide.html"
    header_icon = "help"

    def get_page_title(self):
        return _("Editors' guide")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        numbers = count(1)
        context["sections"] = [
            (section, [(step, f"guide-picture-{next(numbers)}") for step in section.steps])
            for section in sections()
        ]
        return context


class GuideLinkPanel(HelpPanel):
    """A line in a page editor that opens one section of the guide (in a new tab, so nothing typed
    is lost); the address is built when the editor is shown."""

    def __init__(self, anchor, text, **kwargs):
        super().__init__(content=text, template="home/admin/guide_link_panel.html", **kwargs)
        self.anchor = anchor

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        del kwargs["content"], kwargs["template"]
        kwargs.update(anchor=self.anchor, text=self.content)
        return kwargs

    class BoundPanel(HelpPanel.BoundPanel):
        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["guide_url"] = guide_url(self.panel.anchor)
            return context
