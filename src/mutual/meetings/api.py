from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.http import urlencode
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from mutual.core.http import whole_number
from mutual.groups.models import Group
from mutual.groups.permissions import prime_memberships
from mutual.meetings.forms import MeetingQuery, MeetingSearchForm, zone_or_none
from mutual.meetings.permissions import can_view_meeting
from mutual.meetings.queries import coming_occurrences, finder_page, meetings_for_display
from mutual.meetings.serializers import OccurrenceSerializer, meeting_fields
from mutual.meetings.views import default_viewer_zone

FINDER_PARAMETERS = [
    OpenApiParameter("near", str, description="A town, “town, country”, a US ZIP or “lat,lon”."),
    OpenApiParameter("radius_km", float, description="Distance from `near` (default 25)."),
    OpenApiParameter(
        "online", str, enum=["include", "only"],
        description="`include` adds online meetings to those near; `only` lists online ones.",
    ),
    OpenApiParameter("concern", str, description="A concern's slug; includes its descendants."),
    OpenApiParameter("language", str, description="An ISO 639-1 code."),
    OpenApiParameter(
        "type", str, many=True, description="Meeting Guide type codes (all must hold)."
    ),
    OpenApiParameter("led_by", str, enum=[c for c, _ in Group.LedBy.choices]),
    OpenApiParameter("day", int, many=True, description="0 = Sunday … 6 = Saturday, local."),
    OpenApiParameter("time_of_day", str, enum=["morning", "afternoon", "evening", "night"]),
    OpenApiParameter("starts_within_hours", float),
    OpenApiParameter("from", OpenApiTypes.DATE),
    OpenApiParameter("to", OpenApiTypes.DATE),
    OpenApiParameter("tz", str, description="The viewer's IANA zone for `viewer` times."),
    OpenApiParameter("page", OpenApiTypes.INT),
]


def parse_finder(request: HttpRequest, query: Any) -> MeetingSearchForm:
    form = MeetingQuery(query, default_zone=default_viewer_zone(request))
    if not form.is_valid():
        raise ValidationError(
            {form.add_prefix(name): list(errors) for name, errors in form.errors.items()}
        )
    return form


def page_number(query: Any) -> int:
    raw = query.get("page") or "1"
    number = whole_number(raw, digits=4)
    if number is None or number < 1:
        raise ValidationError({"page": [f"“{raw}” is not a page number."]})
    return number


class MeetingFinderAPI(APIView):
    """The meeting finder: occurrences that match, in order of start."""

    @extend_schema(
        operation_id="meetings_find",
        parameters=FINDER_PARAMETERS,
        responses=inline_serializer(
            "MeetingFinderPage",
            {
                "next": serializers.CharField(allow_null=True),
                "previous": serializers.CharField(allow_null=True),
                "results": OccurrenceSerializer(many=True),
            },
        ),
    )
    def get(self, request: Request) -> Response:
        query = request.query_params
        form = parse_finder(request, query)
        number = page_number(query)
        prime_memberships(request.user)
        now = timezone.now()
        page = finder_page(form.criteria(), number, now=now)
        context = {
            "request": request, "user": request.user, "now": now,
            "viewer_zone": zone_or_none(form.viewer_zone_name),
        }

        def link(to: int) -> str:
            params = [(key, value) for key, value in query.lists() if key != "page"]
            flat = [(key, item) for key, values in params for item in values]
            return request.build_absolute_uri("?" + urlencode([*flat, ("page", to)]))

        return Response(
            {
                "next": link(number + 1) if page.has_next else None,
                "previous": link(number - 1) if page.has_previous else None,
                "results": OccurrenceSerializer(page.occurrences, many=True, context=context).data,
            }
        )


class MeetingDetailAPI(APIView):
    """One meeting, with its next occurrences."""

    @extend_schema(operation_id="meetings_retrieve", responses=OccurrenceSerializer)
    def get(self, request: Request, pk: int) -> Response:
        meeting = meetings_for_display([pk]).get(pk)
        if meeting is None or not can_view_meeting(request.user, meeting):
            raise NotFound()
        now = timezone.now()
        context = {"request": request, "user": request.user, "now": now, "viewer_zone": None}
        upcoming = coming_occurrences([meeting.pk], per_meeting=5, now=now)[meeting.pk]
        for occurrence in upcoming:
            occurrence.meeting = meeting
        data = meeting_fields(meeting, context)
        data["duration_minutes"] = meeting.duration_minutes
        data["start_time"] = meeting.start_time.strftime("%H:%M")
        data["next"] = [
            {key: item[key] for key in ("date", "start", "end", "status", "reason", "moved_from")}
            for item in OccurrenceSerializer(upcoming, many=True, context=context).data
        ]
        return Response(data)
