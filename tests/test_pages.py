"""Each page type of the foundation renders in Polish, English and Ukrainian."""

import pytest
from django.core.files.base import ContentFile
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site

from home.models import PartnerLogo, SiteSettings
from tests.factories.home import FormFieldFactory, FormPageFactory, StandardPageFactory, translate

pytestmark = pytest.mark.django_db


def html_lang(response):
    text = response.content.decode()
    start = text.index("<html lang=") + len('<html lang="')
    return text[start : text.index('"', start)]


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
def test_home_page_renders_in_each_language(client, homes, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert html_lang(response) == code
    assert homes[code].title in response.content.decode()


def test_root_redirects_to_the_default_language(client, home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="")
    assert response.status_code == 302
    assert response["Location"] == "/pl/"


def test_root_redirects_a_ukrainian_browser_to_ukrainian(client, home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="uk-UA,uk;q=0.9")
    assert response["Location"] == "/uk/"


@pytest.mark.parametrize(
    ("code", "title", "text"),
    [("pl", "O projekcie", "Sześć stref"), ("en", "About", "Six zones"), ("uk", "Про проєкт", "Шість зон")],
)
def test_standard_page_renders_its_body_in_each_language(client, home, locales, code, title, text):
    page = StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")
    page.body = [
        ("heading", {"text": "Sześć stref", "level": "h2"}),
        ("quote", {"quote": "Sąsiedzi razem", "author": "Mieszkanka"}),
        ("table", {"data": [["Strefa", "Filia"], ["Bałuty", "Filia 1"]], "first_row_is_table_header": True}),
        (
            "call_to_action",
            {"text": "Napisz do nas", "page": None, "url": "https://example.org/", "description": ""},
        ),
    ]
    page.save_revision().publish()
    if code != "pl":
        fields = {"title": title, "body": [("heading", {"text": text, "level": "h2"})]}
        translate(page, locales[code], slug=title.lower().replace(" ", "-"), **fields)
    response = client.get(f"/{code}/{page.slug if code == 'pl' else title.lower().replace(' ', '-')}/")
    assert response.status_code == 200
    assert html_lang(response) == code
    content = response.content.decode()
    assert f"<h1>{title}</h1>" in content
    assert f"<h2>{text}</h2>" in content
    if code == "pl":
        assert '<th scope="col">Strefa</th>' in content
        assert "Sąsiedzi razem" in content
        assert 'href="https://example.org/"' in content


def test_a_document_link_says_when_the_document_is_in_another_language(client, home, locales):
    document = Document.objects.create(title="Regulamin", file=ContentFile(b"%PDF-1.4", name="regulamin.pdf"))
    page = StandardPageFactory(parent=home, slug="dokumenty")
    page.body = [
        ("document", {"document": document, "title": "", "language": ""}),
        ("document", {"document": document, "title": "Statut", "language": "pl"}),
    ]
    page.save_revision().publish()
    english = translate(page, locales["en"], slug="documents", title="Documents")

    polish = client.get("/pl/dokumenty/").content.decode()
    assert f'<a href="{document.url}" download>Regulamin</a>' in polish
    assert f'<a href="{document.url}" download>Statut</a>' in polish
    content = client.get(english.url).content.decode()
    assert f'<a href="{document.url}" download>Regulamin</a>' in content  # no language chosen: as the page
    assert (
        f'<a href="{document.url}" download hreflang="pl"><span lang="pl">Statut</span> (in Polish)</a>'
        in content
    )


def test_image_block_requires_alt_text_and_renders_webp_sources(client, home):
    image = Image.objects.create(title="Spotkanie", file=get_test_image_file(size=(1000, 600)))
    page = StandardPageFactory(parent=home, slug="zdjecia")
    block = page.body.stream_block.child_blocks["image"]
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "caption": ""}))
    assert set(error.value.block_errors) == {"alt_text"}
    page.body = [
        ("image", {"image": image, "alt_text": "Sąsiedzi przy stole", "caption": "Spotkanie w filii"})
    ]
    page.save_revision().publish()
    content = client.get("/pl/zdjecia/").content.decode()
    assert 'alt="Sąsiedzi przy stole"' in content
    assert 'type="image/webp"' in content
    assert "srcset=" in content
    assert "<figcaption" in content and "Spotkanie w filii" in content


@pytest.mark.parametrize("code", ["pl", "en", "uk"])
def test_form_page_renders_in_each_language(client, home, locales, code):
    form_page = FormPageFactory(parent=home)
    FormFieldFactory(page=form_page, label="E-mail", field_type="email")
    form_page.save_revision().publish()
    if code != "pl":
        translate(form_page, locales[code], title={"en": "Contact", "uk": "Контакти"}[code])
    response = client.get(f"/{code}/kontakt/")
    assert response.status_code == 200
    assert html_lang(response) == code
    assert 'name="e_mail"' in response.content.decode()


def test_every_page_shows_the_funding_statement_and_logos(client, home):
    site_settings = SiteSettings.for_site(Site.objects.get())
    site_settings.funding_statement_pl = "Projekt korzysta z dofinansowania z Funduszy EOG."
    site_settings.funding_statement_en = "The project benefits from the EEA and Norway Grants."
    site_settings.funding_statement_uk = "Проєкт фінансується з Грантів ЄЕЗ та Норвегії."
    site_settings.partner_logos = [
        PartnerLogo(
            name="Biblioteka Miejska w Łodzi",
            role="partner",
            logo=Image.objects.create(title="Logo", file=get_test_image_file(size=(480, 160))),
            url="https://razemsammen.no/",
        )
    ]
    site_settings.save()
    for code, words in [("pl", "Funduszy EOG"), ("en", "EEA and Norway Grants"), ("uk", "Грантів ЄЕЗ")]:
        content = client.get(f"/{code}/").content.decode()
        assert words in content
        assert 'alt="Biblioteka Miejska w Łodzi"' in content
        assert 'href="https://razemsammen.no/"' in content
