"""`python -m bench`: build or reuse the scale sets, measure, print against the budgets, save."""

import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from typing import Any

import django

from bench import dataset, load
from bench.common import (
    BUILD_BUDGET_S,
    CALENDAR_BUDGET_MS,
    DASHBOARD_BUDGET_MS,
    FEED_COLD_BUDGET_MS,
    FEED_GROUPS,
    GROUPS,
    LOAD_SECONDS,
    MATCHING_P95_BUDGET_MS,
    MEETING_FINDER_P95_BUDGET_MS,
    ORGANIZATION_PAGE_BUDGET_MS,
    PAGE_WEIGHT_BUDGET_KB,
    QUERIES,
    QUICK,
    REPLY_BUDGET_MS,
    REPO,
    RESULTS,
    RSS_BUDGET_MB,
    SEARCH_P95_BUDGET_MS,
    SEED,
    THREAD_PAGE_BUDGET_MS,
    THROUGHPUT_RATIO_BUDGET,
    VAR,
    Database,
    child_env,
    feed_database,
    postgres_url,
    sqlite_database,
)


@dataclass
class Figure:
    what: str
    database: str
    value: float
    unit: str
    budget: float | None
    at_most: bool = True  # False: the figure must reach the budget
    # A condition that is not a number ("answered 304"), and whether it held.
    condition: str = ""
    held: bool | None = None

    @property
    def passed(self) -> bool | None:
        if self.condition:
            return self.held
        if self.budget is None:
            return None
        return self.value <= self.budget if self.at_most else self.value >= self.budget

    def line(self) -> str:
        mark = {True: "pass", False: "MISS", None: ""}[self.passed]
        budget = self.condition or ("" if self.budget is None else (
            f"{'≤' if self.at_most else '≥'} {self.budget:g} {self.unit}"
        ))
        return f"  {self.what:<38} {self.database:<11} {self.value:>9.1f} {self.unit:<6}" + (
            f" budget {budget:<12} {mark}" if budget else ""
        )


def machine(databases: list[Database]) -> dict[str, Any]:
    memory = ""
    model = ""
    try:
        with open("/proc/meminfo") as meminfo:
            memory = meminfo.readline().split(":", 1)[1].strip()
        with open("/proc/cpuinfo") as cpuinfo:
            models = (line.split(":", 1)[1] for line in cpuinfo if line.startswith("model name"))
            model = next(models, "").strip()
    except OSError:
        pass
    return {
        "cpu_count": os.cpu_count(),
        "load_average": os.getloadavg(),
        "cpu_model": model,
        "memory": memory,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "databases": {database.name: dataset.server_version(database) for database in databases},
    }


def search(database: Database) -> dict[str, Any]:
    out = VAR / f"search-{database.name}.json"
    out.unlink(missing_ok=True)
    subprocess.run(
        [sys.executable, "-m", "bench.search", str(out), str(QUERIES), str(SEED)],
        env=child_env(database), cwd=REPO, check=True,
    )
    return json.loads(out.read_text())


def page_weight(database: Database) -> dict[str, Any]:
    out = VAR / "weight.json"
    out.unlink(missing_ok=True)
    subprocess.run(
        [sys.executable, "-m", "bench.weight", str(out)],
        env=child_env(database), cwd=REPO, check=True,
    )
    return json.loads(out.read_text())


def detector(database: Database) -> dict[str, Any]:
    out = VAR / "detector.json"
    out.unlink(missing_ok=True)
    subprocess.run([sys.executable, "-m", "bench.detector", str(out)],
                   env=child_env(database), cwd=REPO, check=True)
    return json.loads(out.read_text())


