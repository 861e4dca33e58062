"""Demo content of the agenda and the Neighbourhood Forum (demo/data/forum.yaml).

The SAS programme ran from 2022-01-01 to 2023-06-30, but residents browse what is coming, so
demo dates are placed relative to the day the demo is loaded: the agenda is never empty. A
second run finds every page by its slug and changes nothing (demo/toolkit.py).
"""

from collections import Counter
from datetime import date, datetime, time, timedelta

from dateutil.easter import easter
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Locale

from demo.toolkit import (
    LANGUAGES,
    TRANSLATIONS,
    ensure_record,
    ensure_translations,
    inline_rows,
    load_data,
    paragraph,
    record_slug,
    site_root_page,
)
from forum.agenda.recurrence import WARSAW
from forum.models import (
    EventIndexPage,
    EventPage,
    ForumPage,
    Registration,
    Room,
    SessionPage,
    SessionSpeaker,
    Speaker,
)
from forum.registrations import booking
from zones.models import ZonePage

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def next_weekday(day, weekday):
    """The first `weekday` (0 is Monday) strictly after `day`."""
    return day + timedelta(days=(weekday - day.weekday()) % 7 or 7)


def next_clock_change(today):
    """The next last Sunday of March or October after `today`, when Polish clocks change."""
    for year in (today.year, today.year + 1):
        for month in (3, 10):
            last = date(year, month, 31)
            sunday = last - timedelta(days=(last.weekday() - 6) % 7)
            if sunday > today + timedelta(days=1):
                return sunday
    raise AssertionError("unreachable: a clock change happens every six months")


def demo_day(rule, today):
    """The day a record's rule names, counted from `today`: `in_days` then the `next_weekday` after
    it, or `days_from_clock_change` (so the demo has events on both sides of a clock change)."""
    if "days_from_clock_change" in rule:
        return next_clock_change(today) + timedelta(days=rule["days_from_clock_change"])
    day = today + timedelta(days=rule.get("in_days", 0))
    if "next_weekday" in rule:
        day = next_weekday(day, WEEKDAYS.index(rule["next_weekday"]))
    return day


def polish_public_holidays(year):
    """The statutory days off work in Poland (Christmas Eve since 2025): no one would hold a
    Forum on them."""
    sunday = easter(year)
    fixed = [(1, 1), (1, 6), (5, 1), (5, 3), (8, 15), (11, 1), (11, 11), (12, 25), (12, 26)]
    if year >= 2025:
        fixed.append((12, 24))
    movable = (sunday, sunday + timedelta(days=1), sunday + timedelta(days=49), sunday + timedelta(days=60))
    return {date(year, month, day) for month, day in fixed} | set(movable)


def clear_of_holidays(first_day, days):
    """`first_day`, or the same weekday a week later as often as one of the `days` days from it is
    a public holiday in Poland."""
    while any(
        day in polish_public_holidays(day.year)
        for day in (first_day + timedelta(days=n) for n in range(days))
    ):
        first_day += timedelta(weeks=1)
    return first_day


def at(day, clock):
    """`day` at `clock` ("HH:MM") in Warsaw."""
    return datetime.combine(day, time.fromisoformat(clock)).replace(tzinfo=WARSAW)


def event_texts(values, code):
    """An event's texts; its intro opens the body too."""
    return {**values, "body": [paragraph(f"<p>{values['intro']}</p>")]}


def event_dates(event, day):
    if "all_day" in event:
        return {
            "all_day": True,
            "start_date": day,
            "end_date": day + timedelta(days=event["all_day"]["days"] - 1),
        }
    start = at(day, event["start"])
    return {"start": start, "end": start + timedelta(hours=event["hours"])}


def move_to_zone(agenda, event, zone):
    """An event a database built before zones held their events still keeps under the agenda is
    moved, in every language, under its zone's page with Wagtail's move, which leaves a redirect
    from each old address."""
    title = event["pl"]["title"]
    page = agenda.get_children().filter(Q(slug=record_slug(event)) | Q(title=title)).first()
    if page is None:
        return
    for translation in page.get_translations(inclusive=True):
        translation.move(zone.get_translation(translation.locale), pos="last-child")


