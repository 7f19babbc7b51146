"""Meetings, server time: run in its own process against one database.

    DATABASE_URL=... python -m bench.meetings scale OUT.json COUNT SEED
    DATABASE_URL=... python -m bench.meetings feed OUT.json

`scale` (on the scale set): the Meeting Guide feed of every public meeting, cold (the first
request of a fresh process, whose cache is its own memory), then the finder ("within 25 km or
online, next 7 days, one concern") over COUNT varied searches, then the iCalendar of searches
that find 200 meetings. `feed` (on the small feed set): the feed cold, then repeated with
If-None-Match. Every request goes through the whole stack by django.test.Client; the time is
taken around `client.get`, as bench.search does for the directory.
"""

import json
import random
import re
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from bench.search import summarize

RADIUS_KM = "25"
FEED = "/feeds/meeting-guide.json"
# Searches tried for the iCalendar figure; those that find fewer than 200 meetings are left out.
CALENDAR_SEARCHES = 24
CALENDAR_MEETINGS = 200
UID = re.compile(rb"^UID:(.+?)\r?$", re.MULTILINE)


def _timed(client: Any, path: str, **headers: str) -> tuple[float, Any]:
    started = time.perf_counter()
    response = client.get(path, **headers)
    return (time.perf_counter() - started) * 1000, response


def _warm_stack(client: Any) -> None:
    """Code paths and connections, not the feed: the bare view shares only the middleware."""
    for _ in range(3):
        client.get("/bench/bare/")


def feed(client: Any) -> dict[str, Any]:
    """The feed as a reader sees it: first request, a conditional repeat, a plain repeat."""
    cold_ms, response = _timed(client, FEED)
    if response.status_code != 200:
        raise RuntimeError(f"{FEED}: {response.status_code} {response.content[:300]!r}")
    body = response.content
    meetings = len(json.loads(body))
    etag = response.get("ETag", "")
    repeat_ms, repeat = _timed(client, FEED, HTTP_IF_NONE_MATCH=etag) if etag else (0.0, None)
    warm_ms, _warm = _timed(client, FEED)
    return {
        "meetings": meetings,
        "bytes": len(body),
        "cold_ms": round(cold_ms, 1),
        "warm_ms": round(warm_ms, 1),
        "etag": etag,
        "last_modified": response.get("Last-Modified", ""),
        "repeat_status": repeat.status_code if repeat is not None else None,
        "repeat_ms": round(repeat_ms, 2),
    }


def finder_paths(count: int, seed: int) -> list[str]:
    """Searches people make: around a town of the set, 25 km or online, one concern."""
    from bench.queries import TOPICS, towns
    from mutual.concerns.queries import concern_index

    rng = random.Random(seed)
    places = towns()
    slugs = concern_index().by_slug
    concerns = [slug for _text, slug in TOPICS if slug in slugs]
    paths = []
    for _ in range(count):
        town = rng.choices(places, [place.groups for place in places])[0]
        query = {"near": town.near, "radius_km": RADIUS_KM, "online": "include",
                 "concern": rng.choice(concerns)}
        paths.append(f"/api/v1/meetings/?{urlencode(query)}")
    return paths


def _plan(path: str, analyze: bool) -> str:
    """The database's plan for the page query behind a finder path."""
    from django.http import QueryDict

    from mutual.meetings.forms import MeetingSearchForm
    from mutual.meetings.queries import PAGE_SIZE, find_occurrences

    form = MeetingSearchForm(QueryDict(path.partition("?")[2]))
    if not form.is_valid():
        return f"invalid: {form.errors.as_json()}"
    found = find_occurrences(form.criteria())[:PAGE_SIZE + 1]
    return found.explain(analyze=True, buffers=True) if analyze else found.explain()


def finder(client: Any, count: int, seed: int) -> dict[str, Any]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    paths = finder_paths(count, seed)
    for path in paths:  # warm up, as bench.search does
        response = client.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"{path}: {response.status_code} {response.content[:300]!r}")
    timings: list[tuple[float, str, int]] = []
    for path in paths:
        elapsed, response = _timed(client, path)
        timings.append((elapsed, path, len(response.json()["results"])))
    with CaptureQueriesContext(connection) as captured:
        client.get(paths[0])
    found = sorted(results for _ms, _path, results in timings)
    slowest = sorted(timings, key=lambda timing: -timing[0])[:5]
    postgres = connection.vendor == "postgresql"
    return {
        **summarize([elapsed for elapsed, _path, _results in timings]),
        "results_median": found[len(found) // 2],
        "results_zero": sum(1 for results in found if results == 0),
        "sql_queries_per_request": len(captured.captured_queries),
        "slowest": [{"ms": round(ms, 1), "path": path, "results": results}
                    for ms, path, results in slowest],
        "examples": paths[:3],
        "plan_of_slowest": _plan(slowest[0][1], analyze=postgres),
    }


def calendar_paths(seed: int) -> list[str]:
    """Searches around the busiest towns, in person within 25 km or online."""
    from bench.queries import towns

    rng = random.Random(seed + 1)
    places = towns(limit=CALENDAR_SEARCHES * 4)
    rng.shuffle(places)
    return [
        "/meetings.ics?" + urlencode({"near": town.near, "radius_km": RADIUS_KM,
                                      "online": "include"})
        for town in places[:CALENDAR_SEARCHES]
    ]


def calendars(client: Any, seed: int) -> dict[str, Any]:
    paths = calendar_paths(seed)
    for path in paths:
        client.get(path)
    timings, sizes, short = [], [], []
    for path in paths:
        elapsed, response = _timed(client, path)
        if response.status_code != 200:
            raise RuntimeError(f"{path}: {response.status_code} {response.content[:300]!r}")
        meetings = len(set(UID.findall(response.content)))
        if meetings < CALENDAR_MEETINGS:
            short.append({"path": path, "meetings": meetings})
            continue
        timings.append(elapsed)
        sizes.append(len(response.content))
    if not timings:
        raise RuntimeError(f"No search found {CALENDAR_MEETINGS} meetings: {short[:3]}")
    return {
        **summarize(timings),
        "meetings_per_calendar": CALENDAR_MEETINGS,
        "bytes_median": sorted(sizes)[len(sizes) // 2],
        "left_out": short,
        "examples": paths[:2],
    }


def run(part: str, count: int, seed: int) -> dict[str, Any]:
    import django

    django.setup()
    from django.test import Client

    client = Client()
    _warm_stack(client)
    if part == "feed":
        return {"feed": feed(client)}
    return {
        "feed": feed(client),
        "finder": finder(client, count, seed),
        "calendar": calendars(client, seed),
    }


if __name__ == "__main__":
    part, out = sys.argv[1], Path(sys.argv[2])
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    out.write_text(json.dumps(run(part, count, seed), indent=2))
