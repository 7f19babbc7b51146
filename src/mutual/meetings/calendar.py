"""iCalendar (RFC 5545) feeds: one meeting, a group's meetings, or any finder search.

Each meeting is one recurring event in its own zone with its VTIMEZONE, so calendar
programs follow clock changes; cancelled and paused dates are EXDATEs and a moved
occurrence is an override with RECURRENCE-ID.
"""

import datetime as dt
import functools
import zoneinfo
from collections.abc import Iterable
from typing import Any

import icalendar
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from rest_framework.exceptions import ValidationError

from mutual.groups.permissions import can_view_group_details, prime_memberships
from mutual.groups.queries import group_for_page
from mutual.meetings.api import parse_finder
from mutual.meetings.models import Meeting, OccurrenceChange, Pause
from mutual.meetings.queries import find_occurrences, meetings_for_display
from mutual.meetings.recurrence import (
    first_date,
    join_rule,
    local_moment,
    rule_dates,
    rule_parts,
)
from mutual.meetings.serializers import conference_for, meeting_place
from mutual.meetings.views import visible_meeting

# A search's calendar holds at most this many meetings.
SEARCH_LIMIT = 200
# Occurrences read to find them: enough for a week of a busy search.
SEARCH_SCAN = 5000
PRODID = "-//Mutual//Meetings//EN"
# VTIMEZONE blocks cover this long around today: longer adds bytes, not correctness.
ZONE_YEARS_BACK, ZONE_YEARS_AHEAD = 1, 5


