"""Parts of a page rendered once and kept until content changes.

`{% keep_rendered "zone-about" page.pk %}…{% endkeep_rendered %}` keeps what it wraps, per language,
until the next save of anything pages show starts a new page-cache generation (home.page_cache).
That is exact for parts that show only content and translated labels; it spares their queries and
rendering when the whole page is rendered again for another reason: its time-dependent parts (the
next events) moved on, a registration refreshed it, an editor is logged in. Never wrap anything
that depends on the clock, the visitor or the request (forms, CSRF tokens, "now"): those parts stay
outside. Previews are never kept (Wagtail's own fragment node skips them).
"""

from django import template
from wagtail.templatetags.wagtail_cache import WagtailCacheNode

from home import page_cache

register = template.Library()

KEPT_SECONDS = 3600


class KeptFragmentNode(WagtailCacheNode):
    def render(self, context):
        with context.update({"content_generation": page_cache.generation()}):
            return super().render(context)


@register.tag("keep_rendered")
def keep_rendered(parser, token):
    nodelist = parser.parse(("endkeep_rendered",))
    parser.delete_first_token()
    tokens = token.split_contents()
    if len(tokens) < 2:
        raise template.TemplateSyntaxError(f"{tokens[0]} needs a fragment name")
    vary_on = ["content_generation", "request.LANGUAGE_CODE", *tokens[2:]]
    return KeptFragmentNode(
        nodelist,
        parser.compile_filter(str(KEPT_SECONDS)),
        tokens[1].strip("\"'"),
        [parser.compile_filter(name) for name in vary_on],
        None,
    )
