"""Directory search, server time: run in its own process against one database.

    DATABASE_URL=... python -m bench.search OUT.json COUNT SEED

Each query goes through the whole stack the API serves (middleware, form, query, serializer)
by django.test.Client; the time is taken around `client.get`.
"""

import json
import math
import statistics
import sys
import time
from pathlib import Path
from typing import Any


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def summarize(times_ms: list[float]) -> dict[str, float]:
    return {
        "n": len(times_ms),
        "p50_ms": round(statistics.median(times_ms), 2),
        "p95_ms": round(percentile(times_ms, 0.95), 2),
        "max_ms": round(max(times_ms), 2),
        "mean_ms": round(statistics.fmean(times_ms), 2),
    }


def run(count: int, seed: int) -> dict[str, Any]:
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.queries import mix

    queries = mix(count, seed=seed)
    client = Client()
    for query in queries:  # warm up: code paths, caches, the database's pages
        response = client.get(query.path)
        if response.status_code != 200:
            raise RuntimeError(f"{query.path}: {response.status_code} {response.content!r}")

    timings: list[tuple[float, Any, int]] = []
    for query in queries:
        started = time.perf_counter()
        response = client.get(query.path)
        elapsed = (time.perf_counter() - started) * 1000
        timings.append((elapsed, query, response.json()["count"]))

    with CaptureQueriesContext(connection) as captured:
        client.get(queries[0].path)
    by_kind: dict[str, list[float]] = {}
    for elapsed, query, _found in timings:
        by_kind.setdefault(query.kind, []).append(elapsed)
    found = [found for _e, _q, found in timings]
    slowest = sorted(timings, key=lambda timing: -timing[0])[:5]
    return {
        **summarize([elapsed for elapsed, _q, _f in timings]),
        "by_kind": {kind: summarize(values) for kind, values in sorted(by_kind.items())},
        "results_median": statistics.median(found),
        "results_zero": sum(1 for value in found if value == 0),
        "sql_queries_per_request": len(captured.captured_queries),
        "slowest": [
            {"ms": round(elapsed, 1), "path": query.path, "results": found}
            for elapsed, query, found in slowest
        ],
        "examples": [query.path for query in queries[:5]],
        # The design's search, for the throughput run.
        "load_paths": [q.path for q in queries if q.kind == "text+concern+near+language"][:10],
    }


if __name__ == "__main__":
    out, count, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    out.write_text(json.dumps(run(count, seed), indent=2))
