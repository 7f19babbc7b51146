"""`mutual serve` answers HTTP through gunicorn, on the port PORT names."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_answers_health_checks_on_the_chosen_port(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "MUTUAL_VAR_DIR": str(tmp_path), "PORT": str(port),
           "WEB_CONCURRENCY": "1"}
    env.pop("DATABASE_URL", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "mutual.cli", "serve"], env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    try:
        body = b""
        for _attempt in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    body = r.read()
                    break
            except OSError:
                time.sleep(0.1)
        assert body == b'{"status": "ok"}'
    finally:
        server.terminate()
        server.wait(timeout=20)
