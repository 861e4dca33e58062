"""What search engines are told: `robots` (robots.txt) and `sitemap` (every live page in every
language), both routed in sas_cms/urls.py."""
