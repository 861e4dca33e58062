"""Residents' pages of ideas: a zone's ideas with filters, the form to propose one, an idea's own
page with its history and the form to support it, and the confirmation page that only the signed
link in a mailbox opens.

Whatever address is typed into a form, the answer is the same "check your e-mail": nothing counts
and nothing of a person shows until the mailbox's owner opens her link. Pages carrying a form are
private (never cached), like the registration pages.
"""

from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control

from core.caching import chrome_cache
from core.forms.links import EXPIRED
from core.forms.refusal import Refusal
from core.http.privacy_headers import private, secret_address
from core.pagination import paginate
from forum.models import EventIndexPage
from home.models import SiteSettings
from ideas import links, listing, proposals
from ideas.forms import ProposeForm, SupportForm
from ideas.models import LOCAL_ACTION_STATUSES, PUBLIC_STATUSES, Idea, IdeaSupport
from zones.listing import story_index_for
from zones.models import ZoneIndexPage

PER_PAGE = 12
# A front cache keeps the public list this long: new supports and decisions show within a minute.
LIST_MAX_AGE = 60
# Why an idea's or a support's submission is refused before its fields are read.
REFUSAL = Refusal(
    bucket="ideas",
    limit_setting="IDEAS_RATE_LIMIT",
    too_many=_("Too many submissions from your connection. Please try again in an hour."),
    robot=_("Your submission could not be accepted. Please leave the last field empty."),
)


def _filter_value(request, name, allowed):
    value = request.GET.get(name, "")
    return value if value in allowed else ""


@cache_control(public=True, max_age=LIST_MAX_AGE)
def zone_ideas(request, zone_id):
    """The zone's published ideas, newest first, filtered by status and by the need they answer."""
    zone, shown = listing.zone_pages(zone_id)
    needs = listing.needs_of(shown)
    needs_by_id = {str(finding.pk): key for key, finding in needs.items()}
    status = _filter_value(request, "status", PUBLIC_STATUSES)
    need = _filter_value(request, "need", needs_by_id)
    ideas = listing.published(zone.ideas.all())
    if status:
        ideas = ideas.filter(status=status)
    if need:
        ideas = ideas.filter(need__translation_key=needs_by_id[need])
    page_of_ideas = paginate(request, ideas, PER_PAGE)
    listing.label_needs(page_of_ideas.object_list, needs)
    context = {
        "zone": shown,
        "ideas": page_of_ideas,
        "status": status,
        "need": need,
        "status_counts": listing.status_counts(zone),
        "need_counts": listing.need_counts(zone, needs),
    }
    return render(request, "ideas/zone_ideas.html", context)


@private
def propose(request, zone_id):
    """The form to propose an idea for the zone; POST stores it awaiting the author's confirmation."""
    zone, shown = listing.zone_pages(zone_id)
    options = {
        "zone": shown,
        "action": reverse("ideas_propose", args=[shown.pk]),
        "privacy_url": SiteSettings.for_request(request).privacy_url(request),
    }
    form = ProposeForm(**options)
    message, status = "", 200
    if request.method == "POST":
        form = ProposeForm(request.POST, **options)
        problem = REFUSAL.check(request, form)
        if problem:
            message, status = problem
        else:
            data = form.cleaned_data
            proposals.propose(
                zone,
                title=data["title"],
                description=data["description"],
                need=data["need"],
                help_needed=data["help_needed"],
                public_name=data["public_name"],
                email=data["email"],
                language=get_language(),
                consent_text=form.consent_text,
            )
            return redirect("ideas_sent", zone_id=shown.pk)
    context = {"zone": shown, "form": form, "message": message}
    return render(request, "ideas/propose.html", context, status=status)


@private
def sent(request, zone_id):
    """What happens next, the same for every address."""
    _zone, shown = listing.zone_pages(zone_id)
    return render(request, "ideas/sent.html", {"zone": shown, "what": "idea"})


