"""Reads of meetings: the finder shared by pages, the API and calendar feeds, and a group's
coming meetings."""

import datetime as dt
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.db.models import Case, Count, FloatField, Max, Q, QuerySet, Value, When
from django.utils import timezone

from mutual.concerns.queries import concern_index
from mutual.groups.models import Group
from mutual.meetings.models import (
    Attendance,
    Headcount,
    ListingReport,
    Meeting,
    MeetingType,
    Occurrence,
    OccurrenceChange,
)
from mutual.meetings.occurrences import HORIZON_DAYS, exceptions_for
from mutual.meetings.permissions import can_edit_meeting, can_plan_to_attend
from mutual.meetings.recurrence import expand
from mutual.places.geo import bounding_box, distance_expression
from mutual.places.lookup import ResolvedPlace

DEFAULT_RADIUS_KM = 25.0
DEFAULT_DAYS = 7
PAGE_SIZE = 20
LONGEST_KEY = "meetings:longest-minutes"
GroupConcern = Group.concerns.through
MeetingLanguage = Meeting.languages.through

# Local minutes after midnight: (from, until); night wraps past midnight.
TIMES_OF_DAY = {
    "morning": (5 * 60, 12 * 60),
    "afternoon": (12 * 60, 17 * 60),
    "evening": (17 * 60, 21 * 60),
    "night": (21 * 60, 5 * 60),
}


