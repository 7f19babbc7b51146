"""Every write to organizations: checked, saved and audited in one place."""

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from mutual.audit.actions import record
from mutual.organizations.classification import classify
from mutual.organizations.models import GovernanceProfile, Organization
from mutual.organizations.permissions import can_describe_organization
from mutual.organizations.queries import current_governance

GOVERNANCE_FIELDS = (
    "executive_lead_lived_experience", "paid_staff", "paid_staff_lived_experience",
    "volunteer_staff", "volunteer_staff_lived_experience", "board_seats",
    "board_seats_lived_experience", "hire_fire", "budget_control", "member_participation",
    "evidence_url", "evidence_note",
)


@transaction.atomic
def state_governance(*, actor: Any, organization: Organization, data: dict[str, Any],
                     effective_from: datetime.date | None = None) -> GovernanceProfile:
    """A steward states who holds power from a date on; earlier statements stay as history,
    and the classification follows from the newest one in effect."""
    if not can_describe_organization(actor, organization):
        raise PermissionDenied(_("Only this organization's stewards can describe it."))
    effective_from = effective_from or timezone.localdate()
    before = classify(current_governance(organization))
    profile = GovernanceProfile(
        organization=organization, effective_from=effective_from,
        stated_by=actor if getattr(actor, "is_authenticated", False) else None,
        **{name: data[name] for name in GOVERNANCE_FIELDS if name in data},
    )
    profile.full_clean(exclude=["stated_by"])
    profile.save()
    after = classify(current_governance(organization))
    if organization.governance_kind != after.kind:
        organization.governance_kind = after.kind
        organization.save(update_fields=["governance_kind"])
    record(actor=actor, verb="organization.governance", target=organization,
           effective_from=effective_from.isoformat(), kind_before=before.kind,
           kind=after.kind)
    return profile


@transaction.atomic
def refresh_classifications(*, on: datetime.date | None = None) -> int:
    """Classify every organization anew from the profile in effect on a day (today): a
    profile stated for a later date takes effect without anyone saving it. Returns how many
    changed."""
    changed = 0
    for organization in Organization.objects.only("pk", "governance_kind"):
        kind = classify(current_governance(organization, on=on)).kind
        if kind != organization.governance_kind:
            Organization.objects.filter(pk=organization.pk).update(governance_kind=kind)
            record(actor=None, verb="organization.reclassified", target=organization,
                   kind_before=organization.governance_kind, kind=kind)
            changed += 1
    return changed


PROFILE_FIELDS = (
    "name", "mission", "description", "website", "phone", "contact_email", "service_area",
    "logo_url", "founded_year", "legal_status", "parent",
)


def _parent_cycle(organization: Organization, parent: Organization | None) -> bool:
    """Whether making `parent` the organization's parent would close a loop of parents."""
    seen: set[int] = set()
    while parent is not None and parent.pk not in seen:
        if parent.pk == organization.pk:
            return True
        seen.add(parent.pk)
        parent = parent.parent
    return False


@transaction.atomic
def update_organization(*, actor: Any, organization: Organization,
                        data: dict[str, Any]) -> Organization:
    """A steward or staff member changes what the organization's page says about it; only
    the fields given change."""
    if not can_describe_organization(actor, organization):
        raise PermissionDenied(_("Only this organization's stewards can describe it."))
    if "parent" in data and _parent_cycle(organization, data["parent"]):
        raise ValidationError({"parent": _(
            "An organization cannot be its own parent or a chapter of its own chapter.")})
    changed = [name for name in PROFILE_FIELDS
               if name in data and getattr(organization, name) != data[name]]
    for name in changed:
        setattr(organization, name, data[name])
    organization.full_clean(exclude=["place", "verified_by"])
    organization.save()
    languages_changed = False
    if "languages" in data:
        codes = sorted(language.pk for language in data["languages"])
        languages_changed = codes != sorted(
            organization.languages.values_list("pk", flat=True))
        organization.languages.set(data["languages"])
        if languages_changed:
            changed.append("languages")
    record(actor=actor, verb="organization.updated", target=organization, fields=changed)
    return organization


@transaction.atomic
def verify_organization(*, actor: Any, organization: Organization,
                        verified: bool) -> Organization:
    """Staff mark an organization as checked against its documents, or take the mark away."""
    if not getattr(actor, "is_staff", False):
        raise PermissionDenied(_("Only Mutual's staff can verify an organization."))
    if verified == (organization.verified_at is not None):
        return organization
    organization.verified_at = timezone.now() if verified else None
    organization.verified_by = actor if verified else None
    organization.save(update_fields=["verified_at", "verified_by", "updated_at"])
    record(actor=actor, verb="organization.verified" if verified else "organization.unverified",
           target=organization)
    return organization
