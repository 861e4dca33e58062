"""Demo content of the shared ground (demo/data/home.yaml): the home page, the programme pages,
partners, accessibility, privacy, contact and the site settings."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site

from demo.toolkit import (
    TRANSLATIONS,
    demo_image,
    ensure_locales,
    ensure_page,
    ensure_record,
    load_data,
    publish,
    record_slug,
    stream,
    tree_root,
)
from home.models import (
    AccessibilityStatementPage,
    FooterLink,
    FormField,
    FormPage,
    HomePage,
    PartnerLogo,
    SiteSettings,
    StandardPage,
)

PAGE_TYPES = {
    "standard": StandardPage,
    "accessibility_statement": AccessibilityStatementPage,
    "form": FormPage,
}
LOGO_SIZE = (480, 160)


def page_texts(texts, code):
    """One language's values of a page record, with its body and form fields as the models want them."""
    fields = dict(texts)
    if "body" in fields:
        fields["body"] = stream(fields["body"])
    if "form_fields" in fields:
        fields["form_fields"] = [
            FormField(sort_order=position, **field) for position, field in enumerate(fields["form_fields"])
        ]
    return fields


def home_page(record):
    """Put the Polish home page at the site root, replacing Wagtail's welcome page once."""
    site = Site.objects.filter(is_default_site=True).first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    home = HomePage(slug=record_slug(record), **record["pl"])
    tree_root().add_child(instance=home)
    publish(home)
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="SAS Łódź"
        )
    else:
        welcome = site.root_page
        site.root_page = home
        site.save()
        if (
            not isinstance(welcome.specific, HomePage)
            and welcome.depth == 2
            and not welcome.get_children_count()
        ):
            welcome.delete()
    return home


def point_site_at_base_url():
    """Point the default site at BASE_URL's host, so the sitemap and feeds give usable links."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.get(is_default_site=True)
    port = address.port or (443 if address.scheme == "https" else 80)
    if (site.hostname, site.port) != (address.hostname, port):
        site.hostname, site.port = address.hostname, port
        site.save()


def fill_site_settings(data, pages):
    """The privacy page once, then the funding statement, contacts, logos and footer links once
    (an editor's later changes stay)."""
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if site_settings.privacy_page is None:
        site_settings.privacy_page = pages[data["privacy_page"]]
        site_settings.save()
    if site_settings.funding_statement_pl:
        return
    for name, value in data["fields"].items():
        setattr(site_settings, name, value)
    site_settings.partner_logos = [
        PartnerLogo(
            name=logo["name"],
            role=logo["role"],
            logo=demo_image(f"Logo: {logo['name']}", logo["colour"], logo["label"], LOGO_SIZE),
            url=logo["url"],
        )
        for logo in data["partner_logos"]
    ]
    site_settings.footer_links = [FooterLink(page=pages[slug]) for slug in data["footer_links"]]
    site_settings.save()


def link_programme_page(home, programme_page):
    """The home page's link to the programme, once (its translations follow the Polish page)."""
    if home.programme_page_id is None:
        home.programme_page = programme_page
        publish(home)


def build():
    data = load_data("home")
    ensure_locales()
    home = home_page(data["home"])
    ensure_page(home.get_parent(), home, {code: data["home"][code] for code in TRANSLATIONS})
    pages = {
        record_slug(record): ensure_record(home, PAGE_TYPES[record["type"]], record, page_texts)
        for record in data["pages"]
    }
    point_site_at_base_url()
    fill_site_settings(data["site_settings"], pages)
    link_programme_page(home, pages[data["home"]["programme_page"]])
