"""Who is asking, and how often: the incoming request's side of the site's shared services.

`client_address` finds the resident's address behind the trusted proxies (Varnish, a load
balancer); `rate_limits` counts requests per address and per mailbox with it. Named `http` because
both read the HTTP request, apart from what any one page does with it.
"""
