"""`make bench`: build the datasets, count queries, serve with gunicorn, load it, print the table.

Everything it starts (gunicorn) is stopped in a `finally`; all traffic goes to 127.0.0.1. It is
a benchmark: goals are printed as facts and the exit status is 0 whatever the figures.
"""

import contextlib
import datetime
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bench import DATABASES, OUT, POSTGRES_URL, PYTHON, ROOT, bench_env, feed, static_copy
from bench.queries import RENDERS
from deploy import varnish

REQUESTS = int(os.environ.get("BENCH_REQUESTS", "300"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "10"))
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "8"))
CACHE_SECONDS = int(os.environ.get("BENCH_CACHE_SECONDS", "600"))
WORKERS = 2
QUERY_LIMIT = 10
CACHE_GOAL = 10
CACHED_P99_MS = 20
TABLE_FILE = OUT / "bench-table.txt"
ORDER = (
    "home",
    "zone page",
    "zone index",
    "story index",
    "story page",
    "agenda",
    "month view",
    "timetable",
    "event page",
    "search",
    "all-events feed",
    "feed 304",
    "static CSS",
)


def step(message):
    print(f"[bench {datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


def run(command, env, capture=False):
    """Run a bench step in its own process; its output goes to the terminal unless captured."""
    completed = subprocess.run(
        command, cwd=ROOT, env=env, check=True, text=True, stdout=subprocess.PIPE if capture else None
    )
    return completed.stdout


def build_datasets():
    times = {}
    for size, database in DATABASES.items():
        began = time.perf_counter()
        run([PYTHON, "-m", "bench.dataset", size], bench_env(database))
        stamp = json.loads(database.with_name(database.name + ".json").read_text())
        times[size] = {
            "this_run_seconds": round(time.perf_counter() - began, 1),
            "build_seconds": round(stamp["seconds"], 1),
            "counts": stamp["counts"],
        }
    return times


def count_queries():
    results = {}
    for size, database in DATABASES.items():
        output = run(
            [PYTHON, "-m", "bench.queries"], bench_env(database, 0, DATABASE_CONN_MAX_AGE=600), capture=True
        )
        results[size] = json.loads(output.strip().splitlines()[-1])
    return results


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_ready(process, port, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with status {process.returncode}; see out/gunicorn-*.log")
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=5) as response,
        ):
            if response.status == 200:
                return
        time.sleep(0.5)
    raise RuntimeError("gunicorn did not answer within 90 s")


def stop(process):
    """Stop a server we started (its own process group: gunicorn's master and workers, varnishd, nginx)."""
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def start_gunicorn(mode, page_cache_seconds, workers=WORKERS, database=DATABASES["large"]):
    """gunicorn with production settings on the large dataset; returns (process, port, log)."""
    port = free_port()
    env = bench_env(database, page_cache_seconds, GUNICORN_BIND=f"127.0.0.1:{port}", WEB_CONCURRENCY=workers)
    log = (OUT / f"gunicorn-{mode}.log").open("w")
    step(f"{mode}: gunicorn ({workers} workers, PAGE_CACHE_SECONDS={page_cache_seconds}) on 127.0.0.1:{port}")
    process = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "-c",
            str(ROOT / "gunicorn.conf.py"),
            "--control-socket",
            str(OUT / f"gunicorn-{mode}.ctl"),
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    return process, port, log


def load(mode, page_cache_seconds, urls, etag, front=False):
    """Serve the large dataset with gunicorn (and Varnish in front when `front`) and load every URL."""
    process, port, log = start_gunicorn(mode, page_cache_seconds)
    cache = None
    try:
        wait_until_ready(process, port)
        target, cache_header = port, "X-Page-Cache"
        if front:
            target, cache_header = free_port(), "X-Cache"
            step(f"{mode}: Varnish on 127.0.0.1:{target} in front of it")
            cache = varnish.start(target, free_port(), port, OUT / "varnish")
        jobs = []
        for name in ORDER:
            path = urls.get(name)
            if path is None or (name == "feed 304" and not etag):
                continue
            headers = {"If-None-Match": etag} if name == "feed 304" and etag else {}
            jobs.append([name, path, headers])
        return run_load(target, jobs, cache_header)
    finally:
        if cache is not None:
            stop(cache)
        stop(process)
        log.close()


def run_load(port, jobs, cache_header="X-Page-Cache"):
    job = {
        "port": port,
        "urls": jobs,
        "requests": REQUESTS,
        "seconds": SECONDS,
        "concurrency": CONCURRENCY,
        "warmup": 2 * CONCURRENCY,
        "cache_header": cache_header,
    }
    output = subprocess.run(
        [PYTHON, "-m", "bench.load"],
        cwd=ROOT,
        input=json.dumps(job),
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    ).stdout
    return json.loads(output)


