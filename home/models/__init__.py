from .forms import FormField, FormPage
from .pages import BasePage, HomePage, StandardPage
from .site_settings import FooterLink, PartnerLogo, SiteSettings

__all__ = [
    "BasePage",
    "FooterLink",
    "FormField",
    "FormPage",
    "HomePage",
    "PartnerLogo",
    "SiteSettings",
    "StandardPage",
]
