"""Who may refer clients and who reviews the people who apply to. Each predicate is tested
from each side."""

from typing import Any

import rules
from allauth.mfa.utils import is_mfa_enabled

from mutual.groups.models import Group
from mutual.groups.queries import facilitator_ids
from mutual.organizations.models import Stewardship
from mutual.referrals.models import Professional, Referral
from mutual.services.models import Service


def professional_of(user: Any) -> Professional | None:
    if not getattr(user, "is_authenticated", False):
        return None
    try:
        return user.professional
    except Professional.DoesNotExist:
        return None


@rules.predicate
def is_verified_professional(user: Any) -> bool:
    professional = professional_of(user)
    return professional is not None and professional.is_verified


@rules.predicate
def uses_two_factor(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False)) and is_mfa_enabled(user)


@rules.predicate
def is_staff(user: Any) -> bool:
    return bool(getattr(user, "is_staff", False))


# A referral carries what a client agreed to share: only a checked professional whose account
# is guarded by a second factor may send one.
can_send_referrals = is_verified_professional & uses_two_factor
can_review_professionals = is_staff

rules.add_perm("referrals.send_referrals", can_send_referrals)
rules.add_perm("referrals.review_professionals", can_review_professionals)


def answering(group: Group | None, service: Service | None) -> list[int]:
    """Who answers referrals to a group or a service: the group's active facilitators, or
    the stewards of the organization that offers the service."""
    if group is not None:
        return facilitator_ids(group)
    if service is not None:
        return list(Stewardship.objects.filter(
            organization_id=service.organization_id).values_list("user_id", flat=True))
    return []


def receiver_ids(referral: Referral) -> list[int]:
    """Who answers a referral."""
    return answering(referral.group, referral.service)


def can_see_referral(user: Any, referral: Referral) -> bool:
    """Its sender and its receivers; staff too, but only through `read_referral` with a reason."""
    if not getattr(user, "is_authenticated", False):
        return False
    return user.pk == referral.sender_id or user.pk in receiver_ids(referral)
