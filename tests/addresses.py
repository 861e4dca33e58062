"""The address of a view of the site's own in a language, as the site links it."""

from django.urls import reverse
from django.utils.translation import override


def url_in(code, name, *args):
    """The path of the view `name` with `args` under the /`code`/ prefix, in that language's words."""
    with override(code):
        return reverse(name, args=args)
