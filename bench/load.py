"""The load client: `python -m bench.load` reads a JSON job on stdin and prints JSON results.

Job: {"port": 8123, "urls": [[name, path, {header: value}], ...], "requests": 300, "seconds": 10,
"concurrency": 4, "warmup": 8, "cache_header": "X-Page-Cache"}; the cache header is the one whose
"hit" counts as a cache hit (X-Cache through Varnish). Each URL gets at most `requests` requests or `seconds` seconds,
whichever comes first, from `concurrency` threads each holding one keep-alive connection to
127.0.0.1 (the only host it ever talks to). When `wrk` is installed it is used instead for the
timed part (it has no request limit, so only the time limit applies).
"""

import http.client
import itertools
import json
import math
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

HOST = "127.0.0.1"
BASE_HEADERS = {"Accept-Encoding": "gzip", "User-Agent": "sas-bench"}


def percentile(sorted_values, fraction):
    if not sorted_values:
        return None
    index = min(len(sorted_values) - 1, max(0, math.ceil(fraction * len(sorted_values)) - 1))
    return sorted_values[index]


def _worker(port, path, headers, deadline, tickets, limit, samples, lock, cache_header):
    connection = None
    local = []
    while time.perf_counter() < deadline and next(tickets) < limit:
        if connection is None:
            connection = http.client.HTTPConnection(HOST, port, timeout=60)
        began = time.perf_counter()
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
        except (OSError, http.client.HTTPException):
            connection.close()
            connection = None
            local.append((time.perf_counter() - began, "error", None))
            continue
        local.append((time.perf_counter() - began, response.status, response.getheader(cache_header)))
        if response.will_close:
            connection.close()
            connection = None
    if connection is not None:
        connection.close()
    with lock:
        samples.extend(local)


def hammer(port, path, headers, requests, seconds, concurrency, cache_header="X-Page-Cache"):
    """Send the requests; returns the samples (latency, status, cache header) and the elapsed time."""
    samples, lock = [], threading.Lock()
    tickets = itertools.count()
    began = time.perf_counter()
    deadline = began + seconds
    threads = [
        threading.Thread(
            target=_worker,
            args=(port, path, headers, deadline, tickets, requests, samples, lock, cache_header),
            daemon=True,
        )
        for _ in range(concurrency)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return samples, time.perf_counter() - began


def warm_up(port, path, headers, requests, concurrency, cache_header, rounds=5):
    """Load templates and fill the page cache of every worker before measuring: each round opens
    new connections (so other workers get their turn) until a round is all cache hits, or the
    responses carry no cache header at all (cache off, static files)."""
    for _ in range(rounds):
        samples, _elapsed = hammer(port, path, headers, requests, 60, concurrency, cache_header)
        marks = [cache for *_, cache in samples]
        if all(mark is None for mark in marks) or all(mark == "hit" for mark in marks):
            return


def summarise(samples, elapsed):
    ok = sorted(latency for latency, status, _ in samples if status in (200, 304))
    statuses = {}
    for _, status, _ in samples:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    hits = sum(1 for *_, cache in samples if cache == "hit")
    return {
        "requests": len(samples),
        "seconds": round(elapsed, 2),
        "rps": round(len(ok) / elapsed, 1) if elapsed else None,
        "p50_ms": round(percentile(ok, 0.50) * 1000, 1) if ok else None,
        "p95_ms": round(percentile(ok, 0.95) * 1000, 1) if ok else None,
        "p99_ms": round(percentile(ok, 0.99) * 1000, 1) if ok else None,
        "statuses": statuses,
        "cache_hits": hits,
        "client": "python",
    }


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}
# wrk prints the 50th, 75th, 90th and 99th percentiles; this script adds the 95th.
P95_SCRIPT = Path(__file__).with_name("p95.lua")


def run_wrk(wrk, port, path, headers, seconds, concurrency):
    command = [wrk, "-t2", f"-c{concurrency}", f"-d{int(seconds)}s", "--latency", "-s", str(P95_SCRIPT)]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(
        [*command, f"http://{HOST}:{port}{path}"], capture_output=True, text=True, timeout=seconds + 30
    ).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.MULTILINE))
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    total = re.search(r"(\d+) requests in", output)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    p95 = re.search(r"^p95_us (\d+)", output, re.MULTILINE)

    def ms(text):
        number, unit = re.match(r"([\d.]+)(\w+)", text).groups()
        return round(float(number) * UNITS[unit], 1)

    if not (rate and total and "50" in latency and "99" in latency):
        return None
    return {
        "requests": int(total.group(1)),
        "seconds": seconds,
        "rps": float(rate.group(1)),
        "p50_ms": ms(latency["50"]),
        "p95_ms": round(int(p95.group(1)) / 1000, 1) if p95 else None,
        "p99_ms": ms(latency["99"]),
        "statuses": {"non-2xx/3xx": int(errors.group(1)) if errors else 0},
        "cache_hits": None,
        "client": "wrk",
    }


def main():
    job = json.load(sys.stdin)
    port = int(job["port"])
    wrk = shutil.which("wrk")
    cache_header = job.get("cache_header", "X-Page-Cache")
    results = {}
    for name, path, extra in job["urls"]:
        headers = {**BASE_HEADERS, **extra}
        warm_up(port, path, headers, job["warmup"], job["concurrency"], cache_header)
        result = None
        if wrk:
            result = run_wrk(wrk, port, path, headers, job["seconds"], job["concurrency"])
        if result is None:
            samples, elapsed = hammer(
                port, path, headers, job["requests"], job["seconds"], job["concurrency"], cache_header
            )
            result = summarise(samples, elapsed)
        results[name] = result
        print(f"  {name:<16} {result['rps'] or 0:>8.1f} req/s", file=sys.stderr, flush=True)
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
