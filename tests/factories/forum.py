import datetime
import re

import factory
import wagtail_factories
from wagtail.test.utils.form_data import nested_form_data, streamfield

from core.mail.models import OutgoingMail
from forum.agenda.recurrence import WARSAW
from forum.models import (
    EventIndexPage,
    EventPage,
    ForumPage,
    Room,
    SessionPage,
    SessionSpeaker,
    Speaker,
)
from forum.registrations import booking
from tests.addresses import url_in


def warsaw(year, month, day, hour=0, minute=0):
    """An aware datetime in Polish time."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=WARSAW)


# Noon on 1 May 2030 in Warsaw: registration tests book events of the following days.
REGISTRATION_CLOCK = warsaw(2030, 5, 1, 12)


def fix_clock(monkeypatch, moment):
    """Make the agenda and the programme believe it is `moment`."""
    monkeypatch.setattr("core.clock.now", lambda: moment)


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Kalendarium"
    slug = "kalendarium"
    intro = "Wydarzenia w strefach."

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Spotkanie sąsiedzkie {n}")
    slug = factory.Sequence(lambda n: f"spotkanie-{n}")
    intro = "Porozmawiajmy o naszym osiedlu."
    event_type = "meeting"
    start = factory.LazyFunction(lambda: warsaw(2030, 5, 10, 18))
    end = factory.LazyAttribute(
        lambda event: event.start + datetime.timedelta(hours=2) if event.start else None
    )

    class Meta:
        model = EventPage


class ForumPageFactory(wagtail_factories.PageFactory):
    title = "Forum Sąsiedzkie 2030"
    slug = "forum-sasiedzkie"
    intro = "Mieszkańcy, liderzy i aktywiści rozmawiają o pracy lokalnej."
    start_date = datetime.date(2030, 5, 18)
    end_date = datetime.date(2030, 5, 19)
    venue_name = "Biblioteka Miejska, Filia 1"
    venue_address = "ul. Piotrkowska 100, 90-001 Łódź"

    class Meta:
        model = ForumPage


class RoomFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Sala {n}")
    capacity = 40

    class Meta:
        model = Room


class SpeakerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Prelegentka {n}")
    slug = factory.Sequence(lambda n: f"prelegentka-{n}")
    organisation = "Fundacja Sąsiedzka"
    bio = "<p>Animatorka społeczności lokalnych.</p>"

    class Meta:
        model = Speaker


class SessionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sesja {n}")
    slug = factory.Sequence(lambda n: f"sesja-{n}")
    kind = "talk"
    start = factory.LazyFunction(lambda: warsaw(2030, 5, 18, 10))
    end = factory.LazyAttribute(lambda session: session.start + datetime.timedelta(hours=1))
    abstract = "<p>O tym, jak zacząć działać lokalnie.</p>"

    class Meta:
        model = SessionPage


class SessionSpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SessionSpeaker


def translated_agenda(home, locales):
    """The Polish agenda page with its English and Ukrainian translations; returns the Polish one."""
    from tests.factories.home import translate

    index = EventIndexPageFactory(parent=home)
    translate(index, locales["en"], title="Agenda", slug="agenda", intro="Events in the zones.")
    translate(index, locales["uk"], title="Календар", slug="kalendar", intro="Події в зонах.")
    return index


def open_workshop(agenda, **fields):
    """An event taking registrations on 10 May 2030 (the registration tests' clock says 1 May)."""
    defaults = {
        "title": "Warsztaty",
        "slug": "warsztaty",
        "start": warsaw(2030, 5, 10, 18),
        "registration_enabled": True,
        "capacity": 2,
    }
    return EventPageFactory(parent=agenda, **{**defaults, **fields})


def mailbox_link(email, code="pl"):
    """The manage link as the owner of `email` finds it in her latest e-mail (a path, no host)."""
    body = OutgoingMail.objects.filter(to=email).latest("pk").body
    return re.search(
        rf"http://testserver({re.escape(url_in(code, 'registration_manage', '-')[:-2])}[^/\s]+/)", body
    ).group(1)


def confirmed_booking(page, email="anna@example.org", seats=1, language="pl", name="Anna"):
    """A registration made on the website and confirmed from its mailbox, as booking.py does it."""
    person = booking.Person(name=name, email=email, seats=seats, language=language, consent_text="Zgoda.")
    return booking.confirm(booking.book(page, person))


def event_publish_form(page, **changes):
    """The editor's form for `page` as the admin sends it when she presses Publish."""
    fields = {
        "title": page.title,
        "slug": page.slug,
        "event_type": page.event_type,
        "intro": page.intro,
        "search_description": page.search_description,
        "start": "2030-05-10 18:00",
        "end": "2030-05-10 20:00",
        "repeat": "",
        "repeat_interval": "1",
        "repeat_exceptions": streamfield([]),
        "attendance": "in_person",
        "status": "scheduled",
        "audience": "everyone",
        "language": "pl",
        "registration_enabled": "on",
        "capacity": str(page.capacity),
        "max_seats_per_registration": "1",
        "body": streamfield([]),
        "action-publish": "publish",
    }
    return nested_form_data({**fields, **changes})
