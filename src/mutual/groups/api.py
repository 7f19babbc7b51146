from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from mutual.groups.forms import DirectoryQuery, DirectorySearchForm
from mutual.groups.models import Group
from mutual.groups.permissions import can_view_group, prime_memberships
from mutual.groups.queries import group_for_page, groups_for_results, ranked_groups
from mutual.groups.serializers import GroupDetailSerializer, GroupResultSerializer
from mutual.groups.suggestions import widen

DIRECTORY_PARAMETERS = [
    OpenApiParameter("q", str, description="Words to find in names, descriptions and concerns."),
    OpenApiParameter("concern", str, description="A concern's slug; includes its descendants."),
    OpenApiParameter("near", str, description="A town, “town, country”, a US ZIP or “lat,lon”."),
    OpenApiParameter("radius_km", float, description="Distance from `near` (default 25)."),
    OpenApiParameter("language", str, description="An ISO 639-1 code."),
    OpenApiParameter("format", str, enum=[c for c, _ in Group.Format.choices]),
    OpenApiParameter("led_by", str, enum=[c for c, _ in Group.LedBy.choices]),
    OpenApiParameter("audience", str, enum=[c for c, _ in Group.Audience.choices]),
    OpenApiParameter(
        "governance", str, enum=["mutual_assistance", "partnership", "professionally_led"],
        description="Only groups run by an organization of this kind.",
    ),
    OpenApiParameter("page", OpenApiTypes.INT),
]


def parse_directory(request: Request) -> DirectorySearchForm:
    form = DirectoryQuery(request.query_params)
    if not form.is_valid():
        raise ValidationError({name: list(errors) for name, errors in form.errors.items()})
    return form


class GroupListAPI(generics.ListAPIView):
    """The directory: groups that match, by relevance then distance."""

    serializer_class = GroupResultSerializer

    def get_queryset(self) -> Any:
        self.criteria = parse_directory(self.request).criteria()
        prime_memberships(self.request.user)
        return ranked_groups(self.criteria)

    def paginate_queryset(self, queryset: Any) -> Any:
        page = super().paginate_queryset(queryset)
        return None if page is None else groups_for_results(page)

    def get_serializer_context(self) -> dict[str, Any]:
        return {**super().get_serializer_context(), "user": self.request.user}

    @extend_schema(parameters=DIRECTORY_PARAMETERS)
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        response = self.list(request, *args, **kwargs)
        if response.data.get("count") == 0:
            response.data["suggestions"] = widen(self.criteria)
        return response


class GroupDetailAPI(generics.RetrieveAPIView):
    serializer_class = GroupDetailSerializer
    lookup_field = "slug"

    def get_object(self) -> Group:
        group = group_for_page(self.kwargs["slug"])
        if group is None or not can_view_group(self.request.user, group):
            raise NotFound()
        return group

    def get_serializer_context(self) -> dict[str, Any]:
        return {**super().get_serializer_context(), "user": self.request.user}


