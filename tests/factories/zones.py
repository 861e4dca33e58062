import datetime
from decimal import Decimal

import factory
import wagtail_factories
from wagtail.models import Locale
from wagtail.rich_text import RichText

from zones.models import (
    GuideChapterPage,
    GuidePage,
    LocalLeader,
    NeedsFinding,
    OpeningHours,
    StoryIndexPage,
    StoryPage,
    StoryTopic,
    Topic,
    TrainingIndexPage,
    TrainingMaterialPage,
    ZoneIndexPage,
    ZonePage,
)


class ZoneIndexPageFactory(wagtail_factories.PageFactory):
    title = "Strefy"
    slug = "strefy"
    intro = "Sześć stref w filiach biblioteki."

    class Meta:
        model = ZoneIndexPage


class ZonePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Strefa {n}")
    slug = factory.Sequence(lambda n: f"strefa-{n}")
    intro = "Strefa w bibliotece osiedlowej."
    branch_name = factory.Sequence(lambda n: f"Filia nr {n}")
    street = "ul. Piotrkowska 100"
    postal_code = "90-001"
    latitude = Decimal("51.75924")
    longitude = Decimal("19.45598")
    contact_name = "Anna Nowak"
    contact_email = "anna.nowak@example.org"
    contact_phone = "+48 42 123 45 67"

    class Meta:
        model = ZonePage


class OpeningHoursFactory(factory.django.DjangoModelFactory):
    weekday = 0
    opens = datetime.time(10)
    closes = datetime.time(18)

    class Meta:
        model = OpeningHours


class NeedsFindingFactory(factory.django.DjangoModelFactory):
    kind = NeedsFinding.NEED
    label = factory.Sequence(lambda n: f"Potrzeba {n}")
    value = Decimal("40")
    unit = "%"
    source = "Ankieta wśród mieszkańców"
    year = 2022

    class Meta:
        model = NeedsFinding


class LocalLeaderFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Lider {n}")
    role = "Prowadzi klub seniora"
    organisation = "Stowarzyszenie Sąsiedzi"

    class Meta:
        model = LocalLeader


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Historie"
    slug = "historie"
    intro = "Historie ze stref."

    class Meta:
        model = StoryIndexPage


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Historia {n}")
    slug = factory.Sequence(lambda n: f"historia-{n}")
    date = factory.Sequence(lambda n: datetime.date(2022, 1, 1) + datetime.timedelta(days=n))
    author = "Anna Nowak"
    intro = "Krótko o tym, co się wydarzyło."
    body = factory.LazyFunction(lambda: [("paragraph", RichText("<p>Treść historii.</p>"))])

    class Meta:
        model = StoryPage


class StoryTopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"znacznik {n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="pl"))

    class Meta:
        model = StoryTopic


def translated_tag(name, locales, **names):
    """A Polish story tag and its translations, by language code; `names` maps "en"/"uk" to names."""
    tag = StoryTopicFactory(name=name)
    tags = {"pl": tag}
    for code, translated_name in names.items():
        tags[code] = tag.copy_for_translation(locales[code])
        tags[code].name = translated_name
        tags[code].save()
    return tags


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Temat {n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="pl"))

    class Meta:
        model = Topic


class TrainingIndexPageFactory(wagtail_factories.PageFactory):
    title = "Materiały szkoleniowe"
    slug = "szkolenia"

    class Meta:
        model = TrainingIndexPage


class TrainingMaterialPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Materiał {n}")
    slug = factory.Sequence(lambda n: f"material-{n}")
    summary = "Co robiliśmy na spotkaniu."
    duration_minutes = 90

    class Meta:
        model = TrainingMaterialPage


class GuidePageFactory(wagtail_factories.PageFactory):
    title = "Jak stworzyć SAS"
    slug = "poradnik"
    intro = "Poradnik dla instytucji."

    class Meta:
        model = GuidePage


class GuideChapterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Rozdział {n}")
    slug = factory.Sequence(lambda n: f"rozdzial-{n}")
    body = factory.LazyFunction(lambda: [("paragraph", RichText("<p>Treść rozdziału.</p>"))])

    class Meta:
        model = GuideChapterPage


def add_stories(zone, count, **fields):
    return [StoryPageFactory(parent=zone, **fields) for _ in range(count)]


def translated(page, locales, **per_language):
    """`page` and its live translations, by language code; `per_language` maps "en"/"uk" to field values."""
    from tests.factories.home import translate

    pages = {"pl": page}
    for code in ("en", "uk"):
        pages[code] = translate(page, locales[code], **per_language.get(code, {}))
    return pages


def zone_indexes(homes, locales):
    index = ZoneIndexPageFactory(parent=homes["pl"])
    return translated(index, locales, en={"title": "Zones"}, uk={"title": "Зони"})


def story_indexes(homes, locales):
    index = StoryIndexPageFactory(parent=homes["pl"])
    return translated(index, locales, en={"title": "Stories"}, uk={"title": "Історії"})
