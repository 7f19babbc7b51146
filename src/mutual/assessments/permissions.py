"""Who may do what with an organization's self-assessments. An assessment is private to the
organization's stewards (and Mutual's staff) until its stewards publish the summary."""

from dataclasses import dataclass
from typing import Any

import rules

from mutual.assessments.models import Assessment
from mutual.organizations.models import Organization
from mutual.organizations.permissions import is_staff, is_steward

# Stewards and staff see every assessment of the organization and every rating in it.
can_see_assessments = is_steward | is_staff
# Stewards and staff start, close, reopen and delete; only stewards rate and publish.
can_run_assessments = is_steward | is_staff
can_rate = is_steward
can_publish = is_steward
can_unpublish = is_steward | is_staff


def can_see_assessment(user: Any, assessment: Assessment) -> bool:
    """Whether the person may see the assessment at all (its summary when published)."""
    return assessment.published_at is not None or can_see_assessments(
        user, assessment.organization)


rules.add_perm("assessments.see_assessments", can_see_assessments)
rules.add_perm("assessments.rate", can_rate)


@dataclass(frozen=True)
class Roles:
    """What a person may do with an organization's assessments, asked once a request (the
    same rules as the predicates above)."""

    steward: bool
    staff: bool

    @property
    def sees_everything(self) -> bool:
        return self.steward or self.staff

    @property
    def runs(self) -> bool:
        return self.steward or self.staff

    @property
    def rates(self) -> bool:
        return self.steward

    @property
    def publishes(self) -> bool:
        return self.steward

    @property
    def unpublishes(self) -> bool:
        return self.steward or self.staff


def roles_for(user: Any, organization: Organization) -> Roles:
    return Roles(steward=bool(is_steward(user, organization)), staff=bool(is_staff(user)))
