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
max_requests = 2000
max_requests_jitter = 200
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
# Residents' manage and calendar links carry secrets: the access log shows them hidden.
logger_class = "forum.log_filters.GunicornLogger"
errorlog = "-"