def ensure_event(agenda, event, zones, defaults, today):
    """An event under its zone's page, or under the agenda when it is the whole programme's."""
    day = demo_day(event["day"], today)
    parent = agenda
    if not event.get("programme"):
        parent = zones[event["zone"]]
        move_to_zone(agenda, event, parent)
    return ensure_record(
        parent,
        EventPage,
        event,
        event_texts,
        zone=zones[event["zone"]],
        **defaults,
        **event_dates(event, day),
        repeat_exceptions=[
            ("date", day + timedelta(weeks=weeks)) for weeks in event.get("skipped_weeks", [])
        ],
    )


def ensure_speakers(speakers):
    """The Forum's speakers (snippets) by slug, each with its English and Ukrainian translation."""
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    found = {}
    for record in speakers:
        speaker = Speaker.objects.filter(slug=record["slug"], locale=locales["pl"]).first()
        if speaker is None:
            speaker = Speaker.objects.create(
                slug=record["slug"], name=record["name"], locale=locales["pl"], **record["pl"]
            )
        ensure_translations(speaker, {code: record[code] for code in TRANSLATIONS})
        found[record["slug"]] = speaker
    return found


def ensure_forum(home, data, zones, today):
    """The Forum page with its rooms, held in a zone's branch, and its programme of sessions."""
    record = data["forum"]
    zone = zones[record["zone"]]
    first_day = clear_of_holidays(demo_day(record["first_day"], today), record["days"])

    def texts(values, code):
        rooms = [
            {
                "name": room["name"][code],
                "capacity": room["capacity"],
                "accessibility": room["accessibility"][code],
            }
            for room in data["rooms"]
        ]
        return {**values, "rooms": inline_rows(Room, record_slug(record), "room", rooms)}

    forum = ensure_record(
        home,
        ForumPage,
        record,
        texts,
        start_date=first_day,
        end_date=first_day + timedelta(days=record["days"] - 1),
        zone=zone,
        venue_name=zone.branch_name,
        venue_address=zone.address,
    )
    speakers = ensure_speakers(data["speakers"])
    rooms = dict(zip((room["key"] for room in data["rooms"]), forum.rooms.all(), strict=True))
    same_title = Counter()
    for session in data["sessions"]:
        same_title[session["pl"]["title"]] += 1
        start = at(forum.start_date + timedelta(days=session["day"]), session["start"])
        ensure_record(
            forum,
            SessionPage,
            session,
            number=same_title[session["pl"]["title"]],
            room=rooms.get(session.get("room")),
            start=start,
            end=start + timedelta(minutes=session["minutes"]),
            session_speakers=[
                SessionSpeaker(speaker=speakers[slug], sort_order=order)
                for order, slug in enumerate(session["speakers"])
            ],
        )
    return forum


def register_demo_people(forum, registrations):
    """Book the data file's people into their Forum workshop, once: more people than seats, so the
    last ones wait on its list; each confirmed her address as residents do from the e-mail
    (booking.py writes their e-mails to the outbox as for anyone)."""
    workshop = SessionPage.objects.child_of(forum).get(slug=registrations["session"])
    if Registration.objects.filter(occasion_id=workshop.pk).exists():
        return
    for person in registrations["people"]:
        held = booking.book(
            workshop,
            booking.Person(
                seats=registrations["seats"], consent_text=registrations["consent_text"], **person
            ),
        )
        booking.confirm(held)


def build():
    data = load_data("forum")
    home = site_root_page()
    today = timezone.localdate()
    zones = {zone.slug: zone for zone in ZonePage.objects.live().filter(locale=home.locale)}
    agenda = ensure_record(home, EventIndexPage, data["agenda"])
    for event in data["events"]:
        ensure_event(agenda, event, zones, data["event_defaults"], today)
    forum = ensure_forum(home, data, zones, today)
    register_demo_people(forum, data["registrations"])
