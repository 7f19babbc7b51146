"""An organization with its stewards, and one person for each other side."""

import datetime
from dataclasses import dataclass

import pytest

from mutual.accounts.models import User
from mutual.assessments.actions import (
    Answer,
    close_assessment,
    publish_assessment,
    rate_items,
    start_assessment,
)
from mutual.assessments.models import Assessment
from mutual.organizations.models import Organization, Stewardship
from tests.factories import GroupFactory, MembershipFactory, OrganizationFactory, UserFactory

SIDES = ["anonymous", "member", "other_steward", "steward", "staff"]


@dataclass
class Sides:
    organization: Organization
    member: User
    steward: User
    second_steward: User
    other_steward: User
    staff: User


@pytest.fixture
def sides(db: None) -> Sides:
    organization = OrganizationFactory(name="Harbour Drop-in Centre", slug="harbour")
    member = MembershipFactory(group=GroupFactory(organization=organization)).user
    steward = UserFactory(display_name="Ana")
    second = UserFactory(display_name="Ben")
    for user in (steward, second):
        Stewardship.objects.create(organization=organization, user=user)
    other_steward = UserFactory()
    Stewardship.objects.create(organization=OrganizationFactory(), user=other_steward)
    return Sides(organization, member, steward, second, other_steward,
                 UserFactory(is_staff=True))


def who(sides: Sides, side: str) -> User | None:
    return None if side == "anonymous" else getattr(sides, side)


def scores(**by_item: int) -> dict[str, Answer]:
    return {key: Answer(score=score) for key, score in by_item.items()}


def assessment(sides: Sides, *, title: str = "Spring round", day: int = 1, month: int = 3,
               year: int = 2026, closed: bool = False, published: bool = False,
               ratings: list[dict[str, int]] | None = None) -> Assessment:
    """An assessment of the Harbour centre, rated by its two stewards in turn."""
    made = start_assessment(actor=sides.steward, organization=sides.organization, title=title,
                            conducted_on=datetime.date(year, month, day))
    for rater, given in zip((sides.steward, sides.second_steward), ratings or [],
                            strict=False):
        rate_items(actor=rater, assessment=made, answers=scores(**given))
    if closed or published:
        close_assessment(actor=sides.steward, assessment=made)
    if published:
        publish_assessment(actor=sides.steward, assessment=made)
    made.refresh_from_db()
    return made
