"""Who is asking, how often, and what the answer lets others keep: the HTTP side of the site's
shared services.

`client_address` finds the resident's address behind the trusted proxies (Varnish, a load
balancer); `rate_limits` counts requests per address and per mailbox with it; `privacy_headers`
keeps personal pages from caches, search engines and referrers; `converters` reads a page id in a
URL. Named `http` because they deal with the HTTP request and response, apart from what any one
page does with them.
"""
