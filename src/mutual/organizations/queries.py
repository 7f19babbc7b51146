from django.db.models import Count, Prefetch, Q, QuerySet

from mutual.groups.queries import directory_groups
from mutual.organizations.models import Organization


def organizations_listing() -> QuerySet[Organization]:
    shown = Q(groups__in=directory_groups())
    return (
        Organization.objects.select_related("place")
        .annotate(group_count=Count("groups", filter=shown, distinct=True))
        .order_by("name")
    )


def organization_for_page(slug: str) -> Organization | None:
    """An organization with the groups it runs that the directory may show."""
    return (
        Organization.objects.select_related("place")
        .prefetch_related(
            Prefetch(
                "groups",
                queryset=directory_groups().select_related("place").prefetch_related("concerns")
                .order_by("name"),
                to_attr="shown_groups",
            )
        )
        .filter(slug=slug)
        .first()
    )


