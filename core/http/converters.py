"""A page id in a URL: at most 18 digits, so an address with a number wider than the database's
64-bit integers is simply not found instead of failing in the database driver."""

from django.urls import register_converter


class PageIdConverter:
    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(PageIdConverter, "page_id")
