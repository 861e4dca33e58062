"""Gunicorn for production settings behind a reverse proxy that terminates TLS.

Run: DJANGO_SETTINGS_MODULE=sas_cms.settings.production .venv/bin/gunicorn -c gunicorn.conf.py
"""

import os

wsgi_app = "sas_cms.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = 30
graceful_timeout = 30
# Workers fork from a master that has already imported Django and Wagtail, so a replaced worker
# answers at once instead of stalling its first requests for the import (measured in #19: with a
# recycle every ~2,000 requests, the p99 of cached pages was 0.8 to 1.7 s). Recycling stays as a
# guard against slow leaks, rarely enough not to show in the latency tail.
preload_app = True
max_requests = 50_000
max_requests_jitter = 5_000
# Longer than Varnish's backend_idle_timeout (60 s), so Varnish closes idle connections first and
# never sends a request on one gunicorn has just closed.
keepalive = 75
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
# Residents' manage and calendar links carry secrets: the access log shows them hidden.
logger_class = "forum.log_filters.GunicornLogger"
errorlog = "-"
