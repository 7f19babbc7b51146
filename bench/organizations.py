"""Organizations, server time: run in its own process against the scale set.

    DATABASE_URL=... python -m bench.organizations OUT.json COUNT SEED

Adds, once, an organization with 20 services, 5 locations each with opening hours, and its
governance stated (a mutual-assistance organization, with a history), and a second one with a
single service and location. Then, through the whole stack by django.test.Client (the time
taken around the request, as bench.search does):
- the first organization's page, COUNT times, and its SQL query count beside the second's,
  which should be the same: the page's query count does not grow with what it shows;
- COUNT directory searches with `governance=`, each kind of organization in turn, on searches
  of the same mix as bench.search (text, concern, place, language).
"""

import datetime
import json
import sys
import time
from pathlib import Path
from typing import Any

from bench.search import summarize

SLUG = "bench-organization-20-services"
SMALL_SLUG = "bench-organization-1-service"
SERVICES = 20
LOCATIONS = 5
ZONE = "America/Los_Angeles"
GOVERNANCE = ("mutual_assistance", "partnership", "professionally_led")
# Each location: the centre of an Oakland or Berkeley neighbourhood, a little apart.
SITES = [
    ("Downtown drop-in centre", "1427 Franklin St", "Oakland", "94612", 37.80437, -122.26963),
    ("Fruitvale office", "3317 International Blvd", "Oakland", "94601", 37.77598, -122.22476),
    ("South Berkeley room", "3132 Adeline St", "Berkeley", "94703", 37.85531, -122.27036),
    ("Temescal office", "4918 Telegraph Ave", "Oakland", "94609", 37.83517, -122.26204),
    ("Lake Merritt room", "3260 Lakeshore Ave", "Oakland", "94610", 37.81135, -122.24542),
]
PEER_RUN = {
    "executive_lead_lived_experience": "yes", "paid_staff": 6, "paid_staff_lived_experience": 5,
    "volunteer_staff": 24, "volunteer_staff_lived_experience": 22, "board_seats": 9,
    "board_seats_lived_experience": 7, "hire_fire": "board", "budget_control": "board",
    "member_participation": "Members elect the board each spring and vote on the yearly plan.",
    "evidence_url": "https://bench.example.org/bylaws",
}
HOURS = [
    ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "09:00", "17:00"),
    ("FREQ=WEEKLY;BYDAY=SA", "10:00", "14:00"),
    ("FREQ=WEEKLY;BYDAY=TU,TH", "17:00", "20:00"),
    ("FREQ=MONTHLY;BYDAY=1SA", "10:00", "16:00"),
]


def _organization(slug: str, services: int, locations: int) -> Any:
    """The organization of that slug, made with that many services and locations if missing."""
    from django.db import transaction

    from mutual.concerns.models import Concern
    from mutual.core.models import Language
    from mutual.organizations.classification import classify
    from mutual.organizations.models import GovernanceProfile, Organization
    from mutual.places.models import Place
    from mutual.services.models import Location, Schedule, Service, ServiceAtLocation

    found = Organization.objects.filter(slug=slug).first()
    if found is not None:
        return found
    with transaction.atomic():
        places = Place.objects.bulk_create(
            Place(name=name, street=street, locality=locality, region="CA",
                  postal_code=postal, country="US", latitude=latitude, longitude=longitude,
                  time_zone=ZONE)
            for name, street, locality, postal, latitude, longitude in SITES[:locations]
        )
        organization = Organization.objects.create(
            slug=slug, name=f"Peer Recovery Centre, {services} services (benchmark)",
            mission="A place run by people in recovery, for anyone who needs a peer.",
            description="For the benchmark.", website="https://bench.example.org",
            phone="+1 510 555 0199", service_area="Alameda County", founded_year=2008,
            legal_status="nonprofit", place=places[0],
        )
        organization.languages.set(Language.objects.filter(pk__in=["en", "es"]))
        sites = Location.objects.bulk_create(
            Location(organization=organization, place=place, name=place.name, position=n,
                     accessibility="Step-free entrance.", transportation="BART nearby.")
            for n, place in enumerate(places)
        )
        offered = Service.objects.bulk_create(
            Service(organization=organization, slug=f"service-{n + 1}",
                    name=f"Peer service {n + 1:02d}",
                    description="Talk one to one with a peer who has been there.",
                    eligibility="Adults in recovery and their families.",
                    application_process="Walk in or call.", phone="+1 510 555 0198",
                    capacity=("available", "waitlist", "full")[n % 3],
                    fee=("free", "donation", "fee")[n % 3],
                    fee_description="$5, less if you cannot afford it" if n % 3 == 2 else "")
            for n in range(services)
        )
        concerns = list(Concern.objects.order_by("pk")[:4])
        languages = list(Language.objects.filter(pk__in=["en", "es"]))
        for n, service in enumerate(offered):
            service.languages.set(languages[: 1 + n % 2])
            service.concerns.set(concerns[n % 3: n % 3 + 2])
        links = ServiceAtLocation.objects.bulk_create(
            ServiceAtLocation(service=service, location=sites[(n + k) % len(sites)])
            for n, service in enumerate(offered) for k in range(min(2, len(sites)))
        )
        start = datetime.date(2025, 1, 6)

        def hours(n: int, **owner: Any) -> Schedule:
            rule, opens, closes = HOURS[n % len(HOURS)]
            return Schedule(rrule=rule, starts_on=start, time_zone=ZONE,
                            opens_at=datetime.time.fromisoformat(opens),
                            closes_at=datetime.time.fromisoformat(closes), **owner)

        Schedule.objects.bulk_create(
            [hours(n, location=site) for site in sites for n in range(2)]
            + [hours(n, service=service) for n, service in enumerate(offered)]
            + [hours(n + 2, service_at_location=link) for n, link in enumerate(links[::4])]
        )
        for since, board in ((datetime.date(2019, 1, 1), 4), (datetime.date(2024, 1, 1), 7)):
            profile = GovernanceProfile.objects.create(
                organization=organization, effective_from=since,
                **{**PEER_RUN, "board_seats_lived_experience": board},
            )
        # As the action that states a profile keeps it, from the newest profile.
        organization.governance_kind = classify(profile).kind
        organization.save(update_fields=["governance_kind"])
    return organization


