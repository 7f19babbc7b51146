"""The scale set: the proportions DESIGN.md §6 names, built reproducibly."""

import datetime as dt
import zoneinfo
from typing import Any

import pytest
from django.db import connection
from django.db.models import Count, F, Q

from mutual.accounts.models import User
from mutual.groups.models import Group, Membership
from mutual.meetings.models import Meeting, MeetingType, Occurrence, OccurrenceChange
from mutual.meetings.occurrences import refresh_meetings
from mutual.meetings.recurrence import expand
from mutual.organizations.models import Organization
from mutual.seed.scale import (
    MeetingDates,
    Schedule,
    build_scale,
    concern_infos,
    generate,
    schedule_rule,
)

pytestmark = pytest.mark.django_db
OCCURRENCE_FIELDS = (
    "meeting_id", "group_id", "original_date", "starts_at", "ends_at", "status", "reason",
    "local_weekday", "local_minute", "latitude", "longitude", "online", "in_person", "findable",
)


def test_build_scale_makes_groups_members_and_organizations_in_proportion() -> None:
    summary = build_scale(300, seed=7)

    groups = Group.objects.filter(slug__startswith="s-7-")
    assert groups.count() == 300
    assert Organization.objects.filter(slug__startswith="s-7-org-").count() == 30
    assert User.objects.filter(email__endswith="@scale.mutual.test").count() == 600
    assert "300 groups" in summary
    facilitators = groups.annotate(
        facilitators=Count("memberships", filter=Q(memberships__role=Membership.Role.FACILITATOR))
    )
    assert {group.facilitators for group in facilitators} == {1}
    assert not groups.exclude(format=Group.Format.ONLINE).filter(place__isnull=True).exists()
    assert not groups.filter(concerns__isnull=True).exists()
    assert not groups.filter(languages__isnull=True).exists()


def test_the_same_seed_gives_the_same_rows_and_another_seed_others() -> None:
    concerns = concern_infos()

    def summary(seed: int) -> list[tuple[str, str, str]]:
        rows = generate(300, seed=seed, concerns=concerns, languages=["en", "es", "fr"])
        return sorted((group["slug"], group["format"], group["led_by"]) for group in rows.groups)

    first = generate(300, seed=11, concerns=concerns, languages=["en", "es", "fr"])
    assert generate(300, seed=11, concerns=concerns, languages=["en", "es", "fr"]) == first
    assert summary(11) != summary(12)


def test_a_second_build_with_the_same_seed_is_refused() -> None:
    build_scale(20, seed=3)

    with pytest.raises(ValueError, match="seed 3"):
        build_scale(20, seed=3)


def test_build_scale_gives_groups_two_and_a_half_meetings_like_them() -> None:
    build_scale(300, seed=7)

    meetings = Meeting.objects.filter(group__slug__startswith="s-7-")
    assert 600 <= meetings.count() <= 900
    assert not Group.objects.filter(slug__startswith="s-7-", meetings__isnull=True).exists()
    rules = {meeting.rrule.split(";")[0] + ("/2" if "INTERVAL=2" in meeting.rrule else "")
             for meeting in meetings}
    assert rules == {"FREQ=WEEKLY", "FREQ=WEEKLY/2", "FREQ=MONTHLY"}
    assert {meeting.attendance for meeting in meetings} == {"in_person", "online", "hybrid"}
    assert {meeting.duration_minutes for meeting in meetings} == {60, 90, 120}
    assert all(dt.time(7) <= meeting.start_time <= dt.time(21, 45) for meeting in meetings)
    assert not meetings.filter(attendance="online", group__format="in_person").exists()
    assert not meetings.exclude(attendance="in_person").filter(conference_url="").exists()
    assert not meetings.exclude(attendance="online").filter(group__place__isnull=True).exists()
    assert not meetings.exclude(time_zone=F("group__place__time_zone")).exclude(
        group__place__isnull=True).exists()
    assert all({"O", "C"} & set(meeting.types) for meeting in meetings)
    for meeting in meetings.prefetch_related("languages", "group__languages")[:100]:
        assert {language.code for language in meeting.languages.all()} <= {
            language.code for language in meeting.group.languages.all()
        }
    assert OccurrenceChange.objects.filter(kind="cancelled").exclude(reason="").exists()


def test_scale_occurrences_are_those_the_meetings_expand_to() -> None:
    """The fast path writes exactly what refreshing each meeting through the model writes."""
    build_scale(300, seed=7)
    ids = list(Meeting.objects.values_list("pk", flat=True))
    written = sorted(Occurrence.objects.values_list(*OCCURRENCE_FIELDS))

    refresh_meetings(ids)

    assert len(written) > 4 * len(ids)
    assert sorted(Occurrence.objects.values_list(*OCCURRENCE_FIELDS)) == written
    assert {row[5] for row in written} >= {"scheduled", "cancelled"}


def test_the_meetings_tables_keep_the_indexes_and_constraints_their_migrations_made() -> None:
    """The load drops them and makes them again: they must come back as they were."""
    tables = [model._meta.db_table for model in (
        Meeting, Meeting.languages.through, MeetingType, Occurrence)]

    def definitions() -> dict[str, Any]:
        with connection.cursor() as cursor:
            return {table: connection.introspection.get_constraints(cursor, table)
                    for table in tables}

    before = definitions()
    build_scale(30, seed=9)

    assert definitions() == before
    names = set(before[Occurrence._meta.db_table])
    assert {index.name for index in Occurrence._meta.indexes} <= names
    assert Occurrence.objects.exists()


@pytest.mark.parametrize(
    ("schedule", "time", "zone"),
    [
        (("weekly", (6,), 0), dt.time(2, 30), "Europe/Paris"),
        (("weekly", (1, 4), 0), dt.time(19), "America/Los_Angeles"),
        (("every_other_week", (6,), 0), dt.time(1, 30), "America/New_York"),
        (("monthly", (6,), -1), dt.time(2, 30), "Europe/London"),
        (("monthly", (5,), 2), dt.time(0, 15), "America/Santiago"),
        (("weekly", (3, 6), 0), dt.time(2, 30), "Australia/Sydney"),
    ],
)
@pytest.mark.parametrize("first", [dt.date(2026, 3, 1), dt.date(2026, 10, 1)])
def test_fast_expansion_matches_the_rules_across_clock_changes(
    schedule: Schedule, time: dt.time, zone: str, first: dt.date
) -> None:
    last = first + dt.timedelta(days=56)
    starts_on = dt.date(2025, 1, 5) + dt.timedelta(days=schedule[1][0] + 1)
    meeting = Meeting(rrule=schedule_rule(schedule), starts_on=starts_on, start_time=time,
                      duration_minutes=90, time_zone=zone)
    calendar = MeetingDates(first, last)

    fast = []
    for day in calendar.dates(schedule, starts_on):
        start, weekday, minute = calendar.start(zone, day, time)
        fast.append((day, start.replace(tzinfo=dt.UTC), weekday, minute))

    expected = [
        (planned.original_date, planned.start.astimezone(dt.UTC),
         (planned.start.weekday() + 1) % 7, planned.start.hour * 60 + planned.start.minute)
        for planned in expand(meeting, first, last)
    ]
    assert fast == expected
    assert expected
    offsets = {start.astimezone(zoneinfo.ZoneInfo(zone)).utcoffset() for _d, start, _w, _m
               in fast}
    if zone != "America/Santiago" and len(fast) > 2:
        assert len(offsets) == 2, "the window should cross a clock change"
