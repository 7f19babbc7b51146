"""The coming occurrences of every meeting, kept in `Occurrence` for the finder.

A meeting's rows are rebuilt whenever it, its group or its exceptions change, and
`mutual meetings refresh` (daily) moves the horizon forward for all meetings.
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from mutual.groups.models import SHOWS_DETAILS, Group
from mutual.meetings.models import Meeting, Occurrence, OccurrenceChange, Pause
from mutual.meetings.recurrence import Exceptions, Planned, expand, weekday_sunday_first
from mutual.places.geo import ROUNDED_DECIMALS

# How far ahead occurrences are kept; the finder looks no further.
HORIZON_DAYS = 56
# Rows start a day back so that a meeting in progress across midnight is still found.
KEEP_PAST_DAYS = 1
BATCH = 2000


def horizon(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    today = today or timezone.now().date()
    return today - dt.timedelta(days=KEEP_PAST_DAYS), today + dt.timedelta(days=HORIZON_DAYS)


def exceptions_for(meeting_ids: Iterable[int]) -> dict[int, Exceptions]:
    ids = list(meeting_ids)
    found: dict[int, Exceptions] = defaultdict(Exceptions.none)
    for change in OccurrenceChange.objects.filter(meeting_id__in=ids):
        exceptions = found[change.meeting_id]
        if change.kind == OccurrenceChange.Kind.CANCELLED:
            exceptions.cancelled[change.original_date] = change.reason
        elif change.new_start is not None:
            exceptions.moved[change.original_date] = (
                change.new_start, change.new_duration_minutes, change.reason
            )
    for pause in Pause.objects.filter(meeting_id__in=ids):
        found[pause.meeting_id].paused.append((pause.starts_on, pause.ends_on, pause.reason))
    return found


def is_findable(meeting: Meeting) -> bool:
    """Whether the finder may list the meeting to anyone at all."""
    group = meeting.group
    return group.visibility in SHOWS_DETAILS and group.status == Group.Status.ACTIVE


def _position(meeting: Meeting) -> tuple[float | None, float | None]:
    """Where the finder measures from: rounded when the group keeps its address for
    members, so that distances from searches around it cannot pin the door down."""
    place = meeting.effective_place
    if place is None or not meeting.meets_in_person:
        return None, None
    if meeting.group.address_for_members_only:
        return round(place.latitude, ROUNDED_DECIMALS), round(place.longitude, ROUNDED_DECIMALS)
    return place.latitude, place.longitude


def rows_for(meeting: Meeting, planned: Iterable[Planned]) -> list[Occurrence]:
    place = meeting.effective_place
    findable = is_findable(meeting)
    in_person = meeting.meets_in_person and place is not None
    latitude, longitude = _position(meeting)
    rows = []
    for occurrence in planned:
        local = occurrence.start
        rows.append(
            Occurrence(
                meeting_id=meeting.pk,
                group_id=meeting.group_id,
                original_date=occurrence.original_date,
                starts_at=occurrence.start.astimezone(dt.UTC),
                ends_at=occurrence.end.astimezone(dt.UTC),
                status=occurrence.status,
                reason=occurrence.reason[:300],
                local_weekday=weekday_sunday_first(local.date()),
                local_minute=local.hour * 60 + local.minute,
                latitude=latitude,
                longitude=longitude,
                online=meeting.meets_online,
                in_person=in_person,
                findable=findable,
            )
        )
    return rows


def _meetings(meeting_ids: Iterable[int]) -> list[Meeting]:
    # Locked so that a daily refresh and an edit of the same meeting do not interleave.
    return list(
        Meeting.objects.filter(pk__in=list(meeting_ids))
        .select_related("group__place", "place")
        .select_for_update(of=("self",))
        .order_by("pk")
    )


@transaction.atomic
def refresh_meetings(meeting_ids: Iterable[int], *, today: dt.date | None = None) -> int:
    """Rebuild the coming occurrences of these meetings; returns how many rows were written."""
    first, last = horizon(today)
    meetings = _meetings(meeting_ids)
    ids = [meeting.pk for meeting in meetings]
    Occurrence.objects.filter(meeting_id__in=ids).delete()
    exceptions = exceptions_for(ids)
    rows: list[Occurrence] = []
    for meeting in meetings:
        # Rows are kept for every active group: members of secret groups see theirs.
        if meeting.status == Meeting.Status.ACTIVE and meeting.group.status == Group.Status.ACTIVE:
            rows.extend(rows_for(meeting, expand(meeting, first, last, exceptions[meeting.pk])))
    Occurrence.objects.bulk_create(rows, batch_size=BATCH)
    Meeting.objects.filter(pk__in=ids).update(occurrences_until=last)
    return len(rows)


def refresh_groups(group_ids: Iterable[int]) -> int:
    """A group's visibility, status or place changed: its meetings' rows follow."""
    ids = Meeting.objects.filter(group_id__in=list(group_ids)).values_list("pk", flat=True)
    return refresh_meetings(list(ids))


def _drop_passed(today: dt.date | None) -> None:
    # By the moment it ended, not its original date: a meeting moved later is still to come.
    first, _last = horizon(today)
    Occurrence.objects.filter(ends_at__lt=dt.datetime.combine(first, dt.time.min, dt.UTC)).delete()


def refresh_all(*, today: dt.date | None = None, chunk: int = 1000) -> int:
    """Rebuild every meeting's coming occurrences and drop rows that have passed; for data
    written around the actions."""
    written = 0
    _drop_passed(today)
    ids = list(Meeting.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), chunk):
        written += refresh_meetings(ids[start:start + chunk], today=today)
    return written


@transaction.atomic
def extend_meetings(meeting_ids: Iterable[int], *, today: dt.date | None = None) -> int:
    """Add the days that came within the horizon since these meetings were last expanded.

    The rows already there stay: every change to a meeting rebuilds its rows through the
    actions. A move into the new days from an earlier date may already have its row, so
    existing rows win.
    """
    first, last = horizon(today)
    meetings = _meetings(meeting_ids)
    exceptions = exceptions_for([meeting.pk for meeting in meetings])
    rows: list[Occurrence] = []
    for meeting in meetings:
        if meeting.status != Meeting.Status.ACTIVE or meeting.group.status != Group.Status.ACTIVE:
            continue
        done = meeting.occurrences_until
        start = first if done is None or done < first else done + dt.timedelta(days=1)
        if start <= last:
            rows.extend(rows_for(meeting, expand(meeting, start, last, exceptions[meeting.pk])))
    Occurrence.objects.bulk_create(rows, batch_size=BATCH, ignore_conflicts=True)
    Meeting.objects.filter(pk__in=[meeting.pk for meeting in meetings]).update(
        occurrences_until=last
    )
    return len(rows)


def extend_all(*, today: dt.date | None = None, chunk: int = 1000) -> int:
    """The daily run: drop rows that have passed and add the day that came into the horizon."""
    _first, last = horizon(today)
    _drop_passed(today)
    ids = list(
        Meeting.objects.filter(Q(occurrences_until__lt=last) | Q(occurrences_until__isnull=True))
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    written = 0
    for start in range(0, len(ids), chunk):
        written += extend_meetings(ids[start:start + chunk], today=today)
    return written
