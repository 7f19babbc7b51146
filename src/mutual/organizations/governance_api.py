"""An organization's governance profile in the API: read by everyone, stated by its stewards,
with the same action and checks as the page."""

from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.permissions import AllowAny, BasePermission, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from mutual.organizations.actions import GOVERNANCE_FIELDS, state_governance
from mutual.organizations.classification import classify
from mutual.organizations.forms import counts_beyond_totals
from mutual.organizations.models import GovernanceProfile, Organization
from mutual.organizations.permissions import can_describe_organization
from mutual.organizations.queries import governance_history
from mutual.organizations.serializers import ClassificationSerializer

SLUG = OpenApiParameter("slug", str, OpenApiParameter.PATH,
                        description="The organization's slug.")
ERROR = OpenApiResponse(description='{"error": {"code", "message", "fields"}}')
TAGS = ["organizations"]


class GovernanceProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = GovernanceProfile
        fields = ["effective_from", "stated_at", *GOVERNANCE_FIELDS]


class GovernanceEntrySerializer(GovernanceProfileSerializer):
    # A plain string in the schema: other components name their own "kind" choices.
    kind = serializers.CharField(
        help_text="mutual_assistance, partnership, professionally_led or unknown: what this "
                  "statement alone makes of the organization")

    class Meta(GovernanceProfileSerializer.Meta):
        fields = [*GovernanceProfileSerializer.Meta.fields, "kind"]


class GovernanceSerializer(serializers.Serializer):
    current = GovernanceProfileSerializer(
        allow_null=True, help_text="The profile in effect today; null while none is stated.")
    classification = ClassificationSerializer()
    history = GovernanceEntrySerializer(many=True, help_text="Every statement, newest first.")


class GovernanceStatementSerializer(serializers.Serializer):
    """A whole statement: what is left out is recorded as not stated."""

    effective_from = serializers.DateField(
        required=False, help_text="The day it became true; today when left out.")
    executive_lead_lived_experience = serializers.ChoiceField(
        choices=GovernanceProfile.Answer.choices, required=False)
    paid_staff = serializers.IntegerField(min_value=0, required=False, allow_null=True)
    paid_staff_lived_experience = serializers.IntegerField(
        min_value=0, required=False, allow_null=True)
    volunteer_staff = serializers.IntegerField(min_value=0, required=False, allow_null=True)
    volunteer_staff_lived_experience = serializers.IntegerField(
        min_value=0, required=False, allow_null=True)
    board_seats = serializers.IntegerField(min_value=0, required=False, allow_null=True)
    board_seats_lived_experience = serializers.IntegerField(
        min_value=0, required=False, allow_null=True)
    hire_fire = serializers.ChoiceField(
        choices=GovernanceProfile.HireFire.choices, required=False)
    budget_control = serializers.ChoiceField(
        choices=GovernanceProfile.Budget.choices, required=False)
    member_participation = serializers.CharField(
        required=False, allow_blank=True, max_length=4000)
    evidence_url = serializers.URLField(required=False, allow_blank=True, max_length=200)
    evidence_note = serializers.CharField(required=False, allow_blank=True, max_length=4000)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        beyond = counts_beyond_totals(attrs)
        if beyond:
            raise serializers.ValidationError({name: [message] for name, message in
                                               beyond.items()})
        return attrs


class StewardsWrite(BasePermission):
    """Reading is for everyone; stating needs a signed-in person (401 otherwise)."""

    def has_permission(self, request: Request, view: Any) -> bool:
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return AllowAny().has_permission(request, view)
        return IsAuthenticated().has_permission(request, view)


def _document(organization: Organization) -> dict[str, Any]:
    history = governance_history(organization)
    today = timezone.localdate()
    current = next((profile for profile in history if profile.effective_from <= today), None)
    return {
        "current": GovernanceProfileSerializer(current).data if current is not None else None,
        "classification": classify(current).as_dict(),
        "history": [
            {**GovernanceProfileSerializer(profile).data, "kind": classify(profile).kind}
            for profile in history
        ],
    }


class GovernanceAPI(APIView):
    """Who holds power in an organization, as stated, and what the platform makes of it."""

    permission_classes = [StewardsWrite]

    @extend_schema(operation_id="organization_governance_retrieve", tags=TAGS,
                   parameters=[SLUG], responses={200: GovernanceSerializer, 404: ERROR})
    def get(self, request: Request, slug: str) -> Response:
        organization = get_object_or_404(Organization, slug=slug)
        return Response(_document(organization))

    @extend_schema(
        operation_id="organization_governance_create", tags=TAGS, parameters=[SLUG],
        request=GovernanceStatementSerializer,
        responses={201: GovernanceSerializer, 400: ERROR, 401: ERROR, 403: ERROR, 404: ERROR},
        description="State the governance profile from a day on (stewards and staff only). "
                    "Earlier statements stay in the history; the answer carries the "
                    "classification that follows.",
    )
    def post(self, request: Request, slug: str) -> Response:
        organization = get_object_or_404(Organization, slug=slug)
        if not can_describe_organization(request.user, organization):
            raise exceptions.PermissionDenied(
                _("Only this organization's stewards can describe it."))
        given = GovernanceStatementSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        data = dict(given.validated_data)
        effective_from = data.pop("effective_from", None)
        try:
            state_governance(actor=request.user, organization=organization, data=data,
                             effective_from=effective_from)
        except DjangoValidationError as invalid:
            if hasattr(invalid, "error_dict"):
                raise exceptions.ValidationError({
                    ("non_field_errors" if name == NON_FIELD_ERRORS else name): messages
                    for name, messages in invalid.message_dict.items()
                }) from invalid
            raise exceptions.ValidationError(invalid.messages) from invalid
        return Response(_document(organization), status=status.HTTP_201_CREATED)
