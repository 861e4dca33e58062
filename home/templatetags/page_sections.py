"""Sections that apps above `home` add to pages they do not own, without `home` importing them.

A feature app registers a Wagtail hook named "page_sections:<place>" (e.g. "page_sections:home")
returning a template name and its context, or None to add nothing. A section shows content and
the clock only, never the visitor, so it is rendered once and kept (core.caching.kept) until
content changes or the moment it noted with core.caching.freshness passes; previews render it afresh.
"""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from wagtail import hooks

from core.caching import kept

register = template.Library()


def _render(hook, request, page):
    section = hook(request, page)
    if not section:
        return ""
    template_name, section_context = section
    return render_to_string(template_name, {"page": page, **section_context}, request)


@register.simple_tag(takes_context=True)
def page_sections(context, place, page):
    request = context["request"]
    rendered = [
        kept.rendered(
            request,
            f"section:{hook.__module__}.{hook.__qualname__}",
            [page.pk],
            lambda hook=hook: _render(hook, request, page),
        )
        for hook in hooks.get_hooks(f"page_sections:{place}")
    ]
    return mark_safe("".join(rendered))
