"""What every benchmark shares: where things are, what it was asked for, and the budgets."""

import os
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VAR = REPO / "var" / "bench"
RESULTS = REPO / "bench" / "results"
MUTUAL = str(Path(sys.executable).parent / "mutual")

QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")
GROUPS = int(os.environ.get("BENCH_GROUPS") or (5000 if QUICK else 100_000))
SEED = int(os.environ.get("BENCH_SEED") or 2026)
QUERIES = 200 if QUICK else 240
LOAD_SECONDS = 3.0 if QUICK else 10.0
LOAD_CONNECTIONS = 8
DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/mutual_bench"

# The Meeting Guide feed is measured on a set of its own this size, whose feed holds about
# 10,000 meetings: of 2.5 meetings a group, 1.4 are public, active and weekly (the feed leaves
# out meetings every other week or once a month).
FEED_GROUPS = 7100

# DESIGN.md §6 and issue 3; a budget is a ceiling unless the figure says otherwise.
BUILD_BUDGET_S = 300.0
SEARCH_P95_BUDGET_MS = {"sqlite": 60.0, "postgresql": 30.0}
THROUGHPUT_RATIO_BUDGET = 0.40
RSS_BUDGET_MB = 150.0
PAGE_WEIGHT_BUDGET_KB = 100.0
# The meeting finder's budget is PostgreSQL's; SQLite's figure is reported beside it.
MEETING_FINDER_P95_BUDGET_MS = {"postgresql": 40.0}
FEED_COLD_BUDGET_MS = 1000.0
CALENDAR_BUDGET_MS = 200.0
# Issue 4: a thread page of 50 posts, and posting a reply with its crisis check.
THREAD_PAGE_BUDGET_MS = 20.0
REPLY_BUDGET_MS = 50.0
# Issue 5: an organization page of 20 services and 5 places, with its classification;
# directory searches with governance= are held to SEARCH_P95_BUDGET_MS.
ORGANIZATION_PAGE_BUDGET_MS = 25.0
# Issue 6: matching a client to groups and services, for a form like the story's.
MATCHING_P95_BUDGET_MS = 60.0
# Issue 6: the social worker's dashboard with 500 referrals.
DASHBOARD_BUDGET_MS = 30.0


@dataclass(frozen=True)
class Database:
    name: str  # "sqlite" or "postgresql"
    url: str

    @property
    def label(self) -> str:
        return {"sqlite": "SQLite", "postgresql": "PostgreSQL"}[self.name]


def sqlite_database() -> Database:
    return Database("sqlite", f"sqlite:///{VAR / 'scale.sqlite3'}")


def postgres_url() -> str:
    return os.environ.get("BENCH_DATABASE_URL") or DEFAULT_PG_URL


def feed_database(database: Database) -> Database:
    """Where the feed's smaller set lives, beside `database`."""
    if database.name == "sqlite":
        return Database("sqlite", f"sqlite:///{VAR / 'feed.sqlite3'}")
    base, _slash, name = database.url.rpartition("/")
    return Database("postgresql", f"{base}/{name}_feed")


def child_env(database: Database, **extra: str) -> dict[str, str]:
    """The environment of a process run against `database`: production-like, never DEBUG."""
    env = {key: value for key, value in os.environ.items() if key not in ("DEBUG", "PYTHONPATH")}
    env.pop("ALLOWED_HOSTS", None)
    env.update({
        "DATABASE_URL": database.url,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "PYTHONPATH": str(REPO),
        "PYTHONUNBUFFERED": "1",
        "LOG_LEVEL": "WARNING",
    })
    env.update(extra)
    return env


def analyze(*tables: str) -> None:
    """Refresh the planner's statistics for tables a benchmark has just filled, as autovacuum
    would in production (a machine's PostgreSQL may run without it)."""
    from django.db import connection

    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")
