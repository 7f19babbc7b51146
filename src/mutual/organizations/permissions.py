"""Who may do what with an organization. Every predicate here is tested from each side."""

from typing import Any

import rules

from mutual.organizations.models import Organization, Stewardship


@rules.predicate
def is_steward(user: Any, organization: Organization) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return Stewardship.objects.filter(organization=organization, user=user).exists()


@rules.predicate
def is_staff(user: Any) -> bool:
    return bool(getattr(user, "is_staff", False))


can_describe_organization = is_steward | is_staff

rules.add_perm("organizations.describe_organization", can_describe_organization)