@dataclass(frozen=True)
class FinderCriteria:
    """What a person asked the finder for; every part is optional and they combine with AND."""

    near: ResolvedPlace | None = None
    radius_km: float = DEFAULT_RADIUS_KM
    online: str = ""  # "" (in person near, or everything without near), "include", "only"
    concern: str = ""
    language: str = ""
    types: tuple[str, ...] = ()
    led_by: str = ""
    days: tuple[int, ...] = ()  # 0 = Sunday, in the meeting's zone
    time_of_day: str = ""
    starts_within_hours: float | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    viewer_zone: dt.tzinfo = dt.UTC
    in_progress_or_within_hour: bool = False
    group_ids: tuple[int, ...] = field(default=())

    def window(self, now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
        """The moments between which an occurrence must be under way or start."""
        if self.in_progress_or_within_hour:
            return now, now + dt.timedelta(hours=1)
        lower = now
        if self.date_from is not None:
            lower = max(now, _start_of_day(self.date_from, self.viewer_zone))
        if self.starts_within_hours is not None:
            upper = now + dt.timedelta(hours=self.starts_within_hours)
        elif self.date_to is not None:
            upper = _start_of_day(self.date_to + dt.timedelta(days=1), self.viewer_zone)
        else:
            upper = lower + dt.timedelta(days=DEFAULT_DAYS)
        return lower, min(upper, last_listed_moment(now))


def _start_of_day(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min).replace(tzinfo=zone).astimezone(dt.UTC)


def last_listed_moment(now: dt.datetime) -> dt.datetime:
    """Occurrences are expanded this far ahead; the finder looks no further."""
    return _start_of_day(now.date() + dt.timedelta(days=HORIZON_DAYS), dt.UTC)


def longest_meeting_minutes() -> int:
    """How long the longest meeting lasts, so the finder knows how far back one can have
    started and still be in progress."""
    minutes = cache.get(LONGEST_KEY)
    if minutes is None:
        minutes = max(
            Meeting.objects.aggregate(longest=Max("duration_minutes"))["longest"] or 60,
            OccurrenceChange.objects.aggregate(longest=Max("new_duration_minutes"))["longest"]
            or 0,
        )
        cache.set(LONGEST_KEY, minutes, 600)
    return int(minutes)


def forget_longest_meeting() -> None:
    cache.delete(LONGEST_KEY)


def _place_condition(criteria: FinderCriteria) -> Q:
    online = Q(online=True)
    if criteria.online == "only":
        return online
    if criteria.near is None:
        return Q()
    min_lat, max_lat, min_lon, max_lon = bounding_box(
        criteria.near.latitude, criteria.near.longitude, criteria.radius_km
    )
    in_box = Q(latitude__gte=min_lat, latitude__lte=max_lat)
    if min_lon < -180 or max_lon > 180:
        # The circle crosses the 180th meridian: the box is two strips, one on each side.
        in_box &= Q(longitude__gte=(min_lon + 540) % 360 - 180) | Q(
            longitude__lte=(max_lon + 540) % 360 - 180
        )
    else:
        in_box &= Q(longitude__gte=min_lon, longitude__lte=max_lon)
    nearby = Q(in_person=True, distance_km__lte=criteria.radius_km) & in_box
    return nearby | online if criteria.online == "include" else nearby


def find_occurrences(
    criteria: FinderCriteria, *, now: dt.datetime | None = None
) -> QuerySet[Occurrence]:
    """Occurrences that match, in order of start. Each carries `distance_km` (None without
    `near`, and for meetings that are only online)."""
    now = now or timezone.now()
    lower, upper = criteria.window(now)
    earliest_start = lower - dt.timedelta(minutes=longest_meeting_minutes())
    found = Occurrence.objects.filter(
        findable=True, starts_at__gte=earliest_start, starts_at__lt=upper, ends_at__gt=lower,
    )
    if criteria.group_ids:
        found = found.filter(group_id__in=criteria.group_ids)
    if criteria.near is not None:
        distance = distance_expression(
            criteria.near.latitude, criteria.near.longitude, "latitude", "longitude"
        )
        # Only meetings with a position have a distance; PostgreSQL's LEAST would otherwise
        # turn a missing position into half the Earth's circumference.
        found = found.annotate(
            distance_km=Case(
                When(latitude__isnull=False, then=distance), default=None,
                output_field=FloatField(),
            )
        )
    else:
        found = found.annotate(distance_km=Value(None, output_field=FloatField()))
    found = found.filter(_place_condition(criteria))
    if criteria.concern:
        index = concern_index()
        concern_ids = index.descendants(index.by_slug[criteria.concern])
        found = found.filter(
            group_id__in=GroupConcern.objects.filter(concern_id__in=concern_ids).values("group_id")
        )
    if criteria.language:
        found = found.filter(
            meeting_id__in=MeetingLanguage.objects.filter(language_id=criteria.language).values(
                "meeting_id"
            )
        )
    for code in criteria.types:
        found = found.filter(
            meeting_id__in=MeetingType.objects.filter(code=code).values("meeting_id")
        )
    if criteria.led_by:
        found = found.filter(group__led_by=criteria.led_by)
    if criteria.days:
        found = found.filter(local_weekday__in=criteria.days)
    if criteria.time_of_day:
        begins, ends = TIMES_OF_DAY[criteria.time_of_day]
        if begins < ends:
            found = found.filter(local_minute__gte=begins, local_minute__lt=ends)
        else:
            found = found.filter(Q(local_minute__gte=begins) | Q(local_minute__lt=ends))
    return found.order_by("starts_at", "id")


@dataclass
class FinderPage:
    occurrences: list[Occurrence]
    number: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1


def finder_page(
    criteria: FinderCriteria, number: int = 1, *, size: int = PAGE_SIZE,
    now: dt.datetime | None = None,
) -> FinderPage:
    """One page of results, with their meetings loaded; no total count is taken, because
    counting every coming occurrence costs more than the page itself."""
    offset = (number - 1) * size
    rows = list(
        find_occurrences(criteria, now=now).only(
            "id", "meeting_id", "group_id", "original_date", "starts_at", "ends_at", "status",
            "reason",
        )[offset:offset + size + 1]
    )
    attach_meetings(rows[:size])
    return FinderPage(rows[:size], number, len(rows) > size)


def attach_meetings(occurrences: Sequence[Occurrence]) -> None:
    """Load the meetings of these occurrences, with what results show, in two queries."""
    ids = {occurrence.meeting_id for occurrence in occurrences}
    meetings = meetings_for_display(ids)
    for occurrence in occurrences:
        occurrence.meeting = meetings[occurrence.meeting_id]


def meetings_for_display(ids: set[int] | list[int]) -> dict[int, Meeting]:
    found = (
        Meeting.objects.filter(pk__in=ids)
        .select_related("group__place", "group__organization", "place")
        .prefetch_related("languages")
    )
    return {meeting.pk: meeting for meeting in found}


def coming_occurrences(
    meeting_ids: Sequence[int], *, per_meeting: int = 3, now: dt.datetime | None = None
) -> dict[int, list[Occurrence]]:
    """The next few occurrences of each meeting (cancelled ones included, so people know)."""
    now = now or timezone.now()
    found: dict[int, list[Occurrence]] = {meeting_id: [] for meeting_id in meeting_ids}
    rows = Occurrence.objects.filter(meeting_id__in=list(meeting_ids), ends_at__gt=now).order_by(
        "starts_at"
    )
    for row in rows:
        if len(found[row.meeting_id]) < per_meeting:
            found[row.meeting_id].append(row)
    return found


def group_meetings(group: Group) -> list[Meeting]:
    """A group's meetings for its page: active ones first, ended ones left out."""
    return list(
        group.meetings.exclude(status=Meeting.Status.ENDED)
        .select_related("place", "group__place")
        .prefetch_related("languages")
        .order_by("status", "start_time", "pk")
    )


def occurrence_status(occurrence: Occurrence, now: dt.datetime) -> str:
    """What a person sees: upcoming, in_progress, cancelled or moved."""
    if occurrence.status == Occurrence.Status.CANCELLED:
        return "cancelled"
    if occurrence.starts_at <= now < occurrence.ends_at:
        return "in_progress"
    if occurrence.status == Occurrence.Status.MOVED:
        return "moved"
    return "upcoming"


# Facilitators see the last few occurrences that took place, to record headcounts.
PAST_SHOWN = 4
PAST_LOOKBACK_DAYS = 100


def past_occurrences(meeting: Meeting, *, now: dt.datetime) -> list[dict[str, Any]]:
    """The last few occurrences that have started (cancelled ones left out), newest first,
    each with its headcount if one was recorded."""
    zone = zoneinfo.ZoneInfo(meeting.time_zone)
    today = now.astimezone(zone).date()
    planned = expand(
        meeting, today - dt.timedelta(days=PAST_LOOKBACK_DAYS), today,
        exceptions_for([meeting.pk])[meeting.pk],
    )
    started = [
        occurrence for occurrence in planned
        if occurrence.start <= now and occurrence.status != "cancelled"
    ][-PAST_SHOWN:][::-1]
    counts = dict(
        Headcount.objects.filter(
            meeting=meeting, original_date__in=[occurrence.original_date for occurrence in started]
        ).values_list("original_date", "count")
    )
    return [
        {"original_date": occurrence.original_date, "start": occurrence.start,
         "headcount": counts.get(occurrence.original_date)}
        for occurrence in started
    ]


def participation_for(
    meeting: Meeting, cards: list[dict[str, Any]], user: Any, *, now: dt.datetime
) -> dict[str, Any]:
    """What the meeting page shows around its coming occurrences: the person's own plans,
    and for facilitators how many plan to come, past headcounts and open reports."""
    can_plan = bool(can_plan_to_attend(user, meeting))
    facilitator = bool(getattr(user, "is_authenticated", False) and can_edit_meeting(user, meeting))
    dates = [card["occurrence"].original_date for card in cards]
    plans: dict[dt.date, Attendance] = {}
    if can_plan and dates:
        plans = {
            plan.original_date: plan
            for plan in Attendance.objects.filter(
                meeting=meeting, user=user, original_date__in=dates
            )
        }
    counts: dict[dt.date, int] = {}
    if facilitator and dates:
        counts = dict(
            Attendance.objects.filter(meeting=meeting, original_date__in=dates)
            .values("original_date")
            .annotate(people=Count("pk"))
            .values_list("original_date", "people")
        )
    return {
        "signed_in": bool(getattr(user, "is_authenticated", False)),
        "can_plan": can_plan,
        "facilitator": facilitator,
        "rows": [
            {"card": card, "plan": plans.get(day), "count": counts.get(day, 0)}
            for card, day in zip(cards, dates, strict=True)
        ],
        "past": past_occurrences(meeting, now=now) if facilitator else [],
        "open_reports": (
            ListingReport.objects.filter(meeting=meeting, status=ListingReport.Status.OPEN).count()
            if facilitator else 0
        ),
    }
