"""Sections that apps above `home` add to pages they do not own, without `home` importing them.

A feature app registers a Wagtail hook named "page_sections:<place>" (e.g. "page_sections:home")
returning a template name and its context, or None to add nothing.
"""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from wagtail import hooks

register = template.Library()


@register.simple_tag(takes_context=True)
def page_sections(context, place, page):
    request = context["request"]
    rendered = []
    for hook in hooks.get_hooks(f"page_sections:{place}"):
        section = hook(request, page)
        if section:
            template_name, section_context = section
            rendered.append(render_to_string(template_name, {"page": page, **section_context}, request))
    return mark_safe("".join(rendered))
