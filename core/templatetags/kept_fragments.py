"""`{% keep_rendered "name" value… %}…{% endkeep_rendered %}`: what it wraps is rendered once per
content generation, language, site and the values given, and kept while it stays true (core.caching.kept).

Wrap only parts that show content, translated labels and the clock (a part that depends on the
clock notes when it changes with core.caching.freshness while it renders); never forms with a CSRF token or
anything about the visitor. The values are what else the part varies on, e.g. `page.pk` and
`request.get_full_path` for a list with filters and pages.
"""

from django import template

from core.caching import kept

register = template.Library()


class KeptFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        values = [value.resolve(context) for value in self.vary_on]
        return kept.rendered(
            context.get("request"), f"fragment:{self.name}", values, lambda: self.nodelist.render(context)
        )


@register.tag("keep_rendered")
def keep_rendered(parser, token):
    nodelist = parser.parse(("endkeep_rendered",))
    parser.delete_first_token()
    tokens = token.split_contents()
    if len(tokens) < 2:
        raise template.TemplateSyntaxError(f"{tokens[0]} needs a fragment name")
    return KeptFragmentNode(
        nodelist, tokens[1].strip("\"'"), [parser.compile_filter(name) for name in tokens[2:]]
    )