def load_static_copy(urls):
    """The same home page HTML as a file served by nginx: the ceiling for the Varnish rows."""
    if not static_copy.available():
        return None
    app, app_port, log = start_gunicorn("copy", CACHE_SECONDS, workers=1)
    nginx = None
    try:
        wait_until_ready(app, app_port)
        port = free_port()
        step(f"nginx serving a copy of the home page's HTML on 127.0.0.1:{port}")
        nginx = static_copy.start(port, f"http://127.0.0.1:{app_port}{urls['home']}")
        return run_load(port, [["nginx static", "/page.html", {}]])["nginx static"]
    finally:
        if nginx is not None:
            stop(nginx)
        stop(app)
        log.close()


def postgres_reachable():
    import psycopg

    server = POSTGRES_URL.rsplit("/", 1)[0]
    try:
        with psycopg.connect(f"{server}/postgres", connect_timeout=3):
            return True
    except psycopg.Error:
        step(f"PostgreSQL search row skipped: no server at {server}")
        return False


def load_search_on_postgres(path):
    """The search URL, uncached, on the large dataset built again in PostgreSQL; None without a server."""
    if not postgres_reachable():
        return None
    step("dataset large in PostgreSQL (for the search row)")
    run([PYTHON, "-m", "bench.dataset", "large"], bench_env(POSTGRES_URL))
    process, port, log = start_gunicorn("postgres", 0, database=POSTGRES_URL)
    try:
        wait_until_ready(process, port)
        return run_load(port, [["search", path, {}]])["search"]
    finally:
        stop(process)
        log.close()


SEARCH_GOAL_MS = 100


def search_table(sqlite_row, postgres_row):
    """Search for a word on thousands of pages, uncached, on each database, against the p95 goal."""
    lines = [f"{'search uncached':<16} {'r/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}"]
    facts = []
    for name, row in (("SQLite", sqlite_row), ("PostgreSQL", postgres_row)):
        if not row:
            lines.append(f"{name:<16} n/a")
            continue
        lines.append(
            f"{name:<16} {cell(row.get('rps'), 7, 1)} {cell(row.get('p50_ms'), 7, 1)} "
            f"{cell(row.get('p95_ms'), 7, 1)} {cell(row.get('p99_ms'), 7, 1)}"
        )
        if row.get("requests") and row.get("p95_ms") is not None:
            verdict = "meets" if row["p95_ms"] < SEARCH_GOAL_MS else "misses"
            facts.append(
                f"Search p95 under {SEARCH_GOAL_MS} ms on {name}: {row['p95_ms']:.0f} ms, {verdict} it"
            )
    return "\n".join(lines), facts


def cell(value, width, digits=0):
    if value is None:
        return "-".rjust(width)
    if isinstance(value, float):
        return f"{value:.{digits}f}".rjust(width)
    return str(value).rjust(width)


def table(rows):
    header = (
        f"{'URL':<16} {'uncached r/s':>12} {'p50 ms':>7} {'p99 ms':>7} │ {'cached r/s':>10} {'p50 ms':>7} "
        f"{'p99 ms':>7} {'hits':>5} │ {'×':>6} │ {'queries 1000':>12} {'queries 10':>10} │ {'ms 1000':>7} {'ms 10':>6}"
    )
    lines = [header, "─" * len(header)]
    for row in rows:
        if row.get("na"):
            lines.append(f"{row['name']:<16} {row['na']}")
            continue
        uncached, cached = row["uncached"] or {}, row["cached"] or {}
        hits = cached.get("cache_hits") if row["name"] != "static CSS" else None
        hit_share = (
            f"{100 * hits / cached['requests']:.0f}%" if hits is not None and cached.get("requests") else "-"
        )
        lines.append(
            f"{row['name']:<16} {cell(uncached.get('rps'), 12, 1)} {cell(uncached.get('p50_ms'), 7, 1)} "
            f"{cell(uncached.get('p99_ms'), 7, 1)} │ {cell(cached.get('rps'), 10, 1)} "
            f"{cell(cached.get('p50_ms'), 7, 1)} {cell(cached.get('p99_ms'), 7, 1)} {hit_share:>5} │ "
            f"{cell(row['speedup'], 6, 1)} │ {cell(row['queries_large'], 12)} {cell(row['queries_small'], 10)} │ "
            f"{cell(row['ms_large'], 7, 0)} {cell(row['ms_small'], 6, 0)}"
        )
    return "\n".join(lines)


