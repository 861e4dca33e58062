import itertools
import re

import factory
from django.utils import timezone

from core.mail.models import OutgoingMail
from ideas.models import Idea, IdeaStatus, IdeaStatusChange, IdeaSupport
from tests.addresses import url_in
from tests.factories.zones import NeedsFindingFactory, ZonePageFactory, translated, zone_indexes


class IdeaFactory(factory.django.DjangoModelFactory):
    """A published idea whose author confirmed her address."""

    title = factory.Sequence(lambda n: f"Pomysł {n}")
    description = "Wspólne sadzenie kwiatów przed biblioteką."
    help_needed = "Sadzonki i łopaty."
    public_name = "Ania z Bałut"
    email = factory.Sequence(lambda n: f"autorka{n}@example.org")
    language = "pl"
    consent_text = "Zgoda."
    status = IdeaStatus.NEW
    email_confirmed_at = factory.LazyFunction(timezone.now)
    published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Idea


ADDRESSES = itertools.count()


def supported(idea, count, notify=False, language="pl"):
    """`count` confirmed supports of `idea`, each from an address of its own."""
    return [
        IdeaSupport.objects.create(
            idea=idea,
            email=f"sasiad{next(ADDRESSES)}@example.org",
            language=language,
            notify=notify,
            consent_text="Zgoda.",
            email_confirmed_at=timezone.now(),
        )
        for _ in range(count)
    ]


def with_history(idea):
    IdeaStatusChange.objects.create(idea=idea, status=idea.status)
    return idea


def zone_with_needs(homes, locales, title="Strefa Bałuty", index=None):
    """A zone page in pl, en and uk whose diagnosis found two needs, by language code; under
    `index` (the Polish list of zones), made with its translations when not given."""
    index = index or zone_indexes(homes, locales)["pl"]
    zone = ZonePageFactory(parent=index, title=title)
    NeedsFindingFactory(zone=zone, label="Miejsca spotkań")
    NeedsFindingFactory(zone=zone, label="Zajęcia dla seniorów")
    zone.save_revision().publish()
    return translated(
        zone,
        locales,
        en={"title": f"{title} (en)"},
        uk={"title": f"{title} (uk)"},
    )


def confirm_link(email, code="pl"):
    """The confirmation link as the owner of `email` finds it in her latest e-mail (a path)."""
    body = OutgoingMail.objects.filter(to=email).latest("pk").body
    return re.search(
        rf"http://testserver({re.escape(url_in(code, 'ideas_confirm', '-')[:-2])}[^/\s]+/)", body
    ).group(1)
