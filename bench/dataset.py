"""The scale sets the benchmarks run on: built once with `mutual seed --scale N`, then reused."""

import datetime as dt
import json
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

from bench.common import MUTUAL, REPO, SEED, VAR, Database, child_env

BUILDS = VAR / "builds.json"
# The set has 2.5 meetings a group; fewer than this means it was built before meetings.
MEETINGS_PER_GROUP = 2
# As mutual.meetings.occurrences: occurrences reach this far ahead of the day of the build.
HORIZON_DAYS = 56
# A set whose occurrences were expanded longer ago than this is built again.
MAX_AGE_DAYS = 7


def _pg_admin_url(url: str) -> tuple[str, str]:
    """The maintenance database's URL beside `url`, and the name of the database in `url`."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/postgres")), parts.path.lstrip("/")


def postgres_reachable(url: str) -> str | None:
    """None when the server answers, else why not."""
    admin_url, _name = _pg_admin_url(url)
    try:
        with psycopg.connect(admin_url, connect_timeout=3):
            return None
    except psycopg.Error as error:
        return str(error).strip().splitlines()[0]


def _pg_recreate(url: str, *, drop: bool) -> None:
    admin_url, name = _pg_admin_url(url)
    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if exists and drop:
            drop_it = sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name))
            connection.execute(drop_it)
        if not exists or drop:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def _scalar(database: Database, query: str) -> Any:
    if database.name == "sqlite":
        path = database.url.removeprefix("sqlite:///")
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            return connection.execute(query).fetchone()[0]
    with psycopg.connect(database.url, connect_timeout=3) as connection:
        row = connection.execute(query).fetchone()
        return row[0] if row else None


def counts(database: Database) -> dict[str, Any]:
    """Groups and meetings in the set, and the last day its occurrences reach; zeros when
    there is no set, or a set made before meetings existed."""
    found: dict[str, Any] = {"groups": 0, "meetings": 0, "occurrences_until": None}
    for name, query in (
        ("groups", "SELECT count(*) FROM groups_group"),
        ("meetings", "SELECT count(*) FROM meetings_meeting"),
        ("occurrences_until", "SELECT max(occurrences_until) FROM meetings_meeting"),
    ):
        try:
            found[name] = _scalar(database, query)
        except (sqlite3.Error, psycopg.Error):
            break
    until = found["occurrences_until"]
    if isinstance(until, str):
        found["occurrences_until"] = dt.date.fromisoformat(until)
    return found


def server_version(database: Database) -> str:
    if database.name == "sqlite":
        return sqlite3.sqlite_version
    with psycopg.connect(database.url, connect_timeout=3) as connection:
        row = connection.execute("SHOW server_version").fetchone()
        return row[0] if row else "?"


def _mutual(database: Database, *args: str) -> str:
    """Run `mutual` against `database`, showing its output as it comes; returns the output."""
    lines = []
    with subprocess.Popen(
        [MUTUAL, *args], env=child_env(database), cwd=REPO, stdout=subprocess.PIPE, text=True
    ) as process:
        for line in process.stdout or ():
            print(line, end="")
            lines.append(line)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, [MUTUAL, *args])
    return "".join(lines)


def _builds() -> dict[str, Any]:
    return json.loads(BUILDS.read_text()) if BUILDS.exists() else {}


def _unapplied_migrations(database: Database) -> bool:
    """Whether the code has migrations the set's database has not seen."""
    checked = subprocess.run(
        [MUTUAL, "migrate", "--check"], env=child_env(database), cwd=REPO,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
    )
    return checked.returncode != 0


def stale(database: Database, groups: int) -> str | None:
    """Why the set in `database` cannot be reused, or None when it can."""
    found = counts(database)
    if found["groups"] != groups:
        return f"found {found['groups'] or 0:,} groups"
    if (found["meetings"] or 0) < MEETINGS_PER_GROUP * groups:
        return f"found {found['meetings'] or 0:,} meetings for {groups:,} groups"
    if _unapplied_migrations(database):
        return "the schema has changed since it was built"
    # Occurrences are expanded for HORIZON_DAYS from the day of the build; a week-long search
    # needs a week of them left, and rows already past would weigh on every query.
    until = found["occurrences_until"]
    if until is None or until < dt.date.today() + dt.timedelta(days=HORIZON_DAYS - MAX_AGE_DAYS):
        return f"its occurrences were expanded more than {MAX_AGE_DAYS} days ago"
    return None


def prepare(database: Database, groups: int) -> dict[str, Any]:
    """A scale set of `groups` groups in `database`; says how long building it took."""
    VAR.mkdir(parents=True, exist_ok=True)
    if database.name == "postgresql":
        _pg_recreate(database.url, drop=False)
    builds = _builds()
    previous = builds.get(database.url, {})
    why = stale(database, groups)
    if why is None:
        print(f"{database.label}: reusing the set of {groups:,} groups in {database.url}.")
        if previous.get("groups") != groups:
            previous = {"groups": groups}  # built by hand: how long it took is not known
        return {**previous, "reused": True}

    print(f"{database.label}: building a set of {groups:,} groups in {database.url} ({why}).")
    if database.name == "sqlite":
        path = database.url.removeprefix("sqlite:///")
        for suffix in ("", "-wal", "-shm"):
            Path(path + suffix).unlink(missing_ok=True)
    else:
        _pg_recreate(database.url, drop=True)
    started = time.perf_counter()
    _mutual(database, "migrate", "--noinput", "--verbosity", "0")
    migrated = time.perf_counter()
    log = _mutual(database, "seed", "--scale", str(groups), "--seed", str(SEED))
    finished = time.perf_counter()
    found = counts(database)
    build = {
        "groups": groups,
        "meetings": found["meetings"],
        "seed": SEED,
        "migrate_s": round(migrated - started, 1),
        "seed_s": round(finished - migrated, 1),
        "seed_log": log.splitlines(),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    builds[database.url] = build
    BUILDS.write_text(json.dumps(builds, indent=2))
    return {**build, "reused": False}
