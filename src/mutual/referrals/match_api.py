"""Matching in the API: the page's form read from query parameters, the same ranking."""

import functools
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from mutual.meetings.models import Meeting
from mutual.referrals.match_forms import ClientNeedsQuery
from mutual.referrals.matching import Match, NextMeeting, match
from mutual.referrals.permissions import can_send_referrals

ERROR = OpenApiResponse(description='{"error": {"code", "message", "fields"}}')
MANY = "Repeat the parameter for more than one."
PARAMETERS = [
    OpenApiParameter("concern", str, many=True, required=True,
                     description=f"A concern's slug; includes its descendants. {MANY}"),
    OpenApiParameter("near", str, description="Where the client lives: a town, “town, "
                     "country”, a US ZIP or “lat,lon”. Required unless online_only."),
    OpenApiParameter("online_only", bool),
    OpenApiParameter("max_km", float, description="How far they can travel (default 10). "
                     "Places up to 1.5 times as far are shown with the distance as a misfit."),
    OpenApiParameter("language", str, many=True, description=f"An ISO 639-1 code. {MANY}"),
    OpenApiParameter("day", int, many=True,
                     description=f"A day they are free, 0 = Sunday to 6 = Saturday. {MANY}"),
    OpenApiParameter("free_from", str, description="The time of day they are free from, HH:MM."),
    OpenApiParameter("free_until", str, description="The time they are free until, HH:MM."),
    OpenApiParameter("prefer", str, many=True,
                     enum=["peer_led", "lgbtq", "accessible", "free"]),
    OpenApiParameter("gender", str, enum=["women", "men"]),
    OpenApiParameter("for_family", bool,
                     description="A family member is the one seeking help."),
]


class NextMeetingSerializer(serializers.Serializer):
    starts_at = serializers.DateTimeField()
    ends_at = serializers.DateTimeField()
    name = serializers.CharField(source="meeting.display_name")
    url = serializers.CharField(source="meeting.get_absolute_url")
    time_zone = serializers.CharField(source="meeting.time_zone")
    online = serializers.BooleanField(source="meeting.meets_online")
    in_person = serializers.BooleanField(source="meeting.meets_in_person")
    # A plain string in the schema: other components name their own status choices.
    status = serializers.CharField(help_text="scheduled, cancelled or moved")


class MatchSerializer(serializers.Serializer):
    kind = serializers.CharField(help_text="group or service")
    id = serializers.CharField(
        source="identifier",
        help_text="What the referral API takes: a group's slug, a service's id.")
    name = serializers.CharField()
    url = serializers.SerializerMethodField()
    organization = serializers.SerializerMethodField()
    score = serializers.IntegerField()
    reasons = serializers.ListField(child=serializers.CharField())
    misfits = serializers.ListField(child=serializers.CharField())
    distance_km = serializers.FloatField(allow_null=True)
    referral_policy = serializers.CharField(
        help_text="welcome (through Mutual), phone (only by phone) or none")
    referral_phone = serializers.CharField()
    takes_referrals = serializers.BooleanField(
        help_text="Whether a referral can be sent to it through Mutual: it welcomes them and "
                  "someone (a facilitator, a steward) answers them.")
    next_meetings = NextMeetingSerializer(many=True, help_text="Groups only.")

    def get_url(self, found: Match) -> str:
        return self.context["request"].build_absolute_uri(found.object.get_absolute_url())

    def get_organization(self, found: Match) -> str | None:
        organization = found.object.organization
        return organization.name if organization is not None else None

    def to_representation(self, found: Match) -> dict[str, Any]:
        """The fields above, written out: walking them one by one took a tenth of a
        match's time."""
        return {
            "kind": found.kind,
            "id": found.identifier,
            "name": found.name,
            "url": self.get_url(found),
            "organization": self.get_organization(found),
            "score": found.score,
            "reasons": [str(reason) for reason in found.reasons],
            "misfits": [str(misfit) for misfit in found.misfits],
            "distance_km": found.distance_km,
            "referral_policy": str(found.referral_policy),
            "referral_phone": found.referral_phone,
            "takes_referrals": found.takes_referrals,
            "next_meetings": [self._next_meeting(coming) for coming in found.next_meetings],
        }

    def _next_meeting(self, coming: NextMeeting) -> dict[str, Any]:
        """A coming meeting as NextMeetingSerializer gives it."""
        meeting = coming.meeting
        return {
            "starts_at": self._moment.to_representation(coming.starts_at),
            "ends_at": self._moment.to_representation(coming.ends_at),
            "name": meeting.display_name,
            "url": self._url(meeting),
            "time_zone": meeting.time_zone,
            "online": meeting.meets_online,
            "in_person": meeting.meets_in_person,
            "status": coming.status,
        }

    def _url(self, meeting: Meeting) -> str:
        """A meeting's page, found once a response: a group's next meetings are mostly
        the same meeting, week after week."""
        if meeting.pk not in self._urls:
            self._urls[meeting.pk] = meeting.get_absolute_url()
        return self._urls[meeting.pk]

    @functools.cached_property
    def _urls(self) -> dict[int, str]:
        return {}

    @functools.cached_property
    def _moment(self) -> serializers.DateTimeField:
        """Moments in the current time zone, looked up once a response rather than once a
        moment."""
        return serializers.DateTimeField(default_timezone=timezone.get_current_timezone())


class MatchResultsSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    results = MatchSerializer(many=True)


class MatchAPI(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(tags=["referrals"], parameters=PARAMETERS,
                   responses={200: MatchResultsSerializer, 400: ERROR, 403: ERROR},
                   summary="Groups and services that fit a client's needs, best first "
                           "(verified professionals)")
    def get(self, request: Request) -> Response:
        if not can_send_referrals(request.user):
            raise exceptions.PermissionDenied(_(
                "Matching is for verified helping professionals who use two-factor "
                "authentication."))
        form = ClientNeedsQuery(request.query_params)
        if not form.is_valid():
            raise exceptions.ValidationError(
                {name: list(errors) for name, errors in form.errors.items()})
        found = match(form.needs(time_zone=request.user.time_zone or "UTC"))
        context: dict[str, Any] = {"request": request}
        return Response(MatchResultsSerializer(
            {"count": len(found), "results": found}, context=context).data)

