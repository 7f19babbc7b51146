"""Everyone a group's conversations could be shown to, from each side."""

import datetime

import pytest
from django.utils import timezone

from mutual.accounts.models import User
from mutual.groups.models import Membership
from tests.conftest import Cast
from tests.factories import MembershipFactory, ModeratorFactory

# Who reads a group's discussions, and who gets a 404 as if there were none.
READERS = ["member", "facilitator", "muted", "moderator"]
OUTSIDERS = ["anonymous", "other_member", "staff", "pending", "removed"]
SIDES = READERS + OUTSIDERS


@pytest.fixture
def everyone(cast: Cast) -> dict[str, User | None]:
    group = cast.group
    muted = MembershipFactory(
        group=group, muted_until=timezone.now() + datetime.timedelta(days=7)).user
    return {
        "anonymous": None,
        "member": cast.member,
        "facilitator": cast.facilitator,
        "other_member": cast.other_member,
        "staff": cast.staff,
        "pending": MembershipFactory(group=group, status=Membership.Status.PENDING).user,
        "removed": MembershipFactory(group=group, status=Membership.Status.REMOVED).user,
        "muted": muted,
        "moderator": ModeratorFactory(),
    }
