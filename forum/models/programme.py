"""The Neighbourhood Forum (Forum Sąsiedzkie): an edition with its rooms, sessions and speakers."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Prefetch, Q, When
from django.http import Http404
from django.urls import reverse
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from core import clock
from core.caching import freshness
from core.routing.translated_routes import TranslatedRoutesMixin
from forum.agenda import listing
from forum.agenda.recurrence import WARSAW
from forum.enums import Status
from forum.models.occasions import Occasion
from forum.programme import timetable
from home.blocks import RICH_TEXT_FEATURES, BodyBlock, DocumentLinkBlock
from home.models import BasePage, Venue, optional_image


class SessionKind(models.TextChoices):
    TALK = "talk", _("Talk")
    WORKSHOP = "workshop", _("Workshop")
    PANEL = "panel", _("Panel discussion")
    BREAK = "break", _("Break")


@register_snippet
class Speaker(TranslatableMixin, models.Model):
    """A person who speaks at or runs sessions of the Forum. Edited by the Forum's organisers;
    translate the organisation and bio into each language."""

    name = models.CharField(
        max_length=200, verbose_name=_("Full name"), help_text=_("First name and surname.")
    )
    slug = models.SlugField(
        max_length=100,
        verbose_name=_("Address part"),
        help_text=_("Used in the address of the speaker's page, e.g. anna-kowalska."),
    )
    organisation = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("Organisation"),
        help_text=_("Where the speaker works or which group they belong to."),
    )
    bio = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        verbose_name=_("Biography"),
        help_text=_("A short paragraph about the speaker."),
    )
    photo = optional_image(_("Photo"), _("A portrait, used with the speaker's consent."))
    links = StreamField(
        [
            (
                "link",
                blocks.StructBlock(
                    [
                        ("title", blocks.CharBlock(label=_("Link text"))),
                        ("url", blocks.URLBlock(label=_("Web address"))),
                    ],
                    label=_("Link"),
                ),
            )
        ],
        blank=True,
        verbose_name=_("Links"),
        help_text=_("The speaker's website or profiles, each with a short text."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("organisation"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("links"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Speaker")
        verbose_name_plural = _("Speakers")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    def front_cache_urls(self):
        """The speaker's own page at each Forum edition she speaks at, in every language: the front
        cache purges them when she is edited (core/caching/front_cache.py)."""
        slugs = set(
            Speaker.objects.filter(translation_key=self.translation_key).values_list("slug", flat=True)
        )
        sessions = SessionPage.objects.filter(session_speakers__speaker__translation_key=self.translation_key)
        editions = ForumPage.objects.live().filter(
            translation_key__in=ForumPage.objects.filter(
                pk__in=[session.get_parent().pk for session in sessions]
            ).values("translation_key")
        )
        return [
            edition.get_full_url() + edition.reverse_subpage("speaker", args=[slug])
            for edition in editions
            if edition.get_full_url()
            for slug in slugs
        ]


SPEAKERS = pgettext_lazy("address", "speakers/")


class ForumPage(TranslatedRoutesMixin, Venue, BasePage):
    """One edition of the Neighbourhood Forum: its days, venue and rooms; its sessions are the
    pages below it. Routes give the timetable, now and next, and the speakers. Edited by the
    Forum's organisers."""

    venue_host_field = "zone"

    intro = models.TextField(
        blank=True,
        verbose_name=_("Introduction"),
        help_text=_("What the Forum is about and who it is for, in two or three sentences."),
    )
    start_date = models.DateField(verbose_name=_("First day"), help_text=_("The Forum's first day."))
    end_date = models.DateField(
        verbose_name=_("Last day"), help_text=_("The Forum's last day; the same as the first for one day.")
    )
    zone = models.ForeignKey(
        "zones.ZonePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Host zone"),
        help_text=_("The zone whose library hosts the Forum, if any."),
    )
    body = StreamField(
        BodyBlock(), blank=True, verbose_name=_("Content"), help_text=_("More about the Forum.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        MultiFieldPanel(
            [FieldPanel("zone"), FieldPanel("venue_name"), FieldPanel("venue_address")],
            heading=_("Venue"),
        ),
        InlinePanel("rooms", heading=_("Rooms"), label=_("Room")),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["forum.SessionPage"]

    class Meta:
        verbose_name = _("Forum edition")
        verbose_name_plural = _("Forum editions")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day cannot be before the first day.")})

    @path("")
    def overview(self, request):
        current, upcoming = self._now_and_next(request, clock.now())
        return self.render(
            request,
            context_overrides={"rooms": self.room_list, "now": current, "next": upcoming},
        )

    @path(pgettext_lazy("address", "timetable/"), name="timetable")
    def timetable(self, request):
        """The sessions are read only when the timetable is rendered, which its kept copy spares."""
        kind = request.GET.get("kind", "")
        if kind and kind not in SessionKind.values:
            raise Http404

        def days():
            sessions = self.sessions()
            if kind:
                sessions = [session for session in sessions if session.kind == kind]
            return timetable.days(sessions, self.room_list)

        return self.render(
            request,
            template="forum/forum_timetable.html",
            context_overrides={
                "days": SimpleLazyObject(days),
                "rooms": SimpleLazyObject(lambda: self.room_list),
                "kinds": SessionKind.choices,
                "kind": kind,
            },
        )

    @path(pgettext_lazy("address", "now/"), name="now")
    def now_and_next(self, request):
        now = clock.now()
        current, upcoming = self._now_and_next(request, now)
        return self.render(
            request,
            template="forum/forum_now.html",
            context_overrides={"now": current, "next": upcoming, "moment": now.astimezone(WARSAW)},
        )

    sitemap_subpages = ("timetable", "speakers")

    def sitemap_subpage_paths(self):
        speakers = {speaker.slug for session in self.sessions() for speaker in session.speaker_list}
        return [self.reverse_subpage("speaker", args=[slug]) for slug in sorted(speakers)]

    @path(SPEAKERS, name="speakers")
    def speakers(self, request):
        sessions = self.sessions()
        speakers = {speaker.pk: speaker for session in sessions for speaker in session.speaker_list}
        return self.render(
            request,
            template="forum/forum_speakers.html",
            context_overrides={"speakers": sorted(speakers.values(), key=lambda speaker: speaker.name)},
        )

    @path(format_lazy("{}<slug:slug>/", SPEAKERS), name="speaker")
    def speaker(self, request, slug):
        speaker = (
            Speaker.objects.filter(slug=slug)
            .select_related("locale")
            .filter(Q(locale_id=self.locale_id) | Q(locale__language_code=settings.LANGUAGE_CODE))
            .order_by(Case(When(locale_id=self.locale_id, then=0), default=1))
            .first()
        )
        if speaker is None:
            raise Http404
        sessions = self.sessions(
            SessionPage.objects.filter(session_speakers__speaker__translation_key=speaker.translation_key)
        )
        if not sessions:
            raise Http404
        return self.render(
            request,
            template="forum/forum_speaker.html",
            context_overrides={"speaker": speaker, "sessions": sessions},
        )

    def _now_and_next(self, request, now):
        """What is on and what comes next, true until one of them ends or starts, or the day ends."""
        current, upcoming = timetable.now_and_next(self.sessions(), now)
        ends_and_starts = [session.end for session in current] + [session.start for session in upcoming]
        freshness.true_until(request, *ends_and_starts, listing.next_midnight(now))
        return current, upcoming

    @cached_property
    def room_list(self):
        return list(self.rooms.select_related("locale"))

    def sessions(self, queryset=None):
        """The live sessions of this edition in time order, each with `local_room` and
        `speaker_list` in the page's language, in a fixed number of queries."""
        queryset = SessionPage.objects.all() if queryset is None else queryset
        sessions = list(
            queryset.live()
            .child_of(self)
            .select_related("room__locale", "locale")
            .prefetch_related(
                Prefetch(
                    "session_speakers", queryset=SessionSpeaker.objects.select_related("speaker__locale")
                )
            )
            .order_by("start", "end")
            .distinct()
        )
        chosen = [link.speaker for session in sessions for link in session.session_speakers.all()]
        translated = {
            speaker.translation_key: speaker
            for speaker in Speaker.objects.filter(
                translation_key__in={speaker.translation_key for speaker in chosen}, locale_id=self.locale_id
            ).select_related("locale")
        }
        rooms = {room.translation_key: room for room in self.room_list}
        for session in sessions:
            session.local_room = (
                rooms.get(session.room.translation_key, session.room) if session.room else None
            )
            session.speaker_list = [
                translated.get(link.speaker.translation_key, link.speaker)
                for link in session.session_speakers.all()
            ]
        return sessions


class Room(TranslatableMixin, Orderable):
    """A room of a Forum edition; sessions take place in it. Translate its name for each language."""

    forum = ParentalKey(ForumPage, on_delete=models.CASCADE, related_name="rooms")
    name = models.CharField(max_length=100, verbose_name=_("Name"), help_text=_("E.g. Main hall."))
    capacity = models.PositiveIntegerField(
        null=True, blank=True, verbose_name=_("Capacity"), help_text=_("How many people fit in the room.")
    )
    accessibility = models.TextField(
        blank=True,
        verbose_name=_("Accessibility"),
        help_text=_("E.g. step-free access, induction loop, where the lift is."),
    )

    panels = [FieldPanel("name"), FieldPanel("capacity"), FieldPanel("accessibility")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Room")
        verbose_name_plural = _("Rooms")
        ordering = ["sort_order"]

    def __str__(self):
        return self.name


class SessionPageForm(WagtailAdminPageForm):
    """Offers only the rooms of the session's own Forum and tells the page which Forum that is."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        forum = parent_page.specific if parent_page is not None else None
        if isinstance(forum, ForumPage):
            self.instance.forum = forum
            if "room" in self.fields:
                self.fields["room"].queryset = Room.objects.filter(forum=forum)


class SessionPage(Occasion, BasePage):
    """One session of the Forum programme: a talk, workshop, panel or break in a room.
    Edited by the Forum's organisers."""

    open_graph_type = "article"

    kind = models.CharField(
        max_length=20,
        choices=SessionKind.choices,
        default=SessionKind.TALK,
        verbose_name=_("Kind"),
        help_text=_("Visitors filter the timetable by it."),
    )
    room = models.ForeignKey(
        Room,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Room"),
        help_text=_("Leave empty for breaks and sessions for everyone, shown across all rooms."),
    )
    abstract = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        verbose_name=_("Abstract"),
        help_text=_("What the session is about and what participants take away."),
    )
    materials = StreamField(
        [("document", DocumentLinkBlock())],
        blank=True,
        verbose_name=_("Materials"),
        help_text=_("Slides, handouts and other documents of the session."),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("room")]),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        InlinePanel("session_speakers", heading=_("Speakers"), label=_("Speaker")),
        FieldPanel("abstract"),
        FieldPanel("materials"),
        MultiFieldPanel(Occasion.status_panels, heading=_("Status")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("attendance"), FieldPanel("online_url")]),
                *Occasion.participation_panels,
            ],
            heading=_("Taking part"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("abstract"), index.FilterField("kind")]
    base_form_class = SessionPageForm

    parent_page_types = ["forum.ForumPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Forum session")
        verbose_name_plural = _("Forum sessions")

    @cached_property
    def forum(self):
        """The Forum edition the session belongs to (set by the editor's form for a new page)."""
        return ForumPage.objects.parent_of(self).get()

    def calendar_feed_paths(self):
        return [reverse("calendar_forum", args=[self.get_parent().pk])]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sessions = self.forum.sessions(SessionPage.objects.filter(pk=self.pk))
        context["speakers"] = sessions[0].speaker_list if sessions else []
        context["room"] = sessions[0].local_room if sessions else self.room
        return context

    def clean(self):
        super().clean()
        if self.start is None or self.end is None or self.end <= self.start:
            return
        forum = self.forum
        errors = {}
        first, last = self.start.astimezone(WARSAW).date(), self.end.astimezone(WARSAW).date()
        if first < forum.start_date or last > forum.end_date:
            errors["start"] = _("The session must take place between the Forum's first and last day.")
        if self.room is not None and self.status != Status.CANCELLED:
            clash = (
                SessionPage.objects.child_of(forum)
                .filter(
                    room__translation_key=self.room.translation_key, start__lt=self.end, end__gt=self.start
                )
                .exclude(status=Status.CANCELLED)
                .exclude(translation_key=self.translation_key)
                .first()
            )
            if clash is not None:
                errors["room"] = _("“%(title)s” is in this room at the same time.") % {"title": clash.title}
        if errors:
            raise ValidationError(errors)

    @property
    def venue_label(self):
        return self.forum.venue_label

    @property
    def venue_full_address(self):
        return self.forum.venue_full_address


class SessionSpeaker(Orderable):
    """A speaker of a session, in the order they are listed."""

    session = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="session_speakers")
    speaker = models.ForeignKey(
        Speaker,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("Speaker"),
        help_text=_("Choose a speaker; add speakers under Snippets first."),
    )

    panels = [FieldPanel("speaker")]