def goals(rows):
    facts = []
    pages = [row for row in rows if not row.get("na") and row["name"] != "static CSS"]
    slow = [
        f"{row['name']} {row['speedup']:.1f}×"
        for row in pages
        if row["speedup"] is not None and row["speedup"] < CACHE_GOAL
    ]
    measured = [row for row in pages if row["speedup"] is not None]
    facts.append(
        f"Cached ≥{CACHE_GOAL}× uncached: {len(measured) - len(slow)} of {len(measured)} pages meet it"
        + (f"; below: {', '.join(slow)}" if slow else "")
    )
    over = [
        f"{row['name']} {row['queries_large']}" for row in pages if (row["queries_large"] or 0) > QUERY_LIMIT
    ]
    counted = [row for row in pages if row["queries_large"] is not None]
    facts.append(
        f"No page above {QUERY_LIMIT} queries uncached: {len(counted) - len(over)} of {len(counted)} pages meet it"
        + (f"; above: {', '.join(over)}" if over else "")
    )
    differ = [
        f"{row['name']} {row['queries_small']}→{row['queries_large']}"
        for row in counted
        if row["queries_small"] is not None and row["queries_small"] != row["queries_large"]
    ]
    facts.append(
        f"Queries identical at 10 and 1,000 items: {len(counted) - len(differ)} of {len(counted)} pages"
        + (f"; differ (10→1,000): {', '.join(differ)}" if differ else "")
    )
    cached = [row for row in pages if (row.get("cached") or {}).get("p99_ms") is not None]
    tail = [
        f"{row['name']} {row['cached']['p99_ms']:.0f} ms"
        for row in cached
        if row["cached"]["p99_ms"] >= CACHED_P99_MS
    ]
    facts.append(
        f"App-cached p99 under {CACHED_P99_MS} ms: {len(cached) - len(tail)} of {len(cached)} pages meet it"
        + (f"; above: {', '.join(tail)}" if tail else "")
    )
    return facts


def varnish_available():
    if Path(varnish.VARNISHD).exists():
        return True
    step("Varnish rows skipped: varnishd is not installed (apt-get install varnish)")
    return False


def front_table(rows, static_row):
    """Requests/s through Varnish beside the app's own cache, and nginx's static copy as the ceiling."""
    ceiling = (static_row or {}).get("rps")
    header = f"{'URL':<16} {'varnish r/s':>11} {'p50 ms':>7} {'p99 ms':>7} │ {'app-cached r/s':>14} │ {'% of nginx':>10}"
    lines = [header, "─" * len(header)]
    for row in rows:
        if row.get("na"):
            continue
        front, cached = row.get("varnish") or {}, row["cached"] or {}
        share = f"{100 * front['rps'] / ceiling:.0f}%" if ceiling and front.get("rps") else "-"
        lines.append(
            f"{row['name']:<16} {cell(front.get('rps'), 11, 1)} {cell(front.get('p50_ms'), 7, 1)} "
            f"{cell(front.get('p99_ms'), 7, 1)} │ {cell(cached.get('rps'), 14, 1)} │ {share:>10}"
        )
    if static_row:
        lines.append(
            f"{'nginx static':<16} {cell(static_row.get('rps'), 11, 1)} {cell(static_row.get('p50_ms'), 7, 1)} "
            f"{cell(static_row.get('p99_ms'), 7, 1)} │ {'':>14} │ {'100%':>10}"
        )
    else:
        lines.append(f"{'nginx static':<16} n/a (nginx is not installed: apt-get install nginx)")
    return "\n".join(lines)


def front_goals(rows, static_row):
    ceiling = (static_row or {}).get("rps")
    pages = [row for row in rows if not row.get("na") and row["name"] not in ("static CSS", "feed 304")]
    measured = [row for row in pages if (row.get("varnish") or {}).get("rps")]
    if not ceiling or not measured:
        return ["Through Varnish ≥50% of the nginx static rate: not measured (varnish or nginx missing)"]
    below = [
        f"{row['name']} {100 * row['varnish']['rps'] / ceiling:.0f}%"
        for row in measured
        if row["varnish"]["rps"] < ceiling / 2
    ]
    return [
        f"Through Varnish ≥50% of the nginx static rate ({ceiling:.0f} r/s): "
        f"{len(measured) - len(below)} of {len(measured)} pages meet it"
        + (f"; below: {', '.join(below)}" if below else "")
    ]


def summary(report, urls, rows, static_row, searched):
    """The tables and the goals as facts, as printed and as written to TABLE_FILE."""
    lines = [
        f"Dataset {size}: {built['counts']}; built in {built['build_seconds']} s (this run: {built['this_run_seconds']} s)"
        for size, built in report["datasets"].items()
    ]
    lines += [
        "URLs: " + ", ".join(f"{name} {path}" for name, path in urls.items() if path),
        "",
        table(rows),
        "",
        front_table(rows, static_row),
        "r/s, p50, p99: gunicorn over HTTP from bench.load; hits: share of the cached run served from "
        "the page cache;\n×: cached r/s ÷ uncached r/s; queries: one uncached request in-process (test "
        f"client) on the large (1,000+ items) and small (10 items) datasets; ms: the median of {RENDERS} such "
        "requests.",
        feed.summary(report["feed"]),
        "",
        searched,
        "",
        "Goals (issues 10, 18 and 19), as facts:",
    ]
    lines += [f"  - {fact}" for fact in report["goals"] + report["notes"]]
    return "\n".join(lines)