def in_own_process(module: str, database: Database, *args: str,
                   **env_extra: str) -> dict[str, Any]:
    """Run `python -m bench.<module> [args] OUT COUNT SEED` against `database` in a fresh
    process, whose cache is its own memory, and read the JSON it writes."""
    out = VAR / f"{module}-{'-'.join(args) + '-' if args else ''}{database.name}.json"
    out.unlink(missing_ok=True)
    env = child_env(database, **env_extra)
    env.pop("REDIS_URL", None)
    subprocess.run(
        [sys.executable, "-m", f"bench.{module}", *args, str(out), str(QUERIES), str(SEED)],
        env=env, cwd=REPO, check=True,
    )
    return json.loads(out.read_text())


def meeting_figures(
    label: str, database: Database, scale: dict[str, Any], small: dict[str, Any]
) -> list[Figure]:
    finder, calendar = scale["finder"], scale["calendar"]
    small_feed, full_feed = small["feed"], scale["feed"]
    budget = MEETING_FINDER_P95_BUDGET_MS.get(database.name)
    return [
        Figure("meeting finder p50", label, finder["p50_ms"], "ms", None),
        Figure("meeting finder p95", label, finder["p95_ms"], "ms", budget),
        Figure("meeting finder max", label, finder["max_ms"], "ms", None),
        Figure(f"Meeting Guide feed, {small_feed['meetings']:,} cold", label,
               small_feed["cold_ms"], "ms", FEED_COLD_BUDGET_MS),
        Figure(f"feed, {small_feed['meetings']:,}, If-None-Match", label,
               small_feed["repeat_ms"], "ms", None, condition="answered 304",
               held=small_feed["repeat_status"] == 304),
        Figure(f"Meeting Guide feed, {full_feed['meetings']:,} cold", label,
               full_feed["cold_ms"], "ms", None),
        Figure(f"feed, {full_feed['meetings']:,}, If-None-Match", label,
               full_feed["repeat_ms"], "ms", None, condition="answered 304",
               held=full_feed["repeat_status"] == 304),
        Figure(f"iCalendar, {calendar['meetings_per_calendar']} meetings p95", label,
               calendar["p95_ms"], "ms", CALENDAR_BUDGET_MS),
    ]


def discussion_figures(label: str, found: dict[str, Any]) -> list[Figure]:
    page, reply, fan = found["thread_page"], found["reply"], found["fan_out"]
    return [
        Figure(f"thread page, {page['posts']} posts p50", label, page["p50_ms"], "ms", None),
        Figure(f"thread page, {page['posts']} posts p95", label, page["p95_ms"], "ms",
               THREAD_PAGE_BUDGET_MS),
        Figure("thread page SQL queries", label, page["queries"], "", None),
        Figure("posting a reply p95", label, reply["p95_ms"], "ms", REPLY_BUDGET_MS),
        Figure("reply: notifications made in request", label,
               reply["notifications_made_in_requests"], "", None,
               condition="none (background)",
               held=reply["notifications_made_in_requests"] == 0),
        Figure(f"fan-out, {found['group_members']:,} members (task)", label, fan["ms"], "ms",
               None),
    ]


def organization_figures(label: str, database: Database, found: dict[str, Any]) -> list[Figure]:
    page, searched = found["page"], found["governance_search"]
    shown = f"{page['services']} services"
    return [
        Figure(f"organization page, {shown} p50", label, page["p50_ms"], "ms", None),
        Figure(f"organization page, {shown} p95", label, page["p95_ms"], "ms",
               ORGANIZATION_PAGE_BUDGET_MS),
        Figure("organization page SQL queries", label, page["queries"], "", None,
               condition=f"= {page['queries_with_one_service']} with 1 service",
               held=page["queries"] == page["queries_with_one_service"]),
        Figure("directory search, governance= p50", label, searched["p50_ms"], "ms", None),
        Figure("directory search, governance= p95", label, searched["p95_ms"], "ms",
               SEARCH_P95_BUDGET_MS[database.name]),
    ]


