"""Referrals in the API: the same actions and checks as the pages, for their sender and their
receivers only. Every read is audited."""

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from mutual.groups.models import Group
from mutual.organizations.profile_api import as_api_error
from mutual.referrals import actions
from mutual.referrals.models import Referral, Status
from mutual.referrals.permissions import can_see_referral
from mutual.referrals.queries import referral_for_page, referrals_received, referrals_sent
from mutual.services.models import Service

ERROR = OpenApiResponse(description='{"error": {"code", "message", "fields"}}')
TAGS = ["referrals"]


class TransitionSerializer(serializers.Serializer):
    from_status = serializers.CharField(help_text="The state before; empty for the first step.")
    to_status = serializers.CharField(help_text="The state after.")
    reason = serializers.CharField()
    at = serializers.DateTimeField()


class ReferralSerializer(serializers.ModelSerializer):
    # Plain strings in the schema: other components name their own status choices.
    status = serializers.CharField(
        help_text="draft, requested, accepted, rejected, cancelled, in-progress, on-hold, "
                  "completed or failed (FHIR Task states)")
    group = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    service = serializers.UUIDField(source="service.hsds_id", read_only=True, allow_null=True)
    transitions = TransitionSerializer(many=True, read_only=True)

    class Meta:
        model = Referral
        fields = ["id", "origin", "group", "service", "status", "status_reason",
                  "status_changed_at", "client_name", "contact_method", "contact", "note",
                  "language", "for_family_member", "consent_given", "consent_recorded_at",
                  "consent_expires_on", "created_at", "closed_at", "details_erased_at",
                  "transitions"]


class ReferralDraftSerializer(serializers.Serializer):
    group = serializers.SlugRelatedField(
        slug_field="slug", queryset=Group.objects.all(), required=False,
        help_text="The group's slug; give a group or a service.")
    service = serializers.SlugRelatedField(
        slug_field="hsds_id", queryset=Service.objects.all(), required=False,
        help_text="The service's id.")
    client_name = serializers.CharField(max_length=60, required=False, allow_blank=True)
    contact_method = serializers.ChoiceField(
        choices=Referral.ContactMethod.choices, required=False)
    contact = serializers.CharField(max_length=200, required=False, allow_blank=True)
    note = serializers.CharField(max_length=500, required=False, allow_blank=True)
    language = serializers.CharField(max_length=2, required=False, allow_blank=True)
    for_family_member = serializers.BooleanField(required=False)
    consent_given = serializers.ChoiceField(
        choices=[Referral.ConsentGiven.SPOKEN, Referral.ConsentGiven.WRITTEN],
        help_text="How the client agreed to what is shared: spoken or written.")
    consent_expires_on = serializers.DateField(required=False, allow_null=True)
    send = serializers.BooleanField(
        default=False, help_text="Send at once rather than keep a draft.")


class MoveSerializer(serializers.Serializer):
    # A plain string in the schema, as above.
    status = serializers.CharField(help_text="The state to move to.")
    reason = serializers.CharField(required=False, allow_blank=True, max_length=500)


def _referral_for(request: Request, pk: int) -> Referral:
    referral = referral_for_page(pk)
    if referral is None or not can_see_referral(request.user, referral):
        raise Http404
    return referral


class ReferralListAPI(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(tags=TAGS, responses={200: ReferralSerializer(many=True)},
                   summary="Referrals I sent and referrals to my groups and services")
    def get(self, request: Request) -> Response:
        sent = list(referrals_sent(request.user).prefetch_related("transitions"))
        received = list(referrals_received(request.user).prefetch_related("transitions"))
        actions.read_referrals(actor=request.user, referrals=sent + received)
        return Response({
            "sent": ReferralSerializer(sent, many=True).data,
            "received": ReferralSerializer(received, many=True).data,
        })

    @extend_schema(tags=TAGS, request=ReferralDraftSerializer,
                   responses={201: ReferralSerializer, 400: ERROR, 403: ERROR},
                   summary="Write a referral with the client's consent (and send it)")
    def post(self, request: Request) -> Response:
        incoming = ReferralDraftSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = dict(incoming.validated_data)
        client = {name: data[name] for name in actions.CLIENT_FIELDS if name in data}
        try:
            referral = actions.draft_referral(
                actor=request.user, group=data.get("group"), service=data.get("service"),
                client=client, consent={"given": data["consent_given"],
                                        "expires_on": data.get("consent_expires_on")})
            if data["send"]:
                referral = actions.send_referral(actor=request.user, referral=referral)
        except DjangoValidationError as invalid:
            raise as_api_error(invalid) from invalid
        return Response(ReferralSerializer(referral_for_page(referral.pk)).data,
                        status=status.HTTP_201_CREATED)


class ReferralDetailAPI(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(tags=TAGS, responses={200: ReferralSerializer, 404: ERROR},
                   summary="One referral (for its sender and receivers; the read is audited)")
    def get(self, request: Request, pk: int) -> Response:
        referral = _referral_for(request, pk)
        actions.read_referral(actor=request.user, referral=referral)
        return Response(ReferralSerializer(referral).data)


class ReferralMoveAPI(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(tags=TAGS, request=MoveSerializer,
                   responses={200: ReferralSerializer, 400: ERROR, 403: ERROR, 404: ERROR},
                   summary="Move a referral one step along its lifecycle")
    def post(self, request: Request, pk: int) -> Response:
        referral = _referral_for(request, pk)
        incoming = MoveSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        to: Any = incoming.validated_data["status"]
        if to not in Status.values:
            raise exceptions.ValidationError({"status": [_("Unknown status.")]})
        try:
            if to == Status.REQUESTED:
                actions.send_referral(actor=request.user, referral=referral)
            else:
                actions.move_referral(actor=request.user, referral=referral, to=to,
                                      reason=incoming.validated_data.get("reason", ""))
        except DjangoValidationError as invalid:
            raise as_api_error(invalid) from invalid
        return Response(ReferralSerializer(referral_for_page(pk)).data)
