"""The physical limit for the front-cache rows: nginx serving a saved copy of a page's HTML.

Whatever Varnish does, it cannot beat a web server sending a file from memory; the bench reports
Varnish's rate as a share of this one. Needs Debian's nginx (the row says n/a without it).
"""

import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

from bench import OUT

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
CONFIG = """daemon off;
worker_processes 2;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    client_body_temp_path {prefix}/tmp;
    proxy_temp_path {prefix}/tmp;
    fastcgi_temp_path {prefix}/tmp;
    uwsgi_temp_path {prefix}/tmp;
    scgi_temp_path {prefix}/tmp;
    open_file_cache max=16;
    server {{
        listen 127.0.0.1:{port};
        root {prefix}/html;
        default_type text/html;
    }}
}}
"""


def available():
    return Path(NGINX).exists()


def start(port, source_url):
    """Save the HTML at `source_url` and serve it with nginx on 127.0.0.1:`port` as /page.html."""
    prefix = OUT / "nginx"
    (prefix / "html").mkdir(parents=True, exist_ok=True)
    (prefix / "tmp").mkdir(exist_ok=True)
    with urllib.request.urlopen(source_url, timeout=60) as response:
        (prefix / "html" / "page.html").write_bytes(response.read())
    config = prefix / "nginx.conf"
    config.write_text(CONFIG.format(prefix=prefix, port=port))
    process = subprocess.Popen(
        [NGINX, "-c", str(config), "-p", str(prefix)],
        stdout=(prefix / "nginx.log").open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/page.html", timeout=2):
                return process
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError(f"nginx did not start; see {prefix}/error.log")