def matching_figures(label: str, found: dict[str, Any]) -> list[Figure]:
    return [
        Figure("matching a client p50", label, found["p50_ms"], "ms", None),
        Figure("matching a client p95", label, found["p95_ms"], "ms", MATCHING_P95_BUDGET_MS),
        Figure("matching, no online sample kept, p50", label,
               found["online_sample_not_kept"]["p50_ms"], "ms", None),
        Figure("matching, no online sample kept, p95", label,
               found["online_sample_not_kept"]["p95_ms"], "ms", None),
        Figure("matching SQL queries", label, found["sql_queries_per_request"], "", None),
    ]


def dashboard_figures(label: str, found: dict[str, Any]) -> list[Figure]:
    many, few = found["many"], found["few"]
    shown = f"{many['referrals']} referrals"
    return [
        Figure(f"referral dashboard, {shown} p50", label, many["p50_ms"], "ms", None),
        Figure(f"referral dashboard, {shown} p95", label, many["p95_ms"], "ms",
               DASHBOARD_BUDGET_MS),
        Figure("referral dashboard SQL queries", label, many["queries"], "", None,
               condition=f"= {few['queries']} with {few['referrals']} referrals",
               held=many["queries"] == few["queries"]),
    ]


def serve_and_load(database: Database, search_paths: list[str]) -> dict[str, Any]:
    with load.serving(database) as server:
        bare = load.throughput(server, [load.BARE], LOAD_SECONDS)
        found = load.throughput(server, search_paths, LOAD_SECONDS)
        peaks = load.peak_rss_mb(server)
    return {"bare": bare, "search": found, "worker_peak_rss_mb": peaks}