def _public_idea(idea_id):
    return get_object_or_404(listing.published(), pk=idea_id)


def _idea_context(request, idea, form):
    _zone, shown = listing.zone_pages(idea.zone_id)
    listing.label_needs([idea], listing.needs_of(shown))
    context = {
        "zone": shown,
        "idea": idea,
        "history": idea.history.all(),
        "form": form,
        "is_local_action": idea.status in LOCAL_ACTION_STATUSES,
    }
    if context["is_local_action"]:
        context["agenda"] = chrome_cache.first_live_page(EventIndexPage, shown.locale_id)
        context["story_index"] = story_index_for(shown.locale_id)
    return context


def _support_form(request, idea, data=None):
    action = reverse("ideas_support", args=[idea.pk])
    return SupportForm(
        data, action=action, privacy_url=SiteSettings.for_request(request).privacy_url(request)
    )


@private
def idea_page(request, idea_id):
    """One published idea: what it is, who proposed it (the name she chose, if any), its support
    count and history, and the form to support it."""
    idea = _public_idea(idea_id)
    return render(request, "ideas/idea.html", _idea_context(request, idea, _support_form(request, idea)))


@private
def support(request, idea_id):
    """POST a support: it awaits its mailbox's confirmation; the answer is the same for every address."""
    idea = _public_idea(idea_id)
    if request.method != "POST":
        return redirect("ideas_idea", idea_id=idea.pk)
    form = _support_form(request, idea, request.POST)
    problem = REFUSAL.check(request, form)
    if problem is None:
        proposals.support(
            idea,
            email=form.cleaned_data["email"],
            language=get_language(),
            notify=form.cleaned_data["notify"],
            consent_text=form.consent_text,
        )
        return redirect("ideas_support_sent", idea_id=idea.pk)
    message, status = problem
    context = {**_idea_context(request, idea, form), "message": message}
    return render(request, "ideas/idea.html", context, status=status)


@private
def support_sent(request, idea_id):
    idea = _public_idea(idea_id)
    _zone, shown = listing.zone_pages(idea.zone_id)
    return render(request, "ideas/sent.html", {"zone": shown, "idea": idea, "what": "support"})


def _fresh_link(record):
    """Where a resident whose link does not work gets a fresh one, by sending again: the form of
    her idea's zone, or the idea she supported; the list of zones when the link names nothing kept.
    Plain links: this page sends no referrer, so a form here would post with "Origin: null"."""
    if isinstance(record, Idea):
        _zone, shown = listing.zone_pages(record.zone_id)
        return "propose", reverse("ideas_propose", args=[shown.pk])
    if isinstance(record, IdeaSupport) and record.idea.is_public:
        return "support", reverse("ideas_idea", args=[record.idea_id])
    zones = chrome_cache.first_live_page(ZoneIndexPage, chrome_cache.active_locale().pk)
    return "zones", zones.url if zones else "/"


@secret_address
def confirm(request, token):
    """The page the e-mailed link opens: "Confirm" counts the idea or the support (a POST, so that
    mail scanners opening links confirm nothing). A link that does not work says why and leads to
    a fresh one."""
    record, problem = links.record_from(token)
    if problem:
        status = 410 if problem == EXPIRED else 404
        fresh, fresh_url = _fresh_link(record)
        context = {"problem": problem, "fresh": fresh, "fresh_url": fresh_url}
        return render(request, "ideas/link_problem.html", context, status=status)
    idea = record if isinstance(record, Idea) else record.idea
    if request.method == "POST" and request.POST.get("action") == "confirm":
        proposals.confirm(record)
        return redirect(f"{request.path}?confirmed=1")
    _zone, shown = listing.zone_pages(idea.zone_id)
    context = {
        "zone": shown,
        "idea": idea,
        "is_idea": record is idea,
        "confirmed": record.email_confirmed_at is not None,
    }
    return render(request, "ideas/confirm.html", context)
