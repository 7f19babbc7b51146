from typing import Any

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import generics, serializers
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response

from mutual.organizations.classification import KINDS
from mutual.organizations.models import Organization
from mutual.organizations.queries import organization_for_page, organizations_listing
from mutual.organizations.serializers import OrganizationDetailSerializer, OrganizationSerializer

# What a person may filter by: "unknown" says only that too little is stated.
GOVERNANCE_KINDS = [kind for kind in KINDS if kind != "unknown"]


class OrganizationQuery(serializers.Serializer):
    governance = serializers.ChoiceField(
        choices=GOVERNANCE_KINDS, required=False, allow_blank=True)


class ClassificationKindSerializer(serializers.Serializer):
    kind = serializers.CharField(
        help_text="mutual_assistance, partnership, professionally_led or unknown")
    label = serializers.CharField()


class OrganizationSummarySerializer(OrganizationSerializer):
    """One organization in the list, with its kind; the criteria are on its own page."""

    classification = serializers.SerializerMethodField()

    class Meta(OrganizationSerializer.Meta):
        fields = [*OrganizationSerializer.Meta.fields, "classification"]

    @extend_schema_field(ClassificationKindSerializer)
    def get_classification(self, organization: Organization) -> dict[str, str]:
        kind = organization.governance_kind
        return {"kind": kind, "label": str(KINDS[kind])}


class OrganizationListAPI(generics.ListAPIView):
    serializer_class = OrganizationSummarySerializer

    def get_queryset(self) -> Any:
        query = OrganizationQuery(data=self.request.query_params)
        query.is_valid(raise_exception=True)
        return organizations_listing(governance=query.validated_data.get("governance", ""))

    @extend_schema(parameters=[
        OpenApiParameter("governance", str, enum=GOVERNANCE_KINDS,
                         description="Only organizations of this kind."),
    ])
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self.list(request, *args, **kwargs)


class OrganizationDetailAPI(generics.RetrieveAPIView):
    serializer_class = OrganizationDetailSerializer
    lookup_field = "slug"

    def get_object(self) -> Organization:
        organization = organization_for_page(self.kwargs["slug"])
        if organization is None:
            raise NotFound()
        organization.group_count = len(organization.shown_groups)
        return organization