def _until_utc(until: str, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    """UNTIL in UTC, as RFC 5545 requires with a zoned DTSTART: a date is the end of that
    local day, a local time is read in the meeting's zone, a UTC moment stays as it is."""
    if until.endswith("Z"):
        return dt.datetime.strptime(until, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
    day = dt.datetime.strptime(until[:8], "%Y%m%d").date()
    time = dt.datetime.strptime(until[9:], "%H%M%S").time() if "T" in until else dt.time(
        23, 59, 59
    )
    return local_moment(day, time, zone).astimezone(dt.UTC)


def _rrule_for_calendar(meeting: Meeting, zone: zoneinfo.ZoneInfo) -> dict[str, Any]:
    """The stored rule as icalendar wants it, with UNTIL in UTC."""
    parts = rule_parts(meeting.rrule)
    until = parts.pop("UNTIL", None)
    rule = icalendar.vRecur.from_ical(join_rule(parts))
    if until:
        rule["UNTIL"] = [_until_utc(until, zone)]
    return rule


def _place_text(place: dict[str, Any] | None) -> str:
    if place is None:
        return ""
    parts = [place.get("name"), place.get("street"), place.get("city"), place.get("region"),
             place.get("postal_code"), place.get("country")]
    return ", ".join(part for part in parts if part)


def _description(request: HttpRequest, meeting: Meeting, user: Any) -> str:
    lines = [meeting.group.name, request.build_absolute_uri(meeting.get_absolute_url())]
    conference = conference_for(meeting, user)
    if conference:
        if conference["url"]:
            lines.append(_("Join online: %(url)s") % {"url": conference["url"]})
        if conference["url_notes"]:
            lines.append(conference["url_notes"])
        if conference["phone"]:
            lines.append(_("By phone: %(phone)s") % {"phone": conference["phone"]})
        if conference["phone_notes"]:
            lines.append(conference["phone_notes"])
    elif meeting.meets_online:
        lines.append(_("The group shares the link with its members."))
    if meeting.notes:
        lines.append(meeting.notes)
    return "\n".join(lines)


def meeting_events(
    request: HttpRequest, meeting: Meeting, changes: list[OccurrenceChange],
    paused: list[tuple[dt.date, dt.date]],
) -> list[icalendar.Event]:
    """The recurring event and its overrides, as the viewer may see them."""
    # A change kept from before the rule was edited may name a date the rule no longer gives.
    changes = [change for change in changes
               if change.original_date in rule_dates(meeting, change.original_date,
                                                     change.original_date)]
    user = request.user
    zone = zoneinfo.ZoneInfo(meeting.time_zone)
    # Calendar programs count DTSTART as the first occurrence, so it is the rule's first date.
    first_day = first_date(meeting)
    if first_day is None:
        return []
    start = local_moment(first_day, meeting.start_time, zone)
    length = dt.timedelta(minutes=meeting.duration_minutes)
    uid = f"meeting-{meeting.pk}@{request.get_host()}"
    url = request.build_absolute_uri(meeting.get_absolute_url())
    summary = meeting.display_name
    location = _place_text(meeting_place(meeting, user))
    description = _description(request, meeting, user)
    stamp = meeting.updated_at.astimezone(dt.UTC)

    master = icalendar.Event()
    master.add("uid", uid)
    master.add("dtstamp", stamp)
    master.add("last-modified", stamp)
    master.add("summary", summary)
    master.add("dtstart", start)
    master.add("duration", length)
    master.add("rrule", _rrule_for_calendar(meeting, zone))
    master.add("url", url)
    master.add("description", description)
    if location:
        master.add("location", location)
    moved = {change.original_date for change in changes
             if change.kind == OccurrenceChange.Kind.MOVED}
    skipped = {change.original_date for change in changes
               if change.kind == OccurrenceChange.Kind.CANCELLED}
    for first, last in paused:
        # As in the finder, a moved occurrence takes place even within a pause.
        skipped.update(day for day in rule_dates(meeting, first, last) if day not in moved)
    for day in sorted(skipped):
        master.add("exdate", local_moment(day, meeting.start_time, zone))

    events = [master]
    for change in changes:
        if change.kind != OccurrenceChange.Kind.MOVED or change.original_date in skipped:
            continue
        override = icalendar.Event()
        override.add("uid", uid)
        override.add("dtstamp", stamp)
        override.add("recurrence-id", local_moment(change.original_date, meeting.start_time, zone))
        new_start = change.new_start.astimezone(zone)
        minutes = change.new_duration_minutes or meeting.duration_minutes
        override.add("dtstart", new_start)
        override.add("duration", dt.timedelta(minutes=minutes))
        override.add("summary", summary)
        override.add("url", url)
        text = description
        if change.reason:
            text = _("Moved: %(reason)s") % {"reason": change.reason} + "\n" + description
        override.add("description", text)
        if location:
            override.add("location", location)
        events.append(override)
    return events


def _years_from(day: dt.date, years: int) -> dt.date:
    """The same day `years` later (or earlier); 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def build_calendar(
    request: HttpRequest, meetings: Iterable[Meeting], name: str, *, today: dt.date | None = None
) -> bytes:
    meetings = [meeting for meeting in meetings if meeting.status == Meeting.Status.ACTIVE]
    ids = [meeting.pk for meeting in meetings]
    changes: dict[int, list[OccurrenceChange]] = {pk: [] for pk in ids}
    for change in OccurrenceChange.objects.filter(meeting_id__in=ids):
        changes[change.meeting_id].append(change)
    paused: dict[int, list[tuple[dt.date, dt.date]]] = {pk: [] for pk in ids}
    for meeting_id, first, last in Pause.objects.filter(
        meeting_id__in=ids
    ).values_list("meeting_id", "starts_on", "ends_on"):
        paused[meeting_id].append((first, last))

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for meeting in meetings:
        for event in meeting_events(request, meeting, changes[meeting.pk], paused[meeting.pk]):
            calendar.add_component(event)
    today = today or timezone.now().date()
    earliest = min((meeting.starts_on for meeting in meetings), default=today)
    first = max(earliest, _years_from(today, -ZONE_YEARS_BACK)).replace(month=1, day=1)
    last = _years_from(today, ZONE_YEARS_AHEAD).replace(month=12, day=31)
    zones = b"".join(
        zone_definition(zone, first, last)
        for zone in sorted({meeting.time_zone for meeting in meetings})
    )
    # Zones go before the events (some calendar programs read them only there); they are
    # serialised once per process and year, so they are spliced in as text.
    body = calendar.to_ical()
    at = body.find(b"BEGIN:VEVENT\r\n")
    at = at if at >= 0 else body.rfind(b"END:VCALENDAR")
    return body[:at] + zones + body[at:]


@functools.lru_cache(maxsize=1024)
def zone_definition(zone: str, first: dt.date, last: dt.date) -> bytes:
    """A zone's VTIMEZONE for whole years, as iCalendar text; building one takes
    milliseconds, so each is made once per process and year."""
    return icalendar.Timezone.from_tzid(zone, first_date=first, last_date=last).to_ical()


def calendar_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def meeting_calendar(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = visible_meeting(request, pk)
    return calendar_response(
        build_calendar(request, [meeting], meeting.display_name), f"{meeting.slug}.ics"
    )


@require_GET
def group_calendar(request: HttpRequest, slug: str) -> HttpResponse:
    group = group_for_page(slug)
    if group is None or not can_view_group_details(request.user, group):
        raise Http404(_("No group here."))
    ids = list(group.meetings.values_list("pk", flat=True))
    meetings = meetings_for_display(ids)
    return calendar_response(
        build_calendar(request, [meetings[pk] for pk in ids], group.name), f"{group.slug}.ics"
    )


@require_GET
def search_calendar(request: HttpRequest) -> HttpResponse:
    """The meetings a finder search finds (at most 200), each with its whole schedule."""
    try:
        form = parse_finder(request, request.GET)
    except ValidationError as error:
        lines = [f"{name}: {message}" for name, messages in error.detail.items()
                 for message in messages]
        return HttpResponse(
            "\n".join(lines), status=400, content_type="text/plain; charset=utf-8"
        )
    prime_memberships(request.user)
    ids: list[int] = []
    found = find_occurrences(form.criteria()).values_list("meeting_id", flat=True)
    for meeting_id in found[:SEARCH_SCAN].iterator():
        if meeting_id not in ids:
            ids.append(meeting_id)
            if len(ids) == SEARCH_LIMIT:
                break
    meetings = meetings_for_display(ids)
    return calendar_response(
        build_calendar(request, [meetings[pk] for pk in ids], _("Meetings")), "meetings.ics"
    )

