"""Throughput and memory: `mutual serve` under a bounded load from a few keep-alive clients."""

import http.client
import itertools
import socket
import subprocess
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.common import LOAD_CONNECTIONS, MUTUAL, REPO, VAR, Database, child_env

HOST = "127.0.0.1"  # the only address this load is ever sent to
BARE = "/bench/bare/"
MAX_REQUESTS_PER_CONNECTION = 200_000
MAX_ERRORS = 50
WARM_UP_ROUND_S = 2.0
MAX_WARM_UP_ROUNDS = 10


@dataclass
class Server:
    process: subprocess.Popen
    port: int
    log: Path

    def workers(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()] if children.exists() else []


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def _get(port: int, path: str) -> int:
    connection = http.client.HTTPConnection(HOST, port, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


@contextmanager
def serving(database: Database, workers: int = 2) -> Iterator[Server]:
    """`mutual serve` on a free local port with the bench settings; always stopped afterwards."""
    port = _free_port()
    log = VAR / f"serve-{database.name}.log"
    env = child_env(
        database, PORT=str(port), HOST=HOST, WEB_CONCURRENCY=str(workers), GUNICORN_THREADS="1",
        ALLOWED_HOSTS=HOST,
    )
    with log.open("w") as output:
        process = subprocess.Popen(
            [MUTUAL, "serve"], env=env, cwd=REPO, stdout=output, stderr=subprocess.STDOUT
        )
    server = Server(process, port, log)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"`mutual serve` stopped; see {log}:\n{log.read_text()[-2000:]}")
            try:
                if _get(port, BARE) == 200 and len(server.workers()) == workers:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"`mutual serve` did not answer within 60 s; see {log}")
            time.sleep(0.2)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@dataclass
class _Tally:
    ok: int = 0
    other: int = 0
    errors: int = 0
    latencies: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _client(port: int, paths: Iterator[str], until: float, tally: _Tally, record: bool) -> None:
    connection = http.client.HTTPConnection(HOST, port, timeout=10)
    try:
        for _ in range(MAX_REQUESTS_PER_CONNECTION):
            if time.monotonic() >= until or tally.errors >= MAX_ERRORS:
                break
            with tally.lock:
                path = next(paths)
            started = time.perf_counter()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException):
                connection.close()
                with tally.lock:
                    tally.errors += 1
                continue
            if not record:
                continue
            with tally.lock:
                if response.status == 200:
                    tally.ok += 1
                    tally.latencies.append(time.perf_counter() - started)
                else:
                    tally.other += 1
    finally:
        connection.close()


def _drive(port: int, paths: Sequence[str], seconds: float, record: bool) -> tuple[_Tally, float]:
    tally, cycle = _Tally(), itertools.cycle(paths)
    started = time.monotonic()
    threads = [
        threading.Thread(target=_client, args=(port, cycle, started + seconds, tally, record))
        for _ in range(LOAD_CONNECTIONS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 30)
    return tally, time.monotonic() - started


def _warm_up(port: int, paths: Sequence[str]) -> int:
    """Load until the rate stops rising (each worker has filled its caches); bounded."""
    previous = 0.0
    for round_number in range(1, MAX_WARM_UP_ROUNDS + 1):
        tally, elapsed = _drive(port, paths, WARM_UP_ROUND_S, record=True)
        rate = tally.ok / elapsed
        if round_number >= 2 and rate <= previous * 1.1:
            return round_number
        previous = rate
    return MAX_WARM_UP_ROUNDS


def throughput(server: Server, paths: Sequence[str], seconds: float) -> dict[str, Any]:
    """Requests per second answered 200 by `server` over `paths`, after a warm-up."""
    rounds = _warm_up(server.port, paths)
    tally, elapsed = _drive(server.port, paths, seconds, record=True)
    latencies = sorted(tally.latencies) or [0.0]
    return {
        "requests_per_s": round(tally.ok / elapsed, 1),
        "ok": tally.ok,
        "non_200": tally.other,
        "errors": tally.errors,
        "seconds": round(elapsed, 2),
        "latency_p50_ms": round(latencies[len(latencies) // 2] * 1000, 2),
        "warm_up_rounds": rounds,
        "paths": list(paths)[:3],
    }


def peak_rss_mb(server: Server) -> dict[str, float]:
    """Each worker's peak resident memory (VmHWM), in MB."""
    peaks = {}
    for pid in server.workers():
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peaks[str(pid)] = round(int(line.split()[1]) / 1024, 1)
    return peaks
