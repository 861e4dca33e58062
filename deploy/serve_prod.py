"""`make serve-prod`: the production picture on one machine, on loopback ports.

Varnish on FRONT_PORT (8000) in front of gunicorn on APP_PORT (8001), with production settings;
the task worker that sends e-mail and purges Varnish when editors publish (on PURGE_PORT, 8002,
which only the application is told about), and the scheduler that starts periodic work (scheduled publishing, reminders, erasure, retries, pruning). TLS belongs to
the reverse proxy in front of Varnish (docs/operations.md, "Production"), so plain HTTP is served here.
Ctrl-C stops them all.
"""

import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from deploy import varnish

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def environment(front_port, purge_port, app_port):
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", "sas_cms.settings.production")
    if "SECRET_KEY" not in env:
        print("SECRET_KEY is not set: using a random one for this run (sessions end when it stops).")
        env["SECRET_KEY"] = secrets.token_urlsafe(50)
    env.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
    env.setdefault("SECURE_SSL_REDIRECT", "0")
    env.setdefault("BASE_URL", f"http://127.0.0.1:{front_port}")
    # Varnish is the one proxy here, whatever the shell says (core/http/client_address.py).
    env["TRUSTED_PROXIES"] = "1"
    env["GUNICORN_BIND"] = f"127.0.0.1:{app_port}"
    env["FRONT_CACHE_URL"] = f"http://127.0.0.1:{purge_port}"
    return env


def main():
    front_port = int(os.environ.get("FRONT_PORT", "8000"))
    app_port = int(os.environ.get("APP_PORT", "8001"))
    purge_port = int(os.environ.get("PURGE_PORT", "8002"))
    env = environment(front_port, purge_port, app_port)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    manage = [PYTHON, "manage.py"]
    commands = (
        ["migrate", "--no-input"],
        ["collectstatic", "--no-input", "--verbosity", "0"],
    )
    for command in commands:
        subprocess.run(manage + command, cwd=ROOT, env=env, check=True)
    processes = [
        subprocess.Popen([PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py"], cwd=ROOT, env=env),
        subprocess.Popen([*manage, "db_worker", "--interval", "1", "--verbosity", "0"], cwd=ROOT, env=env),
        subprocess.Popen([*manage, "run_scheduler", "--verbosity", "0"], cwd=ROOT, env=env),
    ]
    workdir = Path(tempfile.mkdtemp(prefix="sas-varnish-"))
    processes.append(varnish.start(front_port, purge_port, app_port, workdir))
    print(
        f"Serving http://127.0.0.1:{front_port}/ (Varnish) -> gunicorn on 127.0.0.1:{app_port}; Ctrl-C stops."
    )
    try:
        while all(process.poll() is None for process in processes):
            time.sleep(1)
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in processes:
            process.wait(timeout=30)


if __name__ == "__main__":
    main()
