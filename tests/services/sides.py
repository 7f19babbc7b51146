"""An organization with services, and one person for each side of it."""

import datetime
from dataclasses import dataclass
from typing import Any

import pytest
from django.utils.text import slugify

from mutual.accounts.models import User
from mutual.concerns.models import Concern
from mutual.meetings.recurrence import weekly_rule
from mutual.organizations.models import Organization, Stewardship
from mutual.services.models import Location, Schedule, Service
from tests.factories import (
    GroupFactory,
    MembershipFactory,
    OrganizationFactory,
    PlaceFactory,
    UserFactory,
)

SIDES = ["anonymous", "member", "other_steward", "steward", "staff"]
WRITERS = ("steward", "staff")


@dataclass
class Sides:
    organization: Organization
    other_organization: Organization
    member: User
    steward: User
    other_steward: User
    staff: User


@pytest.fixture
def sides(db: None) -> Sides:
    organization = OrganizationFactory(name="Harbour Drop-in Centre", slug="harbour")
    member = MembershipFactory(group=GroupFactory(organization=organization)).user
    steward = UserFactory()
    Stewardship.objects.create(organization=organization, user=steward)
    other = OrganizationFactory(name="Hillside Peer Network", slug="hillside")
    other_steward = UserFactory()
    Stewardship.objects.create(organization=other, user=other_steward)
    return Sides(organization, other, member, steward, other_steward,
                 UserFactory(is_staff=True))


def who(sides: Sides, side: str) -> User | None:
    return None if side == "anonymous" else getattr(sides, side)


def make_service(organization: Organization, name: str, *, concerns: tuple[str, ...] = (),
                 languages: tuple[str, ...] = (), locations: tuple[Location, ...] = (),
                 **fields: Any) -> Service:
    service = Service.objects.create(organization=organization, name=name,
                                     slug=fields.pop("slug", slugify(name)), **fields)
    service.concerns.set(Concern.objects.filter(slug__in=concerns))
    service.languages.set(languages)
    service.locations.set(locations)
    return service


def make_location(organization: Organization, name: str = "", **place: Any) -> Location:
    return Location.objects.create(organization=organization, name=name,
                                   place=PlaceFactory(**place))


def add_hours(owner: Service | Location, days: tuple[int, ...] = (1, 2, 3, 4, 5),
              opens: datetime.time = datetime.time(9), closes: datetime.time = datetime.time(17),
              notes: str = "") -> Schedule:
    field = "location" if isinstance(owner, Location) else "service"
    return Schedule.objects.create(
        **{field: owner}, rrule=weekly_rule(days), starts_on=datetime.date(2026, 1, 1),
        opens_at=opens, closes_at=closes, time_zone="America/Los_Angeles", notes=notes)