def main() -> None:
    started = time.time()
    print(f"Mutual benchmarks: {GROUPS:,} groups{' (quick)' if QUICK else ''}, seed {SEED}.")
    databases = [sqlite_database()]
    unreachable = dataset.postgres_reachable(postgres_url())
    if unreachable is None:
        databases.append(Database("postgresql", postgres_url()))
    else:
        print(f"PostgreSQL skipped: {unreachable}")

    figures: list[Figure] = []
    details: dict[str, Any] = {}
    for database in databases:
        build = dataset.prepare(database, GROUPS)
        feed_build = dataset.prepare(feed_database(database), FEED_GROUPS)
        busy = os.getloadavg()[0]
        if busy > 0.5:
            print(f"Note: the machine is busy (load average {busy:.1f}); figures will suffer.")
        label = database.label
        print(f"{label}: directory search, {QUERIES} queries…")
        found = search(database)
        print(f"{label}: meetings: feed, finder ({QUERIES} searches), iCalendar…")
        scale_meetings = in_own_process("meetings", database, "scale")
        print(f"{label}: the Meeting Guide feed of the {FEED_GROUPS:,}-group set…")
        small_meetings = in_own_process("meetings", feed_database(database), "feed")
        print(f"{label}: discussions: thread page, replies, fan-out…")
        # Notifications are only scheduled, as in production.
        talked = in_own_process("discussions", database, TASKS_BACKEND="database")
        print(f"{label}: organizations: the page, {QUERIES} searches with governance=…")
        organized = in_own_process("organizations", database)
        print(f"{label}: matching a client, {QUERIES} requests…")
        matched = in_own_process("matching", database)
        print(f"{label}: the referral dashboard, 500 referrals…")
        dashboard = in_own_process("referrals", database)
        print(f"{label}: throughput, {load.LOAD_CONNECTIONS} connections x {LOAD_SECONDS:g} s…")
        served = serve_and_load(database, found["load_paths"])
        details[database.name] = {
            "build": build, "search": found, "serve": served, "load_average_before": busy,
            "meetings": scale_meetings, "feed_set": {"build": feed_build, **small_meetings},
            "discussions": talked, "organizations": organized, "matching": matched,
            "referral_dashboard": dashboard,
        }

        if "seed_s" in build:
            figures.append(Figure(
                "scale set build (migrate + seed)", label, build["seed_s"] + build["migrate_s"],
                "s", BUILD_BUDGET_S if GROUPS >= 100_000 else None,
            ))
        budget = SEARCH_P95_BUDGET_MS[database.name]
        figures.append(Figure("directory search p50", label, found["p50_ms"], "ms", None))
        figures.append(Figure("directory search p95", label, found["p95_ms"], "ms", budget))
        figures.append(Figure("directory search max", label, found["max_ms"], "ms", None))
        bare, searched = served["bare"]["requests_per_s"], served["search"]["requests_per_s"]
        figures.append(Figure("bare view throughput", label, bare, "req/s", None))
        figures.append(Figure("search throughput", label, searched, "req/s", None))
        figures.append(Figure(
            "search / bare throughput", label, 100 * searched / bare if bare else 0.0, "%",
            100 * THROUGHPUT_RATIO_BUDGET, at_most=False,
        ))
        peak = max(served["worker_peak_rss_mb"].values(), default=0.0)
        figures.append(Figure("worker peak RSS (VmHWM)", label, peak, "MB", RSS_BUDGET_MB))
        figures += meeting_figures(label, database, scale_meetings, small_meetings)
        figures += discussion_figures(label, talked)
        figures += organization_figures(label, database, organized)
        figures += matching_figures(label, matched)
        figures += dashboard_figures(label, dashboard)

    weights = page_weight(databases[0])
    details["page_weight"] = weights
    figures.append(Figure(
        "page weight, first visit (heaviest)", "-",
        max(page["compressed_kb"] for page in weights.values()), "KB", PAGE_WEIGHT_BUDGET_KB,
    ))
    # No budget of its own: posting a reply, crisis check included, has one.
    assessed = detector(databases[0])
    details["crisis_detector"] = assessed
    figures.append(Figure(
        f"crisis check, {assessed['post_characters_mean']}-char post p95", "-",
        assessed["ordinary"]["p95_ms"], "ms", None))
    figures.append(Figure(
        f"crisis check, {assessed['long_post_characters']:,}-char post p95", "-",
        assessed["long"]["p95_ms"], "ms", None))

    about = machine(databases)
    print()
    print(
        f"Machine: {about['cpu_count']} CPUs ({about['cpu_model']}), {about['memory']}, "
        f"load average {about['load_average'][0]:.1f} / {about['load_average'][1]:.1f}, "
        f"{about['platform']}, Python {about['python']}, Django {about['django']}, "
        + ", ".join(f"{name} {version}" for name, version in about["databases"].items())
    )
    held = dataset.counts(databases[0])["meetings"] or 0
    print(f"Scale set: {GROUPS:,} groups, {GROUPS // 10:,} organizations, {2 * GROUPS:,} members, "
          f"{held:,} meetings.")
    print(f"Meeting finder: {QUERIES} searches of /api/v1/meetings/ around towns of the set, "
          "within 25 km or online, the next 7 days, one concern. iCalendar: /meetings.ics for "
          "such searches without a concern, each giving 200 meetings. Meeting Guide feed: the "
          "first request of a fresh process, then one with If-None-Match, on a set of its own "
          f"({FEED_GROUPS:,} groups built the same way, whose feed holds about 10,000 "
          "meetings) and on the scale set (its public, active, weekly meetings).")
    for figure in figures:
        print(figure.line())
    if unreachable is not None:
        print(f"  PostgreSQL not measured: {unreachable}")

    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(started))
    name = "bench-quick" if QUICK else "bench"
    report = {
        "name": name,
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "seconds": round(time.time() - started, 1),
        "quick": QUICK,
        "groups": GROUPS,
        "seed": SEED,
        "queries": QUERIES,
        "load": {"connections": load.LOAD_CONNECTIONS, "seconds": LOAD_SECONDS,
                 "workers": 2, "threads": 1},
        "machine": about,
        "figures": [{**asdict(figure), "passed": figure.passed} for figure in figures],
        "details": details,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    text = json.dumps(report, indent=2)
    (RESULTS / f"{name}-{stamp}.json").write_text(text)
    (RESULTS / "latest.json").write_text(text)
    print(f"Results: {RESULTS / f'{name}-{stamp}.json'}")
