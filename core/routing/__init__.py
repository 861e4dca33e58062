"""How a URL finds what answers it: `url_path` finds the page for a URL with two queries however
deep it lies, `translated_routes` gives routable pages sub-page addresses in the page's language,
and `old_addresses` keeps the apps' former English addresses answering with a redirect."""
