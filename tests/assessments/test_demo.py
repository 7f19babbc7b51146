"""The demo's self-assessments: two rounds by three stewards, the newer one published."""

import pytest

from mutual.assessments.models import Assessment, Rating
from mutual.assessments.queries import published_for, summarize
from mutual.organizations.models import Stewardship
from mutual.seed.demo_assessments import STEWARDED, seed_assessments
from tests.factories import OrganizationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_the_demo_assessments_are_rated_closed_published_and_seeded_once() -> None:
    organization = OrganizationFactory(slug=STEWARDED, name="East Bay Peer Grief Network")
    steward = UserFactory(email="steward@demo.mutual.test")
    organizations, roles = {STEWARDED: organization}, {"steward": steward}

    assert seed_assessments(organizations, roles) == 2
    ratings = Rating.objects.count()
    assert seed_assessments(organizations, roles) == 0

    assert Rating.objects.count() == ratings
    assert Stewardship.objects.filter(organization=organization).count() == 3
    last, this = Assessment.objects.order_by("conducted_on")
    assert last.closed_at and not last.published_at
    assert this.closed_at and this.published_at
    assert published_for(organization) == [this]
    summary = summarize(this, everything=True)
    assert len(summary.raters) == 3
    assert summary.previous == last
    assert summary.total is not None and 3 < summary.total < 5
    assert summary.total_change is not None and summary.total_change > 0
    assert summary.disagreements
    assert summary.not_rated == 0
    assert any(item.raters == 2 for item in summary.items)
    assert Rating.objects.exclude(note="").exists()
