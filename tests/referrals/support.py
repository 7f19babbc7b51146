"""People and places for referral tests."""

from dataclasses import dataclass
from typing import Any

from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from mutual.accounts.models import User
from mutual.groups.models import Group, Membership
from mutual.referrals import actions
from mutual.referrals.models import Referral
from tests.factories import GroupFactory, MembershipFactory, UserFactory

APPLICATION = {
    "profession": "social_worker", "profession_other": "", "license_number": "LCSW 12345",
    "jurisdiction": "California, USA", "employer": "Highland Hospital",
    "work_email": "rosa@highland.example.org",
}
CLIENT = {"client_name": "Tomás", "contact_method": "phone", "contact": "510-555-0142",
          "note": "Lost his wife in March; free on weekday evenings.", "language": "es"}


def with_two_factor(user: User) -> User:
    TOTP.activate(user, generate_totp_secret())
    return user


def verified_professional(**fields: Any) -> User:
    user = UserFactory(**fields)
    professional = actions.apply_as_professional(user=user, data=APPLICATION)
    actions.verify_professional(actor=UserFactory(is_staff=True), professional=professional)
    return with_two_factor(user)


@dataclass
class Sides:
    """A referral's sender and receivers, and everyone who must not see it."""

    group: Group
    sender: User
    other_professional: User
    facilitator: User
    other_facilitator: User
    member: User
    staff: User


def sides() -> Sides:
    group = GroupFactory()
    other_group = GroupFactory()
    return Sides(
        group=group,
        sender=verified_professional(),
        other_professional=verified_professional(),
        facilitator=MembershipFactory(group=group, role=Membership.Role.FACILITATOR).user,
        other_facilitator=MembershipFactory(
            group=other_group, role=Membership.Role.FACILITATOR).user,
        member=MembershipFactory(group=group).user,
        staff=with_two_factor(UserFactory(is_staff=True)),
    )


def drafted(cast: Sides, **client: Any) -> Referral:
    return actions.draft_referral(
        actor=cast.sender, group=cast.group, client={**CLIENT, **client},
        consent={"given": "spoken"})
