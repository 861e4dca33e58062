"""Demo content of the zones (demo/data/zones.yaml): six zones with their diagnosis, leaders and
local action, their stories, the training materials, the guide, and the editors' groups and
moderation workflow."""

import datetime
from decimal import Decimal

from django.utils.text import slugify

from demo.toolkit import (
    TRANSLATIONS,
    demo_document,
    demo_image,
    ensure_locales,
    ensure_page,
    ensure_record,
    ensure_translations,
    inline_rows,
    load_data,
    paragraph,
    record_page,
    record_slug,
    record_translations,
    site_root_page,
    stream,
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
    StoryTopic,
    Topic,
    TrainingDocument,
    TrainingIndexPage,
    TrainingMaterialPage,
    ZoneIndexPage,
    ZonePage,
)

ZONE_PHOTOS = (1, 2)


def zone_texts(data, zone, photos):
    """A function giving one language's fields of `zone`: its texts, pictures and inline rows."""

    def texts(values, code):
        alt = data["photo_alt"][code]
        diagnosis = data["diagnosis"]
        return {
            **values,
            "gallery": [("image", {"image": photo, "alt_text": alt, "caption": ""}) for photo in photos],
            "action_photos": [
                ("image", {"image": photos[-1], "alt_text": alt, "caption": values["action_title"]})
            ],
            "needs_findings": inline_rows(
                NeedsFinding,
                record_slug(zone),
                "finding",
                [
                    {
                        "kind": row["kind"],
                        "label": row["label"][code],
                        "unit": row["unit"][code],
                        "value": Decimal(zone["findings"][row["key"]]),
                        "source": diagnosis["source"][code],
                        "year": diagnosis["year"],
                    }
                    for row in diagnosis["rows"]
                ],
            ),
            "local_leaders": inline_rows(
                LocalLeader,
                record_slug(zone),
                "leader",
                [
                    {**leader, "role": data["leader_roles"][leader["role"]][code]}
                    for leader in zone["leaders"]
                ],
            ),
            "opening_exceptions": inline_rows(
                OpeningException,
                record_slug(zone),
                "exception",
                [{"date": row["date"], "label": row["label"][code]} for row in data["opening_exceptions"]],
            ),
        }

    return texts


def ensure_zone(index, data, zone):
    title = zone["pl"]["title"]
    photos = [
        demo_image(f"Demo: {title} – {number}", zone["colour"], f"{title} {number}") for number in ZONE_PHOTOS
    ]
    fields = {**zone["fields"], **data["zone_defaults"]}
    for name in ("latitude", "longitude"):
        fields[name] = Decimal(fields[name])
    return ensure_record(
        index,
        ZonePage,
        {**zone, "fields": fields},
        zone_texts(data, zone, photos),
        photo=photos[0],
        opening_hours=[
            OpeningHours(
                weekday=hours["weekday"],
                opens=datetime.time.fromisoformat(hours["opens"]),
                closes=datetime.time.fromisoformat(hours["closes"]),
            )
            for hours in data["opening_hours"]
        ],
    )


def ensure_story(zone, colour, story, photo_alt, tags):
    """A zone's story with its generated hero picture and its tags (its translations take the
    tags' translations)."""

    def texts(values, code):
        return {**values, "body": stream(values["body"]), "hero_alt": photo_alt[code]}

    title = story["pl"]["title"]
    page = record_page(StoryPage, story, texts, hero_image=demo_image(f"Demo: {title}", colour, title[:40]))
    page.tags.add(*[tags[name] for name in story["tags"]])
    return ensure_page(zone, page, record_translations(story, texts))


def ensure_named_snippet(model, names, locales):
    """The Polish snippet named `names["pl"]` with its English and Ukrainian translations made in
    wagtail-localize; a translation still under the Polish name (copied when a story was translated)
    takes its own first."""
    snippet = model.objects.filter(locale=locales["pl"], name=names["pl"]).first()
    if snippet is None:
        snippet = model.objects.create(locale=locales["pl"], name=names["pl"])
    for code in TRANSLATIONS:
        translation = snippet.get_translation_or_none(locales[code])
        if translation is not None and translation.name == names["pl"] != names[code]:
            translation.name = names[code]
            translation.slug = ""
            translation.save()
    ensure_translations(
        snippet,
        {
            code: {"name": names[code], "slug": slugify(names[code], allow_unicode=True)}
            for code in TRANSLATIONS
        },
    )
    return snippet


def ensure_topics(topics, locales):
    """The training topics (snippets) by key, each with its English and Ukrainian translation."""
    return {names["key"]: ensure_named_snippet(Topic, names, locales) for names in topics}


def material_texts(values, code):
    """A material's texts; its learning outcomes become a list and its summary opens the body."""
    items = "".join(f"<li>{outcome}</li>" for outcome in values["learning_outcomes"])
    return {
        **values,
        "learning_outcomes": f"<ul>{items}</ul>",
        "body": [paragraph(f"<p>{values['summary']}</p>")],
    }


def ensure_material(index, topics, material):
    document = demo_document(material["document"]["title"], material["pl"]["title"])
    return ensure_record(
        index,
        TrainingMaterialPage,
        material,
        material_texts,
        topics=[topics[key] for key in material["topics"]],
        documents=[TrainingDocument(document=document, kind=material["document"]["kind"])],
    )


def chapter_texts(values, code):
    return {**values, "body": stream(values["body"])}


def build():
    data = load_data("zones")
    locales = ensure_locales()
    home = site_root_page()
    zone_index = ensure_record(home, ZoneIndexPage, data["zone_index"])
    zones = {
        record_slug(zone): (ensure_zone(zone_index, data, zone), zone["colour"]) for zone in data["zones"]
    }
    ensure_record(home, StoryIndexPage, data["story_index"])
    tags = {names["pl"]: ensure_named_snippet(StoryTopic, names, locales) for names in data["story_tags"]}
    for story in data["stories"]:
        zone, colour = zones[story["zone"]]
        ensure_story(zone, colour, story, data["photo_alt"], tags)
    training = ensure_record(home, TrainingIndexPage, data["training_index"])
    topics = ensure_topics(data["topics"], locales)
    for material in data["materials"]:
        ensure_material(training, topics, material)
    guide = ensure_record(home, GuidePage, data["guide"])
    for chapter in data["guide"]["chapters"]:
        ensure_record(guide, GuideChapterPage, chapter, chapter_texts)
    ensure_editors()
