import datetime

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from mutual.groups.queries import directory_groups
from mutual.organizations.models import GovernanceProfile, Organization
from mutual.services.queries import locations_with_hours, shown_services


def organizations_listing(governance: str = "") -> QuerySet[Organization]:
    """Organizations by name with how many groups the directory shows of each; `governance`
    keeps only those of that kind."""
    shown = Q(groups__in=directory_groups())
    organizations = Organization.objects.select_related("place")
    if governance:
        organizations = organizations.filter(governance_kind=governance)
    return (
        organizations.annotate(group_count=Count("groups", filter=shown, distinct=True))
        .order_by("name")
    )


def organization_for_page(slug: str) -> Organization | None:
    """An organization with the groups it runs that the directory may show, its languages,
    the organization it is part of, its chapters, the services it offers now and its
    locations with their hours, in a fixed number of queries."""
    return (
        Organization.objects.select_related("place", "parent")
        .prefetch_related(
            "languages",
            Prefetch("chapters", queryset=Organization.objects.order_by("name")),
            Prefetch(
                "groups",
                queryset=directory_groups().select_related("place").order_by("name"),
                to_attr="shown_groups",
            ),
            Prefetch("services", queryset=shown_services(), to_attr="shown_services"),
            Prefetch("locations", queryset=locations_with_hours(), to_attr="shown_locations"),
        )
        .filter(slug=slug)
        .first()
    )


def current_governance(organization: Organization,
                       on: datetime.date | None = None) -> GovernanceProfile | None:
    """The governance profile in effect on a day (today by default): the newest stated."""
    return (
        GovernanceProfile.objects.filter(
            organization=organization, effective_from__lte=on or timezone.localdate())
        .order_by("-effective_from", "-stated_at")
        .first()
    )


def governance_history(organization: Organization) -> list[GovernanceProfile]:
    """Every statement of the organization's governance, newest first, with who made it."""
    return list(
        GovernanceProfile.objects.filter(organization=organization)
        .select_related("stated_by")
        .order_by("-effective_from", "-stated_at")
    )
