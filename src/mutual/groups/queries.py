"""Reads of groups: the directory search shared by pages and the API, and a group's page."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.db.models import (
    Case,
    ExpressionWrapper,
    F,
    FloatField,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Greatest, Round

from mutual.concerns.queries import ConcernIndex, concern_index
from mutual.concerns.search import terms
from mutual.core.models import Language
from mutual.groups.models import SHOWS_DETAILS, Group, Membership
from mutual.groups.search_index import matching_terms
from mutual.organizations.models import Organization
from mutual.places.geo import ROUNDED_DECIMALS, bounding_box, distance_expression
from mutual.places.lookup import ResolvedPlace
from mutual.places.models import Place

DEFAULT_RADIUS_KM = 25.0
GroupConcern = Group.concerns.through


@dataclass(frozen=True)
class DirectoryCriteria:
    """What a person asked the directory for; every part is optional and they combine with AND."""

    q: str = ""
    concern: str = ""  # a concern's slug
    near: ResolvedPlace | None = None
    radius_km: float = DEFAULT_RADIUS_KM
    language: str = ""
    format: str = ""
    led_by: str = ""
    audience: str = ""
    governance: str = ""  # the running organization's kind, as classification.KINDS names it

    @property
    def has_filters_beyond_text(self) -> bool:
        return bool(
            self.concern or self.near or self.language or self.format or self.led_by
            or self.audience or self.governance
        )


def _text_filter_and_score(words: list[str], index: ConcernIndex) -> tuple[Q, Any]:
    """Every word must find the group: in its name, or (where the group shows its details)
    in its description or as one of its concerns by name or synonym. The score adds up,
    for each word, its strongest match: name 3, concern 2, description 1."""
    condition = Q()
    score: Any = Value(0)
    public_details = Q(visibility__in=SHOWS_DETAILS)
    for word in words:
        matches = matching_terms(word)
        word_match = Q(pk__in=matches.values("group_id"))
        strongest = matches.filter(group_id=OuterRef("pk")).order_by("-weight").values("weight")
        in_words = Coalesce(Subquery(strongest[:1]), Value(0))
        concern_ids = index.matching(word)
        if concern_ids:
            in_concern = public_details & Q(
                pk__in=GroupConcern.objects.filter(concern_id__in=concern_ids).values("group_id")
            )
            word_match |= in_concern
            score = score + Greatest(
                in_words, Case(When(in_concern, then=Value(2)), default=Value(0))
            )
        else:
            score = score + in_words
        condition &= word_match
    return condition, score


def directory_groups() -> QuerySet[Group]:
    """Groups the directory may show anyone: never secret ones, never closed ones."""
    return Group.objects.exclude(visibility=Group.Visibility.SECRET).exclude(
        status=Group.Status.CLOSED
    )


def search_groups(criteria: DirectoryCriteria) -> QuerySet[Group]:
    """The directory: groups matching the criteria, by relevance then distance.

    Each group carries `distance_km` (None without `near`, and for online groups), and
    `relevance` when words were asked for. Listed groups show only their name, so they
    match only a search by name: any other filter leaves them out rather than reveal
    their concern, language or place.
    """
    groups = directory_groups()
    index = concern_index()

    words = terms(criteria.q)
    if words:
        condition, relevance = _text_filter_and_score(words, index)
        groups = groups.filter(condition)
    if criteria.has_filters_beyond_text:
        groups = groups.exclude(visibility=Group.Visibility.LISTED)
    if criteria.concern:
        concern_ids = index.descendants(index.by_slug[criteria.concern])
        groups = groups.filter(
            pk__in=GroupConcern.objects.filter(concern_id__in=concern_ids).values("group_id")
        )
    if criteria.language:
        groups = groups.filter(languages=criteria.language)
    if criteria.format:
        groups = groups.filter(format=criteria.format)
    if criteria.led_by:
        groups = groups.filter(led_by=criteria.led_by)
    if criteria.audience:
        groups = groups.filter(audience__in=_audiences(criteria.audience))
    if criteria.governance:
        # A subquery on the organizations' indexed kind, rather than a join the search carries.
        groups = groups.filter(organization_id__in=Organization.objects.filter(
            governance_kind=criteria.governance).values("pk"))

    if criteria.near is not None:
        groups = _near(groups, criteria.near, criteria.radius_km)
    else:
        groups = groups.annotate(distance_km=Value(None, output_field=FloatField()))

    order = [F("distance_km").asc(nulls_last=True), "name", "pk"]
    if words:
        groups = groups.annotate(
            relevance=ExpressionWrapper(relevance, output_field=IntegerField())
        )
        order.insert(0, "-relevance")
    return groups.order_by(*order)


Ranked = tuple[int, float | None]


def ranked_groups(criteria: DirectoryCriteria) -> list[Ranked]:
    """Every match in order, as (pk, distance_km): one pass over the filters gives both the
    count and any page, where a count and a page query would each evaluate them."""
    return list(search_groups(criteria).values_list("pk", "distance_km"))


def groups_for_results(ranked: Sequence[Ranked]) -> list[Group]:
    """The groups of one page of ranked results, in order, with what results show."""
    found = (
        Group.objects.select_related("place", "organization")
        .prefetch_related("concerns", "languages")
        .in_bulk([pk for pk, _distance in ranked])
    )
    groups = []
    for pk, distance in ranked:
        group = found[pk]
        group.distance_km = distance
        groups.append(group)
    return groups


def _hidden_or_exact(field: str) -> Any:
    """A coordinate as outsiders may use it: rounded where the address is for members only."""
    return Case(
        When(address_for_members_only=True, then=Round(F(field), ROUNDED_DECIMALS)),
        default=F(field),
        output_field=FloatField(),
    )


def _near(groups: QuerySet[Group], near: ResolvedPlace, radius_km: float) -> QuerySet[Group]:
    """Groups within the radius, measured so that a hidden address cannot be pinned down by
    searching around it, plus online groups, which carry no distance."""
    distance = Case(
        When(
            Q(place__isnull=False) & ~Q(format=Group.Format.ONLINE),
            then=distance_expression(
                near.latitude, near.longitude,
                _hidden_or_exact("place__latitude"), _hidden_or_exact("place__longitude"),
            ),
        ),
        default=Value(None),
        output_field=FloatField(),
    )
    # The box is widened by the rounding so that it never decides on its own.
    min_lat, max_lat, min_lon, max_lon = bounding_box(
        near.latitude, near.longitude, radius_km, margin_degrees=10**-ROUNDED_DECIMALS
    )
    in_box = Q(latitude__gte=min_lat, latitude__lte=max_lat)
    if min_lon < -180 or max_lon > 180:
        in_box &= Q(longitude__gte=(min_lon + 540) % 360 - 180) | Q(
            longitude__lte=(max_lon + 540) % 360 - 180
        )
    else:
        in_box &= Q(longitude__gte=min_lon, longitude__lte=max_lon)
    # Places in the box come from their own index first, so both databases can combine
    # "at one of these places" with "online" through indexes rather than a scan.
    place_ids = list(Place.objects.filter(in_box).values_list("pk", flat=True))
    nearby = Q(place_id__in=place_ids) & ~Q(format=Group.Format.ONLINE)
    return groups.annotate(distance_km=distance).filter(
        (nearby & Q(distance_km__lte=radius_km)) | Q(format=Group.Format.ONLINE)
    )


def _audiences(audience: str) -> list[str]:
    """A group for both audiences welcomes either."""
    if audience == Group.Audience.BOTH:
        return [Group.Audience.BOTH]
    return [audience, Group.Audience.BOTH]


def languages_in_use() -> list[tuple[str, str]]:
    """Languages some group meets in, for the directory's language list."""
    found = cache.get("groups:languages_in_use")
    if found is None:
        found = list(
            Language.objects.filter(groups__isnull=False).distinct().order_by("name")
            .values_list("code", "name")
        )
        cache.set("groups:languages_in_use", found, timeout=600)
    return found


def group_for_page(slug: str) -> Group | None:
    """One group with what its page shows, in a fixed number of queries."""
    return (
        Group.objects.select_related("place", "organization", "organization__place")
        .prefetch_related(
            "concerns",
            "languages",
            Prefetch(
                "memberships",
                queryset=active_facilitators().only(
                    "display_name", "group_id", "role", "status"),
                to_attr="facilitators",
            ),
        )
        .filter(slug=slug)
        .first()
    )


def groups_of_user(user: Any) -> QuerySet[Group]:
    if not getattr(user, "is_authenticated", False):
        return Group.objects.none()
    return Group.objects.filter(
        memberships__user=user, memberships__status=Membership.Status.ACTIVE
    ).order_by("name")


def active_facilitators() -> QuerySet[Membership]:
    """Memberships of those who answer for a group: its facilitators, while active."""
    return Membership.objects.filter(
        role=Membership.Role.FACILITATOR, status=Membership.Status.ACTIVE)


def facilitator_ids(group: Group) -> list[int]:
    """Who to tell about what happens in a group: its active facilitators."""
    return list(active_facilitators().filter(group=group).values_list("user_id", flat=True))
