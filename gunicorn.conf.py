"""Gunicorn for production settings behind a reverse proxy that terminates TLS.

Run: DJANGO_SETTINGS_MODULE=sas_cms.settings.production .venv/bin/gunicorn -c gunicorn.conf.py
"""

import gc
import os

wsgi_app = "sas_cms.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = 30
graceful_timeout = 30
# Workers fork from a master that has already loaded the application (sas_cms/wsgi.py, which also
# builds what each worker would otherwise build on its first requests). A new worker still starts
# with an empty in-process cache, so its first pages render while visitors wait (measured in #19:
# 150-250 ms; recycling every ~2,000 requests put the p99 of cached pages at 0.8-1.7 s, every
# 50,000 at 267 ms on the page loaded while it happened). A worker's memory stays flat once it has
# settled (the same 178-188 MB after 45,000 mixed requests), so recycling is only a guard against
# a slow leak: once per million requests.
preload_app = True
max_requests = 1_000_000
max_requests_jitter = 100_000
# Longer than Varnish's backend_idle_timeout (60 s), so Varnish closes idle connections first and
# never sends a request on one gunicorn has just closed.
keepalive = 75

# Python's full collections walk every object a process holds; with Django and Wagtail loaded, each
# one stalled every request in its worker for 160-180 ms (measured in #19 on cached pages: the p99
# spikes). So the master imports them with the collector off and, before forking the workers, moves
# every object it made out of the collector's reach (gc.freeze(), as Python's documentation advises
# for pre-forking servers; it also keeps that memory shared between the workers). A worker does the
# same once settled, with what its first requests made that lives as long as it does (compiled
# templates, URL resolvers, the site's cached pages): its full collections then take 6-8 ms.
SETTLED_AFTER_REQUESTS = 1000
gc.disable()


def when_ready(server):
    gc.freeze()
    gc.enable()


def post_request(worker, req, environ, resp):
    worker.requests_served = getattr(worker, "requests_served", 0) + 1
    if worker.requests_served >= SETTLED_AFTER_REQUESTS and not getattr(worker, "settled", False):
        worker.settled = True
        gc.collect()
        gc.freeze()


forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
# Secret links and addresses in query strings are personal data: the access log hides them.
logger_class = "core.log_filters.GunicornLogger"
errorlog = "-"
