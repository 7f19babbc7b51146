"""Reads of services: the search shared by pages and the API, and the pages that show them."""

from collections.abc import Sequence
from typing import Any

from django.core.cache import cache
from django.db.models import F, FloatField, OuterRef, Prefetch, Q, QuerySet, Subquery, Value

from mutual.concerns.queries import concern_index
from mutual.concerns.search import terms
from mutual.core.models import Language
from mutual.groups.queries import DirectoryCriteria
from mutual.organizations.models import Organization
from mutual.places.geo import bounding_box, distance_expression
from mutual.places.lookup import ResolvedPlace
from mutual.places.models import Place
from mutual.services.models import Location, Schedule, Service

# What a search or an organization's page shows; inactive and defunct services keep their
# own page but are not offered to people looking.
OPEN_STATUSES = (Service.Status.ACTIVE, Service.Status.TEMPORARILY_CLOSED)
ServiceConcern = Service.concerns.through


def search_services(criteria: DirectoryCriteria, *, fee: str = "",
                    capacity: str = "") -> QuerySet[Service]:
    """Services matching the directory's criteria, by distance then name.

    Only active and temporarily closed services. Every word of `q` must be found in the
    service's name or description, or name one of its concerns (by name or synonym, with
    the concerns below it). `concern` includes its descendants; `governance` is the kind of
    the organization that offers it. With `near`, a service matches when one of its
    locations lies within the radius, and carries the distance to the nearest
    (`distance_km`); services with no location (a phone line, a web service) are left out
    then, since nothing says they serve that area. `fee` and `capacity` keep only services
    with that value.
    """
    services = Service.objects.filter(status__in=OPEN_STATUSES)
    index = concern_index()
    for word in terms(criteria.q):
        match = Q(name__icontains=word) | Q(description__icontains=word)
        concern_ids = index.matching(word)
        if concern_ids:
            match |= Q(pk__in=ServiceConcern.objects.filter(
                concern_id__in=concern_ids).values("service_id"))
        services = services.filter(match)
    if criteria.concern:
        concern_ids = index.descendants(index.by_slug[criteria.concern])
        services = services.filter(pk__in=ServiceConcern.objects.filter(
            concern_id__in=concern_ids).values("service_id"))
    if criteria.language:
        services = services.filter(pk__in=Service.languages.through.objects.filter(
            language_id=criteria.language).values("service_id"))
    if criteria.governance:
        services = services.filter(organization_id__in=Organization.objects.filter(
            governance_kind=criteria.governance).values("pk"))
    if fee:
        services = services.filter(fee=fee)
    if capacity:
        services = services.filter(capacity=capacity)
    if criteria.near is not None:
        services = _near(services, criteria.near, criteria.radius_km)
    else:
        services = services.annotate(distance_km=Value(None, output_field=FloatField()))
    return services.order_by(F("distance_km").asc(nulls_last=True), "name", "pk")


def _near(services: QuerySet[Service], near: ResolvedPlace,
          radius_km: float) -> QuerySet[Service]:
    min_lat, max_lat, min_lon, max_lon = bounding_box(near.latitude, near.longitude, radius_km)
    in_box = Q(latitude__gte=min_lat, latitude__lte=max_lat)
    if min_lon < -180 or max_lon > 180:
        in_box &= Q(longitude__gte=(min_lon + 540) % 360 - 180) | Q(
            longitude__lte=(max_lon + 540) % 360 - 180)
    else:
        in_box &= Q(longitude__gte=min_lon, longitude__lte=max_lon)
    place_ids = list(Place.objects.filter(in_box).values_list("pk", flat=True))
    nearest = (
        Location.objects.filter(service_links__service=OuterRef("pk"), place_id__in=place_ids)
        .annotate(distance=distance_expression(
            near.latitude, near.longitude, "place__latitude", "place__longitude"))
        .order_by("distance").values("distance")[:1]
    )
    return services.annotate(
        distance_km=Subquery(nearest, output_field=FloatField())
    ).filter(distance_km__lte=radius_km)


Ranked = tuple[int, float | None]


def ranked_services(criteria: DirectoryCriteria, *, fee: str = "",
                    capacity: str = "") -> list[Ranked]:
    """Every match in order as (pk, distance_km), for a count and any page in one query."""
    return list(search_services(criteria, fee=fee, capacity=capacity)
                .values_list("pk", "distance_km"))


def services_for_results(ranked: Sequence[Ranked]) -> list[Service]:
    """The services of one page of results, in order, with what results show."""
    found = (
        Service.objects.select_related("organization")
        .prefetch_related(
            "concerns", "languages",
            Prefetch("locations", queryset=Location.objects.select_related("place")),
        )
        .in_bulk([pk for pk, _distance in ranked])
    )
    services = []
    for pk, distance in ranked:
        service = found[pk]
        service.distance_km = round(distance, 1) if distance is not None else None
        services.append(service)
    return services


def locations_with_hours() -> QuerySet[Location]:
    return Location.objects.select_related("place").prefetch_related(
        Prefetch("schedules", queryset=Schedule.objects.order_by("pk")))


def service_for_page(organization_slug: str, slug: str) -> Service | None:
    """One service with everything its page shows, in a fixed number of queries."""
    return (
        Service.objects.select_related("organization")
        .prefetch_related(
            "concerns", "languages", "schedules",
            Prefetch("locations", queryset=locations_with_hours()),
        )
        .filter(organization__slug=organization_slug, slug=slug)
        .first()
    )


def service_by_hsds_id(hsds_id: Any) -> Service | None:
    return (
        Service.objects.select_related("organization")
        .prefetch_related(
            "concerns", "languages", "schedules",
            Prefetch("locations", queryset=locations_with_hours()),
        )
        .filter(hsds_id=hsds_id)
        .first()
    )


def services_of(organization: Organization) -> QuerySet[Service]:
    """All of an organization's services, whatever their status, for its stewards."""
    return (Service.objects.filter(organization=organization)
            .prefetch_related("languages", "schedules").order_by("name", "pk"))


def locations_of(organization: Organization) -> QuerySet[Location]:
    """An organization's locations with their places and hours."""
    return locations_with_hours().filter(organization=organization)


def location_by_hsds_id(hsds_id: Any) -> Location | None:
    return (locations_with_hours().select_related("organization")
            .filter(hsds_id=hsds_id).first())


def shown_services() -> QuerySet[Service]:
    """Services an organization's page lists, with what each line says."""
    return (Service.objects.filter(status__in=OPEN_STATUSES)
            .prefetch_related("languages").order_by("name", "pk"))


def service_languages() -> list[tuple[str, str]]:
    """Languages some service is offered in, for the search's language list."""
    found = cache.get("services:languages_in_use")
    if found is None:
        found = list(
            Language.objects.filter(services__isnull=False).distinct().order_by("name")
            .values_list("code", "name"))
        cache.set("services:languages_in_use", found, timeout=600)
    return found
