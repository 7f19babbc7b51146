"""The demonstration's organizations describe themselves and what they offer, and the story's
peer-run drop-in centre has its three places, three services and a board run by peers."""

from collections.abc import Iterator
from typing import Any

import pytest
from django.db import transaction
from django.test import Client

from mutual.accounts.models import User
from mutual.audit.models import AuditEvent
from mutual.organizations.models import GovernanceProfile, Organization
from mutual.places.models import Place
from mutual.seed import demo_data as data
from mutual.seed.demo import build_demo
from mutual.seed.demo_services import seed_services
from mutual.services.models import Location, Schedule, Service, ServiceAtLocation

DROP_IN = "oakland-peer-recovery-drop-in"
ROWS = (Place, Location, Service, ServiceAtLocation, Schedule, GovernanceProfile, AuditEvent)


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in ROWS}


@pytest.fixture(scope="module")
def seeded(django_db_setup: None, django_db_blocker: Any) -> Iterator[dict[str, int]]:
    """The demo built, then its services seeded a second time; the counts before the second."""
    with django_db_blocker.unblock(), transaction.atomic():
        build_demo(seed=2026)
        before = counts()
        organizations = {org.slug: org for org in Organization.objects.all()}
        seed_services(organizations, {"staff": User.objects.get(email="staff@demo.mutual.test")})
        yield before
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_seeding_again_changes_nothing(seeded: dict[str, int]) -> None:
    assert counts() == seeded


@pytest.mark.django_db
def test_the_drop_in_centre_has_three_places_with_hours_and_three_services(
    seeded: dict[str, int],
) -> None:
    drop_in = Organization.objects.get(slug=DROP_IN)
    locations = list(drop_in.locations.select_related("place"))
    assert len(locations) == 3
    assert all(location.schedules.exists() for location in locations)
    assert {location.place.locality for location in locations} == {"Oakland", "Berkeley"}
    assert all(location.place.time_zone == "America/Los_Angeles" for location in locations)
    assert all(37.7 < location.place.latitude < 37.9 for location in locations)
    services = {service.slug: service for service in drop_in.services.all()}
    assert set(services) == {"peer-counselling", "warm-line", "housing-forms"}
    counselling = services["peer-counselling"].schedules.get()
    assert counselling.rrule == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
    warm_line = services["warm-line"]
    assert warm_line.phone.startswith("+1 510 555 01")
    assert warm_line.schedules.get().opens_at.hour >= 17
    assert not warm_line.locations.exists()
    housing = services["housing-forms"]
    assert housing.locations.count() == 2
    assert Schedule.objects.filter(service_at_location__service=housing).count() == 2


@pytest.mark.django_db
def test_the_drop_in_centres_coordinator_answers_its_referrals(seeded: dict[str, int]) -> None:
    drop_in = Organization.objects.get(slug=DROP_IN)
    assert [steward.user.email for steward in drop_in.stewardships.all()] == [
        "dropin-coordinator@demo.mutual.test"]
    assert not drop_in.stewardships.get().user.has_usable_password()


@pytest.mark.django_db
def test_the_drop_in_centre_is_a_mutual_assistance_organization(seeded: dict[str, int]) -> None:
    drop_in = Organization.objects.get(slug=DROP_IN)
    assert drop_in.governance_kind == "mutual_assistance"
    profile = drop_in.governance_profiles.first()
    assert (profile.board_seats, profile.board_seats_lived_experience) == (9, 7)
    assert profile.hire_fire == "board"
    assert "clinical consultant" in profile.evidence_note
    assert drop_in.mission and drop_in.legal_status == "nonprofit"
    assert drop_in.phone == "+1 510 555 0142"
    assert set(drop_in.languages.values_list("pk", flat=True)) == {"en", "es"}


@pytest.mark.django_db
def test_every_organization_has_a_full_profile_and_services_with_hours(
    seeded: dict[str, int],
) -> None:
    organizations = Organization.objects.filter(slug__in=[s["slug"] for s in data.ORGANIZATIONS])
    assert organizations.count() == len(data.ORGANIZATIONS)
    for organization in organizations.prefetch_related("languages", "services__schedules"):
        assert organization.mission and organization.legal_status, organization.slug
        assert organization.founded_year and organization.languages.all(), organization.slug
        assert organization.website.endswith(".example.org"), organization.slug
        assert " 555 " in organization.phone or "7946" in organization.phone or (
            "99 00" in organization.phone), organization.phone
        services = organization.services.all()
        assert 1 <= len(services) <= 3 or organization.slug == DROP_IN
        for service in services:
            assert service.schedules.all() or service.at_locations.filter(
                schedules__isnull=False).exists(), service
    kinds = set(Service.objects.values_list("organization__governance_kind", flat=True))
    assert kinds == {"mutual_assistance", "partnership", "professionally_led", "unknown"}


@pytest.mark.django_db
def test_the_drop_in_centres_page_answers(seeded: dict[str, int]) -> None:
    response = Client().get(f"/organizations/{DROP_IN}/")
    assert response.status_code == 200
    page = response.content.decode()
    for shown in ("Peer counselling", "Warm line", "Help with housing forms",
                  "Downtown drop-in centre", "Fruitvale office", "South Berkeley drop-in room"):
        assert shown in page, shown
