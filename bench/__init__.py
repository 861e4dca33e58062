"""`make bench`: a load benchmark of the public pages on a large dataset, served by gunicorn.

Run it with `make bench` (or `.venv/bin/python -m bench.run`). It never touches db.sqlite3: every
database, static and media file it makes lives under out/.

- bench/dataset.py builds the databases with bench/content.py (the site's own models and page
  tree; skipped when they are complete), the large one also in PostgreSQL (BENCH_POSTGRES_URL)
  for a search row there;
- bench/queries.py counts SQL queries per page in-process with Django's test client;
- bench/load.py is the load client (Python threads on keep-alive connections, 127.0.0.1 only);
- bench/run.py ties them together, serves the site with gunicorn and prints the table; then again
  through Varnish (deploy/varnish/) beside nginx serving a static copy of the home page
  (bench/static_copy.py), the ceiling a front cache is measured against.

Knobs (environment): BENCH_REQUESTS (300 per URL), BENCH_SECONDS (10 per URL),
BENCH_CONCURRENCY (8), BENCH_CACHE_SECONDS (600), BENCH_POSTGRES_URL
(postgres://postgres@127.0.0.1:5432/sas_cms_bench; the database is created and emptied).
It is a benchmark, not a test: it reports the goals of issue 10 as facts and always exits 0.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "out"
PYTHON = sys.executable

# The two datasets: "large" is what the load runs against; "small" has the same structure with
# 10 items per list, to compare query counts at two content sizes.
DATABASES = {"large": OUT / "bench.sqlite3", "small": OUT / "bench-small.sqlite3"}
# The large dataset again in PostgreSQL, for the search row on PostgreSQL (skipped when unreachable).
POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/sas_cms_bench")


def database_url(database):
    """A PostgreSQL URL as it is; a path as the URL of its SQLite file."""
    return str(database) if str(database).startswith("postgres") else f"sqlite:///{database}"


def bench_env(database, page_cache_seconds=0, **extra):
    """The environment of every process the bench starts: production settings on a bench database."""
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "sas_cms.settings.production",
            "DATABASE_URL": database_url(database),
            "SECRET_KEY": "bench-only-secret-key-not-for-production-0123456789abcdefghijklmnop",
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_HSTS_SECONDS": "0",
            "BASE_URL": "http://127.0.0.1",
            "STATIC_ROOT": str(OUT / "static"),
            "MEDIA_ROOT": str(OUT / "media"),
            "PAGE_CACHE_SECONDS": str(page_cache_seconds),
            "TASKS_BACKEND": "django_tasks.backends.dummy.DummyBackend",
            "PYTHONUNBUFFERED": "1",
        }
    )
    for name in ("REDIS_URL", "OPENSEARCH_URL", "EMAIL_HOST", "EMAIL_URL"):
        env.pop(name, None)
    env.update({name: str(value) for name, value in extra.items()})
    return env
