import datetime as dt
import zoneinfo
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET
from django_htmx.http import HttpResponseClientRedirect

from mutual.core.http import whole_number
from mutual.groups.models import Group
from mutual.groups.permissions import prime_memberships
from mutual.meetings.forms import MeetingSearchForm, type_name, zone_or_none
from mutual.meetings.models import Meeting, Occurrence
from mutual.meetings.permissions import can_edit_meeting, can_view_meeting
from mutual.meetings.queries import (
    coming_occurrences,
    finder_page,
    meetings_for_display,
    occurrence_status,
    participation_for,
)
from mutual.meetings.recurrence import local_moment, weekly_days
from mutual.meetings.reminders import DAY_BEFORE_AT
from mutual.meetings.serializers import conference_for, meeting_place

ZONE_COOKIE = "tz"


def default_viewer_zone(request: HttpRequest) -> str:
    """The zone to show times in: the account's if it chose one, else the browser's."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.time_zone not in ("", "UTC"):
        return str(user.time_zone)
    from_browser = request.COOKIES.get(ZONE_COOKIE, "")
    return from_browser if zone_or_none(from_browser) else ""


def relative_start(start: dt.datetime, end: dt.datetime, now: dt.datetime) -> str:
    """“In progress”, “starts in 40 min”, “starts in 3 h”, or nothing when further off."""
    if start <= now < end:
        return _("In progress")
    if now < start:
        minutes = int((start - now).total_seconds() // 60)
        if minutes < 60:
            return ngettext("Starts in %(n)s min", "Starts in %(n)s min", minutes) % {
                "n": max(minutes, 1)
            }
        if minutes < 12 * 60:
            hours = minutes // 60
            return ngettext("Starts in %(n)s hour", "Starts in %(n)s hours", hours) % {"n": hours}
    return ""


def occurrence_card(
    occurrence: Occurrence, *, user: Any, now: dt.datetime, viewer_zone: dt.tzinfo | None
) -> dict[str, Any]:
    """What a result shows: the meeting, its local time, the viewer's time and its state."""
    meeting = occurrence.meeting
    zone = zoneinfo.ZoneInfo(meeting.time_zone)
    start = occurrence.starts_at.astimezone(zone)
    end = occurrence.ends_at.astimezone(zone)
    viewer_start = start.astimezone(viewer_zone) if viewer_zone is not None else None
    differs = viewer_start is not None and viewer_start.utcoffset() != start.utcoffset()
    moved_from = None
    if occurrence.status == Occurrence.Status.MOVED:
        moved_from = local_moment(occurrence.original_date, meeting.start_time, zone)
    return {
        "meeting": meeting,
        "occurrence": occurrence,
        "start": start,
        "end": end,
        "viewer_start": viewer_start if differs else None,
        "viewer_zone": str(viewer_zone) if differs else "",
        "status": occurrence_status(occurrence, now),
        "moved_from": moved_from,
        "relative": relative_start(occurrence.starts_at, occurrence.ends_at, now),
        "distance_km": getattr(occurrence, "distance_km", None),
        "place": meeting_place(meeting, user),
        "conference": conference_for(meeting, user),
        "types": [(code, type_name(code)) for code in meeting.types],
    }


def _finder(request: HttpRequest, *, now_view: bool) -> HttpResponse:
    form = MeetingSearchForm(request.GET, default_zone=default_viewer_zone(request))
    template = "meetings/now.html" if now_view else "meetings/finder.html"
    # htmx swaps in only the results; a restore from history needs the whole page.
    partial = bool(request.htmx) and not request.htmx.history_restore_request
    if not form.is_valid():
        if partial:
            return HttpResponseClientRedirect(request.get_full_path())
        response = render(request, template, {"form": form}, status=400)
        patch_vary_headers(response, ["HX-Request"])
        return response
    raw = request.GET.get("page") or "1"
    number = whole_number(raw, digits=4) or 1
    prime_memberships(request.user)
    now = timezone.now()
    criteria = form.criteria(in_progress_or_within_hour=now_view)
    page = finder_page(criteria, number, now=now)
    viewer_zone = zone_or_none(form.viewer_zone_name)
    cards = [
        occurrence_card(occurrence, user=request.user, now=now, viewer_zone=viewer_zone)
        for occurrence in page.occurrences
    ]
    asked = [(key, value) for key, values in request.GET.lists() if key != "page"
             for value in values if value]
    context = {
        "form": form,
        "page": page,
        "cards": cards,
        "criteria": criteria,
        "now_view": now_view,
        "viewer_zone": form.viewer_zone_name,
        "query": urlencode(asked),
        "previous_url": "?" + urlencode([*asked, ("page", number - 1)]),
        "next_url": "?" + urlencode([*asked, ("page", number + 1)]),
    }
    response = render(
        request, "meetings/_results.html" if partial else template, context,
        status=400 if form.errors else 200,
    )
    patch_vary_headers(response, ["HX-Request"])
    return response


