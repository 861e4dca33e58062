"""Every cache the site keeps, and how each knows when what it holds stops being true.

`page_cache` keeps whole anonymous pages per content generation; `front_cache` purges a front cache
(Varnish) when editors publish; `chrome_cache` keeps the menus and other parts every page shows;
`kept` keeps rendered parts (`{% keep_rendered %}`, core/templatetags/kept_fragments.py);
`freshness` lets a page say until when it stays true; `site_lookup` and `view_restrictions` spare
each request the lookups Wagtail would repeat.
"""
