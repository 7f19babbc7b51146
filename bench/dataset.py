"""The scale sets the benchmarks run on: built once with `mutual seed --scale N`, then reused."""

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


def group_count(database: Database) -> int:
    """Groups in the set, or 0 when there is no set yet."""
    try:
        if database.name == "sqlite":
            path = database.url.removeprefix("sqlite:///")
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
                return connection.execute("SELECT count(*) FROM groups_group").fetchone()[0]
        with psycopg.connect(database.url, connect_timeout=3) as connection:
            row = connection.execute("SELECT count(*) FROM groups_group").fetchone()
            return row[0] if row else 0
    except (sqlite3.Error, psycopg.Error):
        return 0


def server_version(database: Database) -> str:
    if database.name == "sqlite":
        return sqlite3.sqlite_version
    with psycopg.connect(database.url, connect_timeout=3) as connection:
        row = connection.execute("SHOW server_version").fetchone()
        return row[0] if row else "?"


def _mutual(database: Database, *args: str) -> None:
    subprocess.run(
        [MUTUAL, *args], env=child_env(database), cwd=REPO, check=True
    )


def _builds() -> dict[str, Any]:
    return json.loads(BUILDS.read_text()) if BUILDS.exists() else {}


def prepare(database: Database, groups: int) -> dict[str, Any]:
    """A scale set of `groups` groups in `database`; says how long building it took."""
    VAR.mkdir(parents=True, exist_ok=True)
    if database.name == "postgresql":
        _pg_recreate(database.url, drop=False)
    found = group_count(database)
    builds = _builds()
    previous = builds.get(database.name, {})
    if found == groups:
        print(f"{database.label}: reusing the scale set of {groups:,} groups.")
        if previous.get("groups") != groups:
            previous = {"groups": groups}  # built by hand: how long it took is not known
        return {**previous, "reused": True}

    print(f"{database.label}: building a scale set of {groups:,} groups (found {found:,}).")
    if database.name == "sqlite":
        path = database.url.removeprefix("sqlite:///")
        for suffix in ("", "-wal", "-shm"):
            Path(path + suffix).unlink(missing_ok=True)
    else:
        _pg_recreate(database.url, drop=True)
    started = time.perf_counter()
    _mutual(database, "migrate", "--noinput", "--verbosity", "0")
    migrated = time.perf_counter()
    _mutual(database, "seed", "--scale", str(groups), "--seed", str(SEED))
    finished = time.perf_counter()
    build = {
        "groups": groups,
        "seed": SEED,
        "migrate_s": round(migrated - started, 1),
        "seed_s": round(finished - migrated, 1),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    builds[database.name] = build
    BUILDS.write_text(json.dumps(builds, indent=2))
    return {**build, "reused": False}
