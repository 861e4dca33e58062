from .accessibility_statement import AccessibilityStatementPage
from .forms import FormField, FormPage
from .images import optional_image
from .pages import BasePage, HomePage, StandardPage
from .site_settings import FooterLink, PartnerLogo, SiteSettings
from .venue import Venue

__all__ = [
    "AccessibilityStatementPage",
    "BasePage",
    "FooterLink",
    "FormField",
    "FormPage",
    "HomePage",
    "PartnerLogo",
    "SiteSettings",
    "StandardPage",
    "Venue",
    "optional_image",
]
