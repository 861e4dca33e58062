"""Demo content of the zones app: six zones, their stories, training materials, the guide, and the
editors' groups and moderation workflow. A second run changes nothing."""

import datetime
import io
import uuid
from decimal import Decimal

from django.core.files.base import ContentFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from home.demo_tools import demo_image, ensure_locales, ensure_page, site_root_page
from zones.demo_data import (
    CHAPTERS,
    FINDING_SOURCE,
    FINDINGS,
    GUIDE,
    INDEXES,
    MATERIAL_DOCUMENT_TITLES,
    MATERIALS,
    ROLES,
    STORIES,
    TOPICS,
    ZONES,
)
from zones.editors import ensure_editors
from zones.models import (
    GuideChapterPage,
    GuidePage,
    LocalLeader,
    NeedsFinding,
    OpeningException,
    OpeningHours,
    StoryIndexPage,
    StoryPage,
    Topic,
    TrainingDocument,
    TrainingIndexPage,
    TrainingMaterialPage,
    ZoneIndexPage,
    ZonePage,
)

OTHER_LANGUAGES = ("en", "uk")
DEMO_KEYS = uuid.UUID("5a5c0de0-7a11-4f3e-9c1e-0d0d0d0d0d0d")
COLUMN = {"pl": 0, "en": 1, "uk": 2}
HOLIDAYS = [
    (
        datetime.date(2022, 11, 11),
        ("Narodowe Święto Niepodległości", "Independence Day", "День незалежності Польщі"),
    ),
    (datetime.date(2023, 1, 6), ("Święto Trzech Króli", "Epiphany", "Богоявлення")),
]
PHOTO_ALT = {
    "pl": "Sąsiedzi przy stole w czytelni filii (ilustracja demonstracyjna)",
    "en": "Neighbours around a table in the branch's reading room (demo illustration)",
    "uk": "Сусіди за столом у читальній залі філії (демонстраційна ілюстрація)",
}


def paragraph(text):
    return ("paragraph", RichText(f"<p>{text}</p>"))


def demo_document(title, text):
    """A one-page PDF drawn with Pillow (no binary files in the repo), found again by title."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    page = PillowImage.new("RGB", (842, 595), "white")
    ImageDraw.Draw(page).text((60, 280), text, fill="black", font_size=28)
    buffer = io.BytesIO()
    page.save(buffer, format="PDF")
    slug = "".join(ch if ch.isalnum() else "-" for ch in title.lower())[:60]
    return Document.objects.create(
        title=title, file=ContentFile(buffer.getvalue(), name=f"demo-{slug}.pdf"), file_size=buffer.tell()
    )


def index_page(home, model, texts):
    return ensure_page(
        home, model(show_in_menus=True, **texts["pl"]), {code: texts[code] for code in OTHER_LANGUAGES}
    )


def row_key(data, kind, position):
    """The same translation key for a zone's row in every language, so the rows stay translations of one another."""
    return uuid.uuid5(DEMO_KEYS, f"{data['slug']}/{kind}/{position}")


def zone_fields(data, code, photos):
    texts = data[code]
    column = COLUMN[code]
    action_title, goal, description, outcome = texts["action"]
    return {
        "title": texts["title"],
        "intro": texts["intro"],
        "diagnosis_intro": texts["diagnosis"],
        "action_title": action_title,
        "action_goal": goal,
        "action_description": description,
        "action_outcome": outcome,
        "gallery": [
            ("image", {"image": photo, "alt_text": PHOTO_ALT[code], "caption": ""}) for photo in photos
        ],
        "action_photos": [
            ("image", {"image": photos[-1], "alt_text": PHOTO_ALT[code], "caption": action_title})
        ],
        "needs_findings": [
            NeedsFinding(
                kind=row[0],
                label=row[1 + column],
                unit=row[4 + column],
                value=Decimal(value),
                source=FINDING_SOURCE[code],
                year=2022,
                sort_order=position,
                translation_key=row_key(data, "finding", position),
            )
            for position, (row, value) in enumerate(zip(FINDINGS, data["findings"], strict=True))
        ],
        "local_leaders": [
            LocalLeader(
                name=name,
                role=ROLES[role][column],
                organisation=organisation,
                sort_order=position,
                translation_key=row_key(data, "leader", position),
            )
            for position, (name, role, organisation) in enumerate(data["leaders"])
        ],
        "opening_exceptions": [
            OpeningException(
                date=day,
                label=labels[column],
                sort_order=position,
                translation_key=row_key(data, "exception", position),
            )
            for position, (day, labels) in enumerate(HOLIDAYS)
        ],
    }