@require_GET
def finder(request: HttpRequest) -> HttpResponse:
    return _finder(request, now_view=False)


@require_GET
def now(request: HttpRequest) -> HttpResponse:
    """Meetings in progress and starting within the hour."""
    return _finder(request, now_view=True)


def visible_meeting(request: HttpRequest, pk: int) -> Meeting:
    meeting = meetings_for_display([pk]).get(pk)
    if meeting is None or not can_view_meeting(request.user, meeting):
        raise Http404(_("No meeting here."))
    return meeting


SCHEMA_DAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
ATTENDANCE_MODES = {
    Meeting.Attendance.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    Meeting.Attendance.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    Meeting.Attendance.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}


def structured_data(request: HttpRequest, meeting: Meeting, place: dict | None) -> dict:
    """schema.org Event markup with its recurring schedule, for a public group's meeting."""
    start = dt.datetime.combine(meeting.starts_on, meeting.start_time)
    end = start + dt.timedelta(minutes=meeting.duration_minutes)
    schedule: dict[str, Any] = {
        "@type": "Schedule",
        "startDate": meeting.starts_on.isoformat(),
        "startTime": meeting.start_time.strftime("%H:%M"),
        "endTime": end.strftime("%H:%M"),
        "scheduleTimezone": meeting.time_zone,
    }
    days = weekly_days(meeting.rrule)
    if days is not None:
        schedule["repeatFrequency"] = "P1W"
        schedule["byDay"] = [f"https://schema.org/{SCHEMA_DAYS[day]}" for day in days]
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": meeting.display_name,
        "url": request.build_absolute_uri(meeting.get_absolute_url()),
        "eventAttendanceMode": ATTENDANCE_MODES[meeting.attendance],
        "eventSchedule": schedule,
        "organizer": {
            "@type": "Organization",
            "name": meeting.group.name,
            "url": request.build_absolute_uri(meeting.group.get_absolute_url()),
        },
    }
    locations: list[dict[str, Any]] = []
    if place is not None:
        address = {
            "@type": "PostalAddress",
            "addressLocality": place["city"],
            "addressRegion": place["region"],
            "addressCountry": place["country"],
        }
        if place.get("street"):
            address["streetAddress"] = place["street"]
        locations.append({"@type": "Place", "name": place.get("name") or place["city"],
                          "address": address})
    if meeting.meets_online:
        locations.append({"@type": "VirtualLocation",
                          "url": request.build_absolute_uri(meeting.get_absolute_url())})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    return data


@require_GET
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = visible_meeting(request, pk)
    now = timezone.now()
    viewer_zone = zone_or_none(default_viewer_zone(request))
    upcoming = coming_occurrences([meeting.pk], per_meeting=6, now=now)[meeting.pk]
    for occurrence in upcoming:
        occurrence.meeting = meeting
    cards = [
        occurrence_card(occurrence, user=request.user, now=now, viewer_zone=viewer_zone)
        for occurrence in upcoming
    ]
    place = meeting_place(meeting, request.user)
    public = meeting.group.visibility == Group.Visibility.PUBLIC
    return render(
        request,
        "meetings/detail.html",
        {
            "meeting": meeting,
            "group": meeting.group,
            "cards": cards,
            "structured_data": structured_data(request, meeting, place) if public else None,
            "place": place,
            "conference": conference_for(meeting, request.user),
            "types": [(code, type_name(code)) for code in meeting.types],
            "can_edit": can_edit_meeting(request.user, meeting),
            "part": participation_for(meeting, cards, request.user, now=now),
            "day_before_at": DAY_BEFORE_AT,
        },
    )
