"""The scale set: the proportions DESIGN.md §6 names, built reproducibly."""

import pytest
from django.db.models import Count, Q

from mutual.accounts.models import User
from mutual.groups.models import Group, Membership
from mutual.organizations.models import Organization
from mutual.seed.scale import build_scale, concern_infos, generate

pytestmark = pytest.mark.django_db


def test_build_scale_makes_groups_members_and_organizations_in_proportion() -> None:
    summary = build_scale(300, seed=7)

    groups = Group.objects.filter(slug__startswith="s-7-")
    assert groups.count() == 300
    assert Organization.objects.filter(slug__startswith="s-7-org-").count() == 30
    assert User.objects.filter(email__endswith="@scale.mutual.test").count() == 600
    assert "300 groups" in summary
    facilitators = groups.annotate(
        facilitators=Count("memberships", filter=Q(memberships__role=Membership.Role.FACILITATOR))
    )
    assert {group.facilitators for group in facilitators} == {1}
    assert not groups.exclude(format=Group.Format.ONLINE).filter(place__isnull=True).exists()
    assert not groups.filter(concerns__isnull=True).exists()
    assert not groups.filter(languages__isnull=True).exists()


def test_the_same_seed_gives_the_same_rows_and_another_seed_others() -> None:
    concerns = concern_infos()

    def summary(seed: int) -> list[tuple[str, str, str]]:
        rows = generate(300, seed=seed, concerns=concerns, languages=["en", "es", "fr"])
        return sorted((group["slug"], group["format"], group["led_by"]) for group in rows.groups)

    first = generate(300, seed=11, concerns=concerns, languages=["en", "es", "fr"])
    assert generate(300, seed=11, concerns=concerns, languages=["en", "es", "fr"]) == first
    assert summary(11) != summary(12)


def test_a_second_build_with_the_same_seed_is_refused() -> None:
    build_scale(20, seed=3)

    with pytest.raises(ValueError, match="seed 3"):
        build_scale(20, seed=3)
