"""Demo content of residents' ideas (demo/data/ideas.yaml): three to five ideas per zone, in their
authors' languages, with their status history and confirmed supports; the selected one is the
zone's local action. An idea is found again by its zone and title, so a re-run changes nothing."""

from django.utils import timezone

from demo.toolkit import load_data, site_root_page
from ideas.models import CLOSED_STATUSES, Idea, IdeaStatusChange, IdeaSupport
from zones.models import ZoneIndexPage, ZonePage

CONSENT = "Demo: zgoda na przetwarzanie danych."


def _zone_needs(zone):
    """The zone's needs (Polish rows) by the key of the diagnosis row they came from."""
    needs = list(zone.needs_findings.filter(kind="need").order_by("sort_order"))
    data = load_data("zones")["diagnosis"]["rows"]
    keys = [row["key"] for row in data if row["kind"] == "need"]
    return dict(zip(keys, needs, strict=False))


def ensure_idea(zone, number, record, needs):
    idea = Idea.objects.filter(zone=zone, title=record["title"]).first()
    if idea is not None:
        return idea
    history = record.get("history", [])
    status = history[-1] if history else record["status"]
    now = timezone.now()
    idea = Idea.objects.create(
        zone=zone,
        title=record["title"],
        description=record["description"],
        need=needs.get(record["need"]),
        help_needed=record["help_needed"],
        public_name=record["public_name"],
        email=f"demo-{zone.slug}-{number}@example.org",
        language=record["language"],
        consent_text=CONSENT,
        status=status,
        status_reason=record.get("reason", ""),
        email_confirmed_at=now,
        published_at=now if history else None,
        closed_at=now if status in CLOSED_STATUSES else None,
    )
    for step in history:
        note = record.get("reason", "") if step == status else ""
        IdeaStatusChange.objects.create(idea=idea, status=step, note=note)
    IdeaSupport.objects.bulk_create(
        IdeaSupport(
            idea=idea,
            email=f"demo-supporter-{count}@example.org",
            language=("pl", "en", "uk")[count % 3],
            notify=count % 2 == 0,
            consent_text=CONSENT,
            email_confirmed_at=now,
        )
        for count in range(record["supports"])
    )
    return idea


def build():
    data = load_data("ideas")
    index = ZoneIndexPage.objects.child_of(site_root_page()).first()
    for slug, ideas in data["zones"].items():
        zone = ZonePage.objects.child_of(index).get(slug=slug)
        needs = _zone_needs(zone)
        for number, record in enumerate(ideas):
            ensure_idea(zone, number, record, needs)
