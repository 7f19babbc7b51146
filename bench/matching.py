"""Matching a client to groups and services, server time: run in its own process against the
scale set.

    DATABASE_URL=... python -m bench.matching OUT.json COUNT SEED

Adds, once, a verified social worker with two-factor authentication and, in each of the
towns searched, a few services for the concerns searched (the scale set holds none). Then
COUNT requests of /api/v1/match/ as that social worker, through the whole stack by
django.test.Client (the time taken around the request, as bench.search does), each a form
like the issue's story: of the concerns bench.queries searches for, one of the three with
the most groups (counting those of the concerns below them), one of the busiest towns,
10 km, the town's main language, free on weekday evenings, peer-led. Then the same
requests again with no online sample kept between them, as for the first client with such
needs in five minutes.
"""

import datetime
import json
import random
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from bench.common import analyze
from bench.search import summarize

EMAIL = "bench-social-worker@bench.mutual.test"
CONCERNS = 3
TOWNS = 20
SERVICES_PER_TOWN = 5
MAX_KM = "10"
WEEKDAY_EVENINGS = [("day", str(day)) for day in range(1, 6)] + [
    ("free_from", "17:00"), ("free_until", "21:00")]


def _social_worker() -> Any:
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.db import transaction

    from mutual.accounts.actions import create_token
    from mutual.accounts.models import User
    from mutual.referrals import actions

    user = User.objects.filter(email=EMAIL).first()
    if user is None:
        with transaction.atomic():
            user = User.objects.create_user(email=EMAIL, password=None,
                                            display_name="Rosa (benchmark)")
            staff = User.objects.create_user(email="bench-staff@bench.mutual.test",
                                             password=None, display_name="Staff (benchmark)",
                                             is_staff=True)
            professional = actions.apply_as_professional(user=user, data={
                "profession": "social_worker", "profession_other": "",
                "license_number": "LCSW 0000", "jurisdiction": "California, USA",
                "employer": "Benchmark Hospital", "work_email": EMAIL})
            actions.verify_professional(actor=staff, professional=professional)
            TOTP.activate(user, generate_totp_secret())
    _token, key = create_token(user=user, name=f"bench {time.time()}")
    return key


def _concerns() -> list[str]:
    """Of the concerns people search the directory for, those with the most groups,
    counting the groups of the concerns below them."""
    from django.db.models import Count

    from bench.queries import TOPICS
    from mutual.concerns.queries import concern_index
    from mutual.groups.models import Group

    index = concern_index()
    direct = dict(Group.concerns.through.objects.values("concern_id")
                  .annotate(groups=Count("pk")).values_list("concern_id", "groups"))
    totals = {slug: sum(direct.get(pk, 0) for pk in index.descendants(index.by_slug[slug]))
              for _text, slug in TOPICS if slug in index.by_slug}
    return sorted(totals, key=lambda slug: -totals[slug])[:CONCERNS]


def _services(towns: list[Any], concerns: list[str]) -> None:
    """A few services in each town for the concerns, with opening hours, made once; then
    the services' tables analyzed, as autovacuum would within a minute of such a change."""
    from django.db import transaction

    from mutual.concerns.models import Concern
    from mutual.organizations.models import Organization
    from mutual.places.lookup import resolve_place
    from mutual.places.models import Place
    from mutual.services.models import Location, Schedule, Service, ServiceAtLocation

    concern_rows = list(Concern.objects.filter(slug__in=concerns))
    rng = random.Random(11)
    for number, town in enumerate(towns):
        slug = f"bench-matching-{number}"
        if Organization.objects.filter(slug=slug).exists():
            continue
        found = resolve_place(town.near)
        with transaction.atomic():
            organization = Organization.objects.create(
                slug=slug, name=f"{found.label} Peer Centre (benchmark)",
                description="For the benchmark.",
                governance_kind=rng.choice(["mutual_assistance", "partnership", "unknown"]))
            for n in range(SERVICES_PER_TOWN):
                place = Place.objects.create(
                    locality=found.label.split(",")[0], country=found.country,
                    latitude=found.latitude + rng.uniform(-0.05, 0.05),
                    longitude=found.longitude + rng.uniform(-0.05, 0.05),
                    time_zone=found.time_zone)
                site = Location.objects.create(organization=organization, place=place)
                service = Service.objects.create(
                    organization=organization, slug=f"service-{n}", name=f"Peer service {n}",
                    fee=rng.choice(["free", "donation", "fee"]),
                    capacity=rng.choice(["available", "waitlist"]))
                service.concerns.set(concern_rows[n % len(concern_rows):][:2])
                service.languages.set([town.language, "en"] if n % 2 else [town.language])
                ServiceAtLocation.objects.create(service=service, location=site)
                Schedule.objects.create(
                    service=service, rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                    starts_on=datetime.date(2025, 1, 6), opens_at=datetime.time(9 + n),
                    closes_at=datetime.time(17 + n % 3), time_zone=found.time_zone)
    tables = [model._meta.db_table for model in (
        Location, Place, Schedule, Service, ServiceAtLocation, Service.concerns.through,
        Service.languages.through)]
    analyze(*tables)


def run(count: int, seed: int) -> dict[str, Any]:
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache.backends.dummy import DummyCache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.queries import towns as busiest_towns
    from mutual.referrals import matching

    # The social worker's verification is mailed once; the benchmark has no one to read it.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    towns = busiest_towns()[:TOWNS]
    concerns = _concerns()
    _services(towns, concerns)
    client = Client(HTTP_AUTHORIZATION=f"Token {_social_worker()}")
    rng = random.Random(seed)
    paths = []
    for _ in range(count):
        town = rng.choice(towns)
        params = [("concern", rng.choice(concerns)), ("near", town.near), ("max_km", MAX_KM),
                  ("language", town.language), *WEEKDAY_EVENINGS, ("prefer", "peer_led")]
        paths.append(f"/api/v1/match/?{urlencode(params)}")
    found = []
    for path in paths:  # warm up, as bench.search does
        response = client.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"{path}: {response.status_code} {response.content!r}")
        found.append(response.json()["count"])
    times = []
    for path in paths:
        started = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as captured:
        client.get(paths[0])
    queries = len(captured)  # now: the next request clears the log it reads
    # The same requests with no online sample kept (as for the first client with such
    # needs in five minutes).
    kept = matching.cache
    matching.cache = DummyCache("none", {})
    cold = []
    try:
        for path in paths:
            started = time.perf_counter()
            client.get(path)
            cold.append((time.perf_counter() - started) * 1000)
    finally:
        matching.cache = kept
    slowest = sorted(zip(times, paths, strict=True), reverse=True)[:5]
    return {
        **summarize(times),
        "online_sample_not_kept": summarize(cold),
        "concerns": concerns,
        "towns": [town.near for town in towns],
        "results_median": sorted(found)[len(found) // 2],
        "results_zero": sum(1 for value in found if value == 0),
        "sql_queries_per_request": queries,
        "slowest": [{"ms": round(ms, 1), "path": path} for ms, path in slowest],
        "examples": paths[:3],
    }


if __name__ == "__main__":
    out, count, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    out.write_text(json.dumps(run(count, seed), indent=2))
