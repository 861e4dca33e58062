import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from wagtail.rich_text import RichText
from wagtail.users.models import UserProfile

from demo.toolkit import publish
from home.models import AccessibilityStatementPage, FormField, FormPage, HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Strefy Aktywności Sąsiedzkiej"
    slug = "sas"
    intro = "Sąsiedzi w bibliotekach."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Strona {n}")
    intro = "Krótkie wprowadzenie."
    body = factory.LazyFunction(lambda: [("paragraph", RichText("<p>Treść strony.</p>"))])

    class Meta:
        model = StandardPage


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Deklaracja dostępności"
    slug = "deklaracja-dostepnosci"
    site_published_on = datetime.date(2022, 3, 1)
    last_updated_on = datetime.date(2026, 11, 2)
    compliance = AccessibilityStatementPage.Compliance.PARTIAL
    non_accessible_content = "<p>Filmy z Forum nie mają napisów.</p>"
    prepared_on = datetime.date(2022, 3, 31)
    reviewed_on = datetime.date(2026, 3, 31)
    contact_person = "Ewa Dostępna"

    class Meta:
        model = AccessibilityStatementPage


class FormPageFactory(wagtail_factories.PageFactory):
    title = "Kontakt"
    slug = "kontakt"
    to_address = "staff@sas.example.org"
    subject = "Wiadomość"

    class Meta:
        model = FormPage


class FormFieldFactory(factory.django.DjangoModelFactory):
    label = "E-mail"
    field_type = "email"
    required = True

    class Meta:
        model = FormField


def translate(page, locale, **fields):
    """A live translation of `page` in `locale` with the given field values."""
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return publish(translation)


def staff_member(username, *, password="x", language="pl", group=None):
    """A member of staff who reads the admin in `language`, in `group` when one is given."""
    user = get_user_model().objects.create_user(username, f"{username}@example.org", password)
    if group is not None:
        user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user
