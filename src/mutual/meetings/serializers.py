"""How meetings and their occurrences look in the API; the finder pages use the same shapes."""

import zoneinfo
from typing import Any

from django.urls import reverse
from rest_framework import serializers

from mutual.groups.serializers import PlaceSerializer, place_shown
from mutual.meetings.models import Meeting, Occurrence
from mutual.meetings.permissions import can_view_conference
from mutual.meetings.queries import occurrence_status
from mutual.meetings.recurrence import local_moment


class MeetingGroupSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    led_by = serializers.CharField()
    url = serializers.CharField()


class ConferenceSerializer(serializers.Serializer):
    url = serializers.CharField(allow_blank=True)
    url_notes = serializers.CharField(allow_blank=True)
    phone = serializers.CharField(allow_blank=True)
    phone_notes = serializers.CharField(allow_blank=True)


class ViewerTimeSerializer(serializers.Serializer):
    timezone = serializers.CharField()
    start = serializers.DateTimeField()
    end = serializers.DateTimeField()


def meeting_place(meeting: Meeting, user: Any) -> dict[str, Any] | None:
    """Where an in-person or hybrid meeting is, as the viewer may see it."""
    place = meeting.effective_place
    if place is None or not meeting.meets_in_person:
        return None
    return place_shown(place, meeting.group, user)


def conference_for(meeting: Meeting, user: Any) -> dict[str, str] | None:
    if not meeting.meets_online or not can_view_conference(user, meeting):
        return None
    return {
        "url": meeting.conference_url,
        "url_notes": meeting.conference_url_notes,
        "phone": meeting.conference_phone,
        "phone_notes": meeting.conference_phone_notes,
    }


def _absolute(context: dict[str, Any], path: str) -> str:
    request = context.get("request")
    return request.build_absolute_uri(path) if request is not None else path


def meeting_fields(meeting: Meeting, context: dict[str, Any]) -> dict[str, Any]:
    """What every view of a meeting shows, whoever looks."""
    user = context.get("user")
    group = meeting.group
    return {
        "id": meeting.pk,
        "slug": meeting.slug,
        "name": meeting.display_name,
        "url": _absolute(context, meeting.get_absolute_url()),
        "ics": _absolute(context, reverse("meeting-ics", args=[meeting.pk])),
        "group": {
            "slug": group.slug,
            "name": group.name,
            "led_by": group.led_by,
            "url": _absolute(context, group.get_absolute_url()),
        },
        "timezone": meeting.time_zone,
        "rrule": meeting.rrule,
        "attendance": meeting.attendance,
        "types": list(meeting.types),
        "languages": sorted(language.code for language in meeting.languages.all()),
        "place": meeting_place(meeting, user),
        "conference": conference_for(meeting, user),
        "conference_for_members_only": meeting.conference_for_members_only,
        "notes": meeting.notes,
        "meeting_status": meeting.status,
    }


class OccurrenceSerializer(serializers.Serializer):
    """One occurrence in the finder: the meeting it belongs to, and when it is."""

    id = serializers.IntegerField(help_text="The meeting's id.")
    slug = serializers.CharField()
    name = serializers.CharField()
    url = serializers.CharField()
    ics = serializers.CharField()
    group = MeetingGroupSerializer()
    date = serializers.DateField(help_text="The date the rule gives, in the meeting's zone.")
    start = serializers.DateTimeField()
    end = serializers.DateTimeField()
    timezone = serializers.CharField()
    viewer = ViewerTimeSerializer(allow_null=True)
    rrule = serializers.CharField()
    attendance = serializers.ChoiceField(choices=Meeting.Attendance.choices)
    types = serializers.ListField(child=serializers.CharField())
    languages = serializers.ListField(child=serializers.CharField())
    place = PlaceSerializer(allow_null=True)
    conference = ConferenceSerializer(allow_null=True)
    conference_for_members_only = serializers.BooleanField()
    notes = serializers.CharField()
    meeting_status = serializers.CharField()
    distance_km = serializers.FloatField(allow_null=True)
    status = serializers.ChoiceField(
        choices=["upcoming", "in_progress", "cancelled", "moved"]
    )
    reason = serializers.CharField(allow_blank=True)
    moved_from = serializers.DateTimeField(allow_null=True)

    def to_representation(self, occurrence: Occurrence) -> dict[str, Any]:
        meeting = occurrence.meeting
        zone = zoneinfo.ZoneInfo(meeting.time_zone)
        now = self.context["now"]
        viewer_zone = self.context.get("viewer_zone")
        start, end = occurrence.starts_at.astimezone(zone), occurrence.ends_at.astimezone(zone)
        distance = getattr(occurrence, "distance_km", None)
        data = meeting_fields(meeting, self.context)
        moved_from = None
        if occurrence.status == Occurrence.Status.MOVED:
            moved_from = local_moment(occurrence.original_date, meeting.start_time, zone)
        data.update(
            {
                "date": occurrence.original_date.isoformat(),
                "start": start.isoformat(),
                "end": end.isoformat(),
                "viewer": None if viewer_zone is None else {
                    "timezone": str(viewer_zone),
                    "start": start.astimezone(viewer_zone).isoformat(),
                    "end": end.astimezone(viewer_zone).isoformat(),
                },
                "distance_km": round(distance, 1) if distance is not None else None,
                "status": occurrence_status(occurrence, now),
                "reason": occurrence.reason,
                "moved_from": moved_from.isoformat() if moved_from else None,
            }
        )
        return data

