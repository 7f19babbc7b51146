from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import exceptions, generics, serializers
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response

from mutual.organizations.actions import update_organization
from mutual.organizations.classification import KINDS
from mutual.organizations.governance_api import ERROR, StewardsWrite
from mutual.organizations.models import Organization
from mutual.organizations.permissions import can_describe_organization
from mutual.organizations.profile_api import OrganizationChangeSerializer, as_api_error
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
    permission_classes = [StewardsWrite]

    def get_object(self) -> Organization:
        organization = organization_for_page(self.kwargs["slug"])
        if organization is None:
            raise NotFound()
        organization.group_count = len(organization.shown_groups)
        return organization

    @extend_schema(
        request=OrganizationChangeSerializer,
        responses={200: OrganizationDetailSerializer, 400: ERROR, 401: ERROR, 403: ERROR,
                   404: ERROR},
        description="Change what the organization's page says (stewards and staff only); "
                    "fields left out stay as they are.",
    )
    def patch(self, request: Request, slug: str) -> Response:
        organization = get_object_or_404(Organization, slug=slug)
        if not can_describe_organization(request.user, organization):
            raise exceptions.PermissionDenied(
                _("Only this organization's stewards can describe it."))
        given = OrganizationChangeSerializer(data=request.data, partial=True)
        given.is_valid(raise_exception=True)
        try:
            update_organization(actor=request.user, organization=organization,
                                data=dict(given.validated_data))
        except DjangoValidationError as invalid:
            raise as_api_error(invalid) from invalid
        return Response(self.get_serializer(self.get_object()).data)
