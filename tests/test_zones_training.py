"""Training materials: the list filtered by topic and audience, and a material with its documents."""

import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from tests.factories.home import translate
from tests.factories.zones import (
    TopicFactory,
    TrainingIndexPageFactory,
    TrainingMaterialPageFactory,
    translated,
)
from zones.models import TrainingDocument

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'<h2 class="h5 card-title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


@pytest.fixture
def training(homes, locales):
    index = TrainingIndexPageFactory(parent=homes["pl"])
    indexes = translated(
        index, locales, en={"title": "Training materials"}, uk={"title": "Навчальні матеріали"}
    )
    diagnosis = TopicFactory(name="Diagnoza potrzeb lokalnych")
    translate_topic = {"en": "Diagnosing local needs", "uk": "Діагностика місцевих потреб"}
    for code, name in translate_topic.items():
        copy = diagnosis.copy_for_translation(locales[code])
        copy.name = name
        copy.slug = ""
        copy.save()
    engaging = TopicFactory(name="Angażowanie społeczności")
    first = TrainingMaterialPageFactory(parent=index, title="Mapa zasobów", for_librarians=True)
    first.topics.set([diagnosis])
    first.save_revision().publish()
    second = TrainingMaterialPageFactory(
        parent=index, title="Spacer badawczy", for_leaders=True, format="lecture"
    )
    second.topics.set([engaging])
    second.save_revision().publish()
    for page, en_title in ((first, "Resource map"), (second, "Research walk")):
        translate(page, locales["en"], title=en_title)
        translate(page, locales["uk"], title=f"{en_title} (uk)")
    return indexes


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pl", ["Mapa zasobów", "Spacer badawczy"]),
        ("en", ["Resource map", "Research walk"]),
        ("uk", ["Resource map (uk)", "Research walk (uk)"]),
    ],
)
def test_training_index_lists_materials_in_each_language(client, training, language, expected):
    response = client.get(training[language].url)

    assert response.status_code == 200
    assert titles(response) == expected


def test_training_index_filters_by_topic_with_topic_names_in_the_visitors_language(client, training):
    response = client.get(training["en"].url, {"topic": "diagnosing-local-needs"})

    assert titles(response) == ["Resource map"]
    content = response.content.decode()
    assert '<option value="diagnosing-local-needs" selected>Diagnosing local needs</option>' in content
    assert '<span class="badge text-bg-light me-1">Diagnosing local needs</span>' in content


def test_training_index_filters_by_audience(client, training):
    response = client.get(training["pl"].url, {"audience": "leaders"})

    assert titles(response) == ["Spacer badawczy"]


@pytest.mark.parametrize(
    "query", [{"topic": "nope"}, {"audience": "aliens"}, {"page": "x"}, {"topic": "'; drop"}]
)
def test_training_index_survives_bad_filters(client, training, query):
    response = client.get(training["pl"].url, query)

    assert response.status_code == 200
    assert "Materiały szkoleniowe" in response.content.decode()


@pytest.mark.parametrize("page", ["2", "99999999999999999999", "0", "abc"])
def test_training_index_page_out_of_range_shows_the_only_page(client, training, page):
    response = client.get(training["pl"].url, {"page": page})
    assert response.status_code == 200
    assert titles(response) == titles(client.get(training["pl"].url)) != []


def test_material_page_shows_format_audience_and_documents_with_type_and_size(client, training):
    material = training["pl"].get_children().first().specific
    data = b"%PDF-1.4 " + b"x" * 2048
    document = Document.objects.create(
        title="Slajdy ze spotkania", file=ContentFile(data, name="slajdy.pdf"), file_size=len(data)
    )
    TrainingDocument.objects.create(material=material, document=document, kind="slides")

    response = client.get(material.url)

    content = response.content.decode()
    assert response.status_code == 200
    assert "Warsztat" in content
    assert "90 minut" in content
    assert '<dd class="col-sm-9">Bibliotekarki i bibliotekarze</dd>' in content
    assert f'href="{document.url}" download>Slajdy ze spotkania</a>' in content
    assert "(Slajdy, PDF, 2,0" in content
    assert 'href="/pl/szkolenia/?topic=diagnoza-potrzeb-lokalnych"' in content


@pytest.mark.parametrize(("language", "says"), [("en", "(in Polish)"), ("uk", "(польською)")])
def test_a_polish_document_on_a_translated_material_says_its_language_and_carries_it(
    client, training, locales, language, says
):
    material = training["pl"].get_children().first().specific
    translation = material.get_translation(locales[language])
    worksheet = Document.objects.create(title="Karta pracy", file=ContentFile(b"%PDF-1.4", name="karta.pdf"))
    for page in (material, translation):
        TrainingDocument.objects.create(material=page, document=worksheet, kind="worksheet")

    translated_content = client.get(translation.url).content.decode()
    polish_content = client.get(material.url).content.decode()

    assert (
        f'<a href="{worksheet.url}" download hreflang="pl"><span lang="pl">Karta pracy</span> {says}</a>'
        in translated_content
    )
    assert f'<a href="{worksheet.url}" download>Karta pracy</a>' in polish_content


def test_a_document_in_the_pages_language_carries_no_language_of_its_own(client, training, locales):
    translation = training["pl"].get_children().first().specific.get_translation(locales["en"])
    slides = Document.objects.create(title="Slides", file=ContentFile(b"%PDF-1.4", name="slides.pdf"))
    TrainingDocument.objects.create(material=translation, document=slides, kind="slides", language="en")

    content = client.get(translation.url).content.decode()

    assert f'<a href="{slides.url}" download>Slides</a>' in content