def main():
    began = time.perf_counter()
    OUT.mkdir(exist_ok=True)
    step(
        f"out/ holds every file the bench makes; {REQUESTS} requests or {SECONDS:g} s per URL, {CONCURRENCY} connections"
    )
    report = {
        "started": datetime.datetime.now(datetime.UTC).isoformat(),
        "settings": {
            "requests": REQUESTS,
            "seconds": SECONDS,
            "concurrency": CONCURRENCY,
            "workers": WORKERS,
            "cache_seconds": CACHE_SECONDS,
        },
    }
    try:
        measured = measure(report)
    except Exception as error:  # a benchmark reports and exits 0
        step(f"stopped early: {error!r}")
        report["error"] = repr(error)
        (OUT / "bench.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
        return 0
    print_report(report, measured, began)
    return 0


def measure(report):
    """Every measurement, in order; what is known so far goes into `report` as it comes, so a
    run that stops early still writes it to out/bench.json."""
    step("datasets (large, then small with 10 items per list)")
    report["datasets"] = build_datasets()
    step("collectstatic into out/static")
    run(
        [PYTHON, "manage.py", "collectstatic", "--no-input", "--verbosity", "0"],
        bench_env(DATABASES["large"]),
    )
    step("queries per page (in-process test client, page cache off)")
    counted = count_queries()
    (OUT / "bench-queries.json").write_text(json.dumps(counted, indent=1, ensure_ascii=False))
    urls = counted["large"]["urls"]
    etag = counted["large"]["etags"].get("all-events feed")
    report["urls"] = urls
    report["notes"] = counted["large"]["notes"]
    step("the all-events feed: built with nothing kept, cold, after one change, 304 (in-process)")
    report["feed"] = feed.figures()
    runs = {
        mode: load(mode, seconds, urls, etag)
        for mode, seconds in (("uncached", 0), ("cached", CACHE_SECONDS))
    }
    runs["varnish"] = load("varnish", CACHE_SECONDS, urls, etag, front=True) if varnish_available() else {}
    return {
        "counted": counted,
        "urls": urls,
        "etag": etag,
        "runs": runs,
        "static_row": load_static_copy(urls),
        "postgres_search": load_search_on_postgres(urls["search"]) if urls.get("search") else None,
    }


def print_report(report, measured, began):
    """The rows and goals into out/bench.json, the tables into TABLE_FILE and onto the terminal."""
    urls, runs, static_row = measured["urls"], measured["runs"], measured["static_row"]
    rows = [page_row(name, urls, measured["etag"], runs, measured["counted"]) for name in ORDER]
    report["rows"] = rows
    report["nginx_static"] = static_row
    report["search_postgres"] = measured["postgres_search"]
    searched, search_facts = search_table(runs["uncached"].get("search"), measured["postgres_search"])
    report["goals"] = goals(rows) + front_goals(rows, static_row) + search_facts
    report["total_seconds"] = round(time.perf_counter() - began, 1)
    (OUT / "bench.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))

    text = summary(report, urls, rows, static_row, searched)
    TABLE_FILE.write_text(text + "\n")
    print()
    print(text)
    print(
        f"\nThis table: {TABLE_FILE.relative_to(ROOT)}; as JSON: out/bench.json; SQL per page: "
        f"out/bench-queries.json; total {report['total_seconds']} s"
    )


def page_row(name, urls, etag, runs, counted):
    """One URL's row: its three load runs, the cache's speed-up and its query counts and render
    times on both datasets; "na" says why a URL was not measured."""
    if urls.get(name) is None:
        return {"name": name, "na": "n/a (page not found in the dataset)"}
    if name == "feed 304" and not etag:
        return {"name": name, "na": "n/a (the feed sends no ETag)"}
    uncached, cached = runs["uncached"].get(name), runs["cached"].get(name)
    speedup = None
    if name != "static CSS" and uncached and cached and uncached.get("rps") and cached.get("rps"):
        speedup = round(cached["rps"] / uncached["rps"], 1)
    return {
        "name": name,
        "path": urls[name],
        "uncached": uncached,
        "cached": cached,
        "varnish": runs["varnish"].get(name),
        "speedup": speedup,
        "queries_large": counted["large"]["queries"].get(name),
        "queries_small": counted["small"]["queries"].get(name),
        "ms_large": counted["large"]["ms"].get(name),
        "ms_small": counted["small"]["ms"].get(name),
    }


if __name__ == "__main__":
    sys.exit(main())
