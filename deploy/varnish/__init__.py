"""Start Varnish with the site's VCL (sas.vcl, beside this module) in front of an app on a loopback port.

Used by `make serve-prod`, `make bench` and the front-cache integration test, so all three run
the same configuration. Varnish runs in the foreground of its own process group, without a
jail (no privilege switch needed for loopback ports), and keeps its working files in `workdir`.
It listens on a public port (where visitors, through the TLS proxy, arrive) and on a purge port
only the application is told about (FRONT_CACHE_URL): the VCL takes PURGE and BAN there only.
"""

import shutil
import socket
import subprocess
import time
from pathlib import Path

VCL = Path(__file__).resolve().parent / "sas.vcl"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"


def vcl_for(backend_port):
    """The site's VCL with the backend on `backend_port`."""
    return VCL.read_text().replace('.port = "8001";', f'.port = "{backend_port}";')


def start(listen_port, purge_port, backend_port, workdir, memory="256m"):
    """Start varnishd on 127.0.0.1:`listen_port` for visitors and 127.0.0.1:`purge_port` for the
    application's purges; returns its process once it accepts connections."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    vcl = workdir / "sas.vcl"
    vcl.write_text(vcl_for(backend_port))
    process = subprocess.Popen(
        [
            VARNISHD,
            "-F",
            "-j",
            "none",
            "-a",
            f"public=127.0.0.1:{listen_port}",
            "-a",
            f"purge=127.0.0.1:{purge_port}",
            "-f",
            str(vcl),
            "-n",
            str(workdir / "instance"),
            "-s",
            f"malloc,{memory}",
            "-T",
            "none",
        ],
        stdout=(workdir / "varnishd.log").open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"varnishd exited: {(workdir / 'varnishd.log').read_text()}")
        try:
            socket.create_connection(("127.0.0.1", listen_port), timeout=1).close()
            return process
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError("varnishd did not listen within 30 s")