def ensure_zone(index, data):
    photos = [
        demo_image(
            f"Demo: {data['pl']['title']} – {number}", data["colour"], f"{data['pl']['title']} {number}"
        )
        for number in (1, 2)
    ]
    name, email, phone = data["contact"]
    step_free, toilet, loop = data["access"]
    zone = ZonePage(
        slug=data["slug"],
        photo=photos[0],
        branch_name=data["branch"],
        street=data["street"],
        postal_code=data["postal_code"],
        latitude=Decimal(data["latitude"]),
        longitude=Decimal(data["longitude"]),
        contact_name=name,
        contact_email=email,
        contact_phone=phone,
        step_free_entry=step_free,
        accessible_toilet=toilet,
        induction_loop=loop,
        is_demo=True,
        action_start=datetime.date(2022, 4, 1),
        action_end=datetime.date(2022, 10, 31),
        opening_hours=[
            OpeningHours(weekday=day, opens=datetime.time(10), closes=datetime.time(18 if day < 5 else 14))
            for day in (0, 1, 2, 3, 4, 5)
        ],
        **zone_fields(data, "pl", photos),
    )
    return ensure_page(index, zone, {code: zone_fields(data, code, photos) for code in OTHER_LANGUAGES})


def story_fields(texts, code):
    title, intro, text = texts[code]
    return {"title": title, "intro": intro, "body": [paragraph(text)], "hero_alt": PHOTO_ALT[code]}


def ensure_story(zone, colour, story):
    _zone, slug, date, author, tags, texts = story
    photo = demo_image(f"Demo: {texts['pl'][0]}", colour, texts["pl"][0][:40])
    page = StoryPage(slug=slug, date=date, author=author, hero_image=photo, **story_fields(texts, "pl"))
    page.tags.add(*tags)
    return ensure_page(zone, page, {code: story_fields(texts, code) for code in OTHER_LANGUAGES})


def ensure_topics(locales):
    topics = {}
    for key, names in TOPICS.items():
        topic = Topic.objects.filter(locale=locales["pl"], name=names["pl"]).first()
        if topic is None:
            topic = Topic.objects.create(locale=locales["pl"], name=names["pl"])
        for code in OTHER_LANGUAGES:
            if topic.get_translation_or_none(locales[code]) is None:
                translation = topic.copy_for_translation(locales[code])
                translation.name = names[code]
                translation.slug = ""
                translation.save()
        topics[key] = topic
    return topics


def material_fields(texts, code):
    title, summary, outcomes = texts[code]
    items = "".join(f"<li>{outcome}</li>" for outcome in outcomes)
    return {
        "title": title,
        "summary": summary,
        "learning_outcomes": f"<ul>{items}</ul>",
        "body": [paragraph(summary)],
    }


def ensure_material(index, topics, material):
    slug, material_format, minutes, audiences, topic_keys, document_kind, texts = material
    document = demo_document(
        MATERIAL_DOCUMENT_TITLES[document_kind].format(title=texts["pl"][0]), texts["pl"][0]
    )
    page = TrainingMaterialPage(
        slug=slug,
        format=material_format,
        duration_minutes=minutes,
        topics=[topics[key] for key in topic_keys],
        documents=[TrainingDocument(document=document, kind=document_kind)],
        **{f"for_{audience}": True for audience in audiences},
        **material_fields(texts, "pl"),
    )
    return ensure_page(index, page, {code: material_fields(texts, code) for code in OTHER_LANGUAGES})


def chapter_fields(texts, code):
    title, summary, sections = texts[code]
    body = []
    for heading, text in sections:
        body += [("heading", {"text": heading, "level": "h2"}), paragraph(text)]
    return {"title": title, "summary": summary, "body": body}


def ensure_guide(home):
    guide = ensure_page(
        home, GuidePage(show_in_menus=True, **GUIDE["pl"]), {code: GUIDE[code] for code in OTHER_LANGUAGES}
    )
    for slug, texts in CHAPTERS:
        ensure_page(
            guide,
            GuideChapterPage(slug=slug, **chapter_fields(texts, "pl")),
            {code: chapter_fields(texts, code) for code in OTHER_LANGUAGES},
        )
    return guide


def load():
    locales = ensure_locales()
    home = site_root_page()
    zone_index = index_page(home, ZoneIndexPage, INDEXES["zones"])
    zones = {data["slug"]: (ensure_zone(zone_index, data), data["colour"]) for data in ZONES}
    index_page(home, StoryIndexPage, INDEXES["stories"])
    for story in STORIES:
        zone, colour = zones[story[0]]
        ensure_story(zone, colour, story)
    training = index_page(home, TrainingIndexPage, INDEXES["training"])
    topics = ensure_topics(locales)
    for material in MATERIALS:
        ensure_material(training, topics, material)
    ensure_guide(home)
    ensure_editors()
