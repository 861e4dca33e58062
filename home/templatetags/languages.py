"""Marking text written in another language than the page's (WCAG 3.1.2).

A page shows some content in another language: a speaker or room not yet translated falls back to
Polish, a resident's idea keeps the language its author wrote it in, a document is in the language
it was written in. Screen readers read such text with the right voice only when its element says
its language, so templates add `{{ code|foreign_lang }}` inside the element's opening tag. A link
to a document in another language also says so in words: `{{ code|in_language }}`.
"""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from core.document_languages import IN_LANGUAGE

register = template.Library()


@register.filter
def foreign_lang(code):
    """` lang="<code>"` when `code` is not the language the page is shown in, else nothing."""
    if not code or code == get_language():
        return ""
    return format_html(' lang="{}"', code)


@register.filter
def in_language(code):
    """ "in Polish", "in English"... in the page's language, for a link to a document written in `code`."""
    return IN_LANGUAGE[code]
