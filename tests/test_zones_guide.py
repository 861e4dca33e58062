"""The guide "Jak stworzyć SAS": contents from chapters and headings, chapter pages, the whole guide."""

import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.rich_text import RichText

from tests.factories.home import translate
from tests.factories.zones import GuideChapterPageFactory, GuidePageFactory, translated

pytestmark = pytest.mark.django_db


def chapter_body(*headings):
    body = []
    for heading in headings:
        body.append(("heading", {"text": heading, "level": "h2"}))
        body.append(("paragraph", RichText(f"<p>O tym: {heading}.</p>")))
    return body


@pytest.fixture
def guide(homes, locales):
    guide = GuidePageFactory(parent=homes["pl"])
    guide.save_revision().publish()
    guides = translated(guide, locales, en={"title": "How to create a SAS"}, uk={"title": "Як створити SAS"})
    chapters = [
        GuideChapterPageFactory(
            parent=guide, title="Diagnoza", body=chapter_body("Kto tu mieszka", "Kto działa")
        ),
        GuideChapterPageFactory(parent=guide, title="Działanie lokalne", body=chapter_body("Pierwsze kroki")),
        GuideChapterPageFactory(parent=guide, title="Wnioski", body=chapter_body("Co się udało")),
    ]
    for chapter in chapters:
        translate(chapter, locales["en"], title=f"{chapter.title} (en)")
        translate(chapter, locales["uk"], title=f"{chapter.title} (uk)")
    return {"guide": guides, "chapters": chapters}


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_guide_shows_contents_built_from_chapters_and_headings(client, guide, language):
    response = client.get(guide["guide"][language].url)

    assert response.status_code == 200
    content = response.content.decode()
    toc = re.search(r'<nav aria-labelledby="guide-toc-heading".*?</nav>', content, re.S)[0]
    suffix = "" if language == "pl" else f" ({language})"
    assert re.findall(r"<li><a href=\"[^\"]+\">([^<]+)</a>", toc) == [
        f"Diagnoza{suffix}",
        "Kto tu mieszka",
        "Kto działa",
        f"Działanie lokalne{suffix}",
        "Pierwsze kroki",
        f"Wnioski{suffix}",
        "Co się udało",
    ]
    whole = guide["guide"][language].url + guide["guide"][language].reverse_subpage("whole")
    assert f'href="{whole}"' in content
    assert re.search(r'<time datetime="\d{4}-\d{2}-\d{2}">', content)


def test_ukrainian_headings_have_their_own_readable_anchors_the_contents_reach(client, guide, locales):
    chapter = GuideChapterPageFactory(
        parent=guide["guide"]["uk"],
        title="Модель",
        slug="model",
        body=chapter_body("Модель сусідства", "Модель співпраці", "Модель сусідства"),
    )

    contents = client.get(guide["guide"]["uk"].url).content.decode()
    page = client.get(chapter.url).content.decode()

    ids = re.findall(r'<h2 id="([^"]+)">', page)
    assert ids == ["model-model-susidstva", "model-model-spivpratsi", "model-model-susidstva-2"]
    links = re.findall(rf'href="{chapter.url}#([^"]+)"', contents)
    assert links == ids


def test_chapter_has_anchored_headings_and_previous_and_next_links(client, guide):
    middle = guide["chapters"][1]

    content = client.get(middle.url).content.decode()

    assert f'<h2 id="{middle.slug}-pierwsze-kroki">Pierwsze kroki</h2>' in content
    assert f'rel="prev" href="{guide["chapters"][0].url}"' in content
    assert f'rel="next" href="{guide["chapters"][2].url}"' in content


def test_first_and_last_chapters_have_only_one_neighbour(client, guide):
    first = client.get(guide["chapters"][0].url).content.decode()
    last = client.get(guide["chapters"][2].url).content.decode()

    assert 'rel="prev"' not in first and 'rel="next"' in first
    assert 'rel="next"' not in last and 'rel="prev"' in last


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_whole_guide_page_has_every_chapter_in_order(client, guide, language):
    response = client.get(guide["guide"][language].url + guide["guide"][language].reverse_subpage("whole"))

    assert response.status_code == 200
    content = response.content.decode()
    suffix = "" if language == "pl" else f" ({language})"
    assert re.findall(r'<h2 id="chapter-[^"]+">([^<]+)</h2>', content) == [
        f"1. Diagnoza{suffix}",
        f"2. Działanie lokalne{suffix}",
        f"3. Wnioski{suffix}",
    ]
    assert "O tym: Co się udało." in content


def test_guide_offers_the_pdf_when_editors_upload_one(client, guide):
    page = guide["guide"]["pl"]
    assert "PDF" not in client.get(page.url).content.decode().split("guide-meta")[1].split("</p>")[0]
    data = b"%PDF-1.4 " + b"x" * 5000
    document = Document.objects.create(
        title="Poradnik", file=ContentFile(data, name="poradnik.pdf"), file_size=len(data)
    )
    page.pdf = document
    page.save_revision().publish()

    content = client.get(page.url).content.decode()

    assert f'<a href="{document.url}" download>' in content
    assert "(PDF, 4,9" in content


@pytest.mark.parametrize(("language", "says"), [("en", "in Polish"), ("uk", "польською")])
def test_a_translated_guide_says_its_pdf_is_in_polish(client, guide, language, says):
    document = Document.objects.create(title="Poradnik", file=ContentFile(b"%PDF-1.4", name="poradnik.pdf"))
    for code in ("pl", language):
        page = guide["guide"][code]
        page.pdf = document
        page.save_revision().publish()
    chapter = guide["chapters"][0].get_translation(guide["guide"][language].locale)

    for url in (guide["guide"][language].url, chapter.url):
        meta = client.get(url).content.decode().split('class="guide-meta')[1].split("</p>")[0]
        assert f'<a href="{document.url}" download hreflang="pl">' in meta
        assert f"({says}, PDF" in meta
    polish = client.get(guide["guide"]["pl"].url).content.decode()
    assert f'<a href="{document.url}" download>' in polish
    assert "(PDF" in polish.split('class="guide-meta')[1]