def _page(count: int) -> dict[str, Any]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    organization = _organization(SLUG, SERVICES, LOCATIONS)
    small = _organization(SMALL_SLUG, 1, 1)
    client = Client()
    page = reverse("organization-detail", args=[organization.slug])
    for _ in range(5):
        response = client.get(page)
        if response.status_code != 200:
            raise RuntimeError(f"{page}: {response.status_code}")
    # Counted at once: each request's start empties the log the context reads from.
    with CaptureQueriesContext(connection) as captured:
        client.get(page)
    queries = len(captured)
    small_page = reverse("organization-detail", args=[small.slug])
    client.get(small_page)
    with CaptureQueriesContext(connection) as small_captured:
        client.get(small_page)
    small_queries = len(small_captured)
    times = []
    for _ in range(count):
        started = time.perf_counter()
        client.get(page)
        times.append((time.perf_counter() - started) * 1000)
    return {
        "services": organization.services.count(),
        "locations": organization.locations.count(),
        "governance_kind": organization.governance_kind,
        "queries": queries,
        "queries_with_one_service": small_queries,
        **summarize(times),
    }


def _governance_search(count: int, seed: int) -> dict[str, Any]:
    """Searches of the mix, each with `governance=` in place of any narrowing by who leads."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.queries import Query, mix

    paths = []
    for n, query in enumerate(mix(count, seed=seed + 1)):
        params = [(k, v) for k, v in query.params if k not in ("led_by", "governance")]
        kind = GOVERNANCE[n % len(GOVERNANCE)]
        paths.append((kind, Query(query.kind, (*params, ("governance", kind))).path))
    client = Client()
    for _kind, path in paths:  # warm up, as bench.search does
        response = client.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"{path}: {response.status_code} {response.content!r}")
    timings: list[tuple[str, float, int]] = []
    for kind, path in paths:
        started = time.perf_counter()
        response = client.get(path)
        timings.append((kind, (time.perf_counter() - started) * 1000, response.json()["count"]))
    with CaptureQueriesContext(connection) as captured:
        client.get(paths[0][1])
    return {
        **summarize([elapsed for _k, elapsed, _f in timings]),
        "by_governance": {
            kind: summarize([elapsed for k, elapsed, _f in timings if k == kind])
            for kind in GOVERNANCE
        },
        "results_zero": sum(1 for _k, _e, found in timings if found == 0),
        "sql_queries_per_request": len(captured),
        "examples": [path for _kind, path in paths[:3]],
    }


def run(count: int, seed: int) -> dict[str, Any]:
    import django

    django.setup()
    from django.conf import settings

    # Pages name their static files; served from the app folders, as after collectstatic.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    return {"page": _page(count), "governance_search": _governance_search(count, seed)}


if __name__ == "__main__":
    out, count, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    out.write_text(json.dumps(run(count, seed), indent=2))
