"""Meeting times are expanded in the meeting's own zone from its wall-clock time.

These tests use fixed dates in 2026 and the pure functions of recurrence.py, so they hold
whatever the date the suite runs on.
"""

import datetime as dt
import zoneinfo
from dataclasses import dataclass

import pytest
from dateutil import rrule as du
from django.core.exceptions import ValidationError
from hypothesis import given, settings
from hypothesis import strategies as st

from mutual.meetings.recurrence import (
    Exceptions,
    describe,
    expand,
    first_date,
    local_moment,
    rule_dates,
    validate_rule,
)

UTC = dt.UTC


@dataclass
class Plan:
    """A schedule as a meeting stores it."""

    rrule: str
    starts_on: dt.date
    start_time: dt.time
    time_zone: str
    duration_minutes: int = 90


def utc(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=UTC)


def by_date(plan: Plan, first: dt.date, last: dt.date, exceptions: Exceptions | None = None):
    return {occurrence.original_date: occurrence for occurrence in expand(
        plan, first, last, exceptions
    )}


# zone, weekly day, the occurrence before the change, its UTC start, the one after, its UTC start
CLOCK_CHANGES = [
    # US: clocks go forward on Sunday 8 March 2026 and back on Sunday 1 November 2026.
    ("America/New_York", "TU", dt.date(2026, 3, 3), utc(2026, 3, 4, 0), dt.date(2026, 3, 10),
     utc(2026, 3, 10, 23)),
    ("America/Los_Angeles", "TU", dt.date(2026, 3, 3), utc(2026, 3, 4, 3), dt.date(2026, 3, 10),
     utc(2026, 3, 11, 2)),
    ("America/New_York", "TU", dt.date(2026, 10, 27), utc(2026, 10, 27, 23),
     dt.date(2026, 11, 3), utc(2026, 11, 4, 0)),
    ("America/Los_Angeles", "TU", dt.date(2026, 10, 27), utc(2026, 10, 28, 2),
     dt.date(2026, 11, 3), utc(2026, 11, 4, 3)),
    # The change day itself: a Sunday meeting in the evening is already on the new time.
    ("America/New_York", "SU", dt.date(2026, 3, 1), utc(2026, 3, 2, 0), dt.date(2026, 3, 8),
     utc(2026, 3, 8, 23)),
    ("America/Los_Angeles", "SU", dt.date(2026, 10, 25), utc(2026, 10, 26, 2),
     dt.date(2026, 11, 1), utc(2026, 11, 2, 3)),
    # EU: forward on Sunday 29 March 2026, back on Sunday 25 October 2026.
    ("Europe/Paris", "TU", dt.date(2026, 3, 24), utc(2026, 3, 24, 18), dt.date(2026, 3, 31),
     utc(2026, 3, 31, 17)),
    ("Europe/London", "TU", dt.date(2026, 3, 24), utc(2026, 3, 24, 19), dt.date(2026, 3, 31),
     utc(2026, 3, 31, 18)),
    ("Europe/Paris", "TU", dt.date(2026, 10, 20), utc(2026, 10, 20, 17), dt.date(2026, 10, 27),
     utc(2026, 10, 27, 18)),
    ("Europe/London", "TU", dt.date(2026, 10, 20), utc(2026, 10, 20, 18), dt.date(2026, 10, 27),
     utc(2026, 10, 27, 19)),
    ("Europe/Paris", "SU", dt.date(2026, 3, 22), utc(2026, 3, 22, 18), dt.date(2026, 3, 29),
     utc(2026, 3, 29, 17)),
    ("Europe/London", "SU", dt.date(2026, 10, 18), utc(2026, 10, 18, 18), dt.date(2026, 10, 25),
     utc(2026, 10, 25, 19)),
]


@pytest.mark.parametrize(("zone", "day", "before", "before_utc", "after", "after_utc"),
                         CLOCK_CHANGES)
def test_a_weekly_meeting_stays_at_its_local_time_across_a_clock_change(
    zone: str, day: str, before: dt.date, before_utc: dt.datetime, after: dt.date,
    after_utc: dt.datetime,
) -> None:
    plan = Plan(f"FREQ=WEEKLY;BYDAY={day}", dt.date(2026, 1, 1), dt.time(19), zone)

    found = by_date(plan, before, after)

    assert sorted(found) == [before, after]
    for day_, expected in ((before, before_utc), (after, after_utc)):
        occurrence = found[day_]
        assert occurrence.start.astimezone(UTC) == expected
        assert occurrence.start.tzinfo == zoneinfo.ZoneInfo(zone)
        assert occurrence.start.strftime("%Y-%m-%d %H:%M") == f"{day_.isoformat()} 19:00"
        assert occurrence.end.strftime("%H:%M") == "20:30"
    # The UTC instant moves by an hour: a week is not 168 hours across the change.
    gap = found[after].start.astimezone(UTC) - found[before].start.astimezone(UTC)
    assert abs(gap - dt.timedelta(days=7)) == dt.timedelta(hours=1)


def test_new_york_and_paris_are_five_hours_apart_between_the_two_changes() -> None:
    new_york = Plan("FREQ=WEEKLY;BYDAY=TU", dt.date(2026, 1, 6), dt.time(13), "America/New_York")
    found = by_date(new_york, dt.date(2026, 3, 3), dt.date(2026, 4, 7))

    in_paris = {
        day: occurrence.start.astimezone(zoneinfo.ZoneInfo("Europe/Paris")).strftime("%H:%M")
        for day, occurrence in found.items()
    }

    assert in_paris == {
        dt.date(2026, 3, 3): "19:00",
        dt.date(2026, 3, 10): "18:00",
        dt.date(2026, 3, 17): "18:00",
        dt.date(2026, 3, 24): "18:00",
        dt.date(2026, 3, 31): "19:00",
        dt.date(2026, 4, 7): "19:00",
    }


@pytest.mark.parametrize(
    ("zone", "night", "time", "expected_utc", "expected_local"),
    [
        # The hour from 02:00 does not exist in America and in Paris; in London it is 01:00.
        ("America/New_York", dt.date(2026, 3, 8), dt.time(2, 30), utc(2026, 3, 8, 7, 30),
         "2026-03-08T03:30:00-04:00"),
        ("America/Los_Angeles", dt.date(2026, 3, 8), dt.time(2, 30), utc(2026, 3, 8, 10, 30),
         "2026-03-08T03:30:00-07:00"),
        ("Europe/Paris", dt.date(2026, 3, 29), dt.time(2, 30), utc(2026, 3, 29, 1, 30),
         "2026-03-29T03:30:00+02:00"),
        ("Europe/London", dt.date(2026, 3, 29), dt.time(1, 30), utc(2026, 3, 29, 1, 30),
         "2026-03-29T02:30:00+01:00"),
    ],
)
def test_a_meeting_in_the_hour_skipped_on_the_spring_night_is_held_an_hour_later(
    zone: str, night: dt.date, time: dt.time, expected_utc: dt.datetime, expected_local: str
) -> None:
    plan = Plan("FREQ=WEEKLY;BYDAY=SU", dt.date(2026, 1, 4), time, zone, duration_minutes=60)

    found = by_date(plan, night - dt.timedelta(days=7), night + dt.timedelta(days=7))

    assert len(found) == 3, "the nonexistent time is moved, not skipped"
    gap_night = found[night]
    assert gap_night.start.astimezone(UTC) == expected_utc
    assert gap_night.start.isoformat() == expected_local
    assert gap_night.end.astimezone(UTC) - gap_night.start.astimezone(UTC) == dt.timedelta(
        hours=1
    )
    # The weeks around it are at the usual time.
    for day in (night - dt.timedelta(days=7), night + dt.timedelta(days=7)):
        assert found[day].start.time() == time


@pytest.mark.parametrize(
    ("zone", "night", "expected_utc", "offset"),
    [
        ("America/New_York", dt.date(2026, 11, 1), utc(2026, 11, 1, 5, 30), "-04:00"),
        ("America/Los_Angeles", dt.date(2026, 11, 1), utc(2026, 11, 1, 8, 30), "-07:00"),
        ("Europe/Paris", dt.date(2026, 10, 25), utc(2026, 10, 25, 0, 30), "+02:00"),
        ("Europe/London", dt.date(2026, 10, 25), utc(2026, 10, 25, 0, 30), "+01:00"),
    ],
)
def test_a_meeting_in_the_repeated_hour_of_the_autumn_night_is_the_first_one(
    zone: str, night: dt.date, expected_utc: dt.datetime, offset: str
) -> None:
    # In Paris the repeated hour is 02:00-03:00; elsewhere 01:00-02:00.
    time = dt.time(2, 30) if zone == "Europe/Paris" else dt.time(1, 30)
    plan = Plan("FREQ=WEEKLY;BYDAY=SU", dt.date(2026, 1, 4), time, zone, duration_minutes=60)

    occurrence = by_date(plan, night, night)[night]

    assert occurrence.start.astimezone(UTC) == expected_utc
    assert occurrence.start.isoformat().endswith(offset), "the daylight-time one, the first"
    assert occurrence.start.strftime("%H:%M") == time.strftime("%H:%M")


def test_local_moment_resolves_gaps_forward_and_repeats_to_the_first() -> None:
    new_york = zoneinfo.ZoneInfo("America/New_York")

    assert local_moment(dt.date(2026, 3, 8), dt.time(2, 30), new_york).isoformat() == (
        "2026-03-08T03:30:00-04:00"
    )
    assert local_moment(dt.date(2026, 11, 1), dt.time(1, 30), new_york).isoformat() == (
        "2026-11-01T01:30:00-04:00"
    )
    assert local_moment(dt.date(2026, 6, 1), dt.time(19), new_york).isoformat() == (
        "2026-06-01T19:00:00-04:00"
    )


@pytest.mark.parametrize(
    ("night", "start", "minutes", "end_local"),
    [
        # Two hours from 01:00 on the spring night end at 04:00: the clock skips 02:00-03:00.
        (dt.date(2026, 3, 8), dt.time(1), 120, "2026-03-08T04:00:00-04:00"),
        # Ninety minutes from 01:00 (daylight time) on the autumn night end at 01:30 standard.
        (dt.date(2026, 11, 1), dt.time(1), 90, "2026-11-01T01:30:00-05:00"),
    ],
)
def test_a_meeting_lasts_its_duration_in_elapsed_time_across_the_change(
    night: dt.date, start: dt.time, minutes: int, end_local: str
) -> None:
    plan = Plan("FREQ=WEEKLY;BYDAY=SU", dt.date(2026, 1, 4), start, "America/New_York",
                duration_minutes=minutes)

    occurrence = by_date(plan, night, night)[night]

    assert occurrence.end.isoformat() == end_local
    elapsed = occurrence.end.astimezone(UTC) - occurrence.start.astimezone(UTC)
    assert elapsed == dt.timedelta(minutes=minutes)


class TestDateLine:
    """Monday 19:00 in Auckland is Sunday evening in Honolulu and Los Angeles."""

    plan = Plan("FREQ=WEEKLY;BYDAY=MO", dt.date(2026, 1, 5), dt.time(19), "Pacific/Auckland")

    @pytest.mark.parametrize(
        ("viewer", "seen"),
        [
            ("America/Los_Angeles", "Sunday 2026-01-11 22:00"),
            ("Pacific/Honolulu", "Sunday 2026-01-11 20:00"),
            ("Europe/London", "Monday 2026-01-12 06:00"),
        ],
    )
    def test_viewers_across_the_date_line_see_it_the_day_before(
        self, viewer: str, seen: str
    ) -> None:
        occurrence = by_date(self.plan, dt.date(2026, 1, 12), dt.date(2026, 1, 12))[
            dt.date(2026, 1, 12)
        ]

        assert occurrence.start.strftime("%A %Y-%m-%d %H:%M") == "Monday 2026-01-12 19:00"
        assert occurrence.start.astimezone(zoneinfo.ZoneInfo(viewer)).strftime(
            "%A %Y-%m-%d %H:%M"
        ) == seen

    def test_winter_in_auckland_still_puts_it_on_sunday_in_honolulu(self) -> None:
        occurrence = by_date(self.plan, dt.date(2026, 7, 6), dt.date(2026, 7, 6))[
            dt.date(2026, 7, 6)
        ]

        assert occurrence.start.isoformat() == "2026-07-06T19:00:00+12:00"
        honolulu = occurrence.start.astimezone(zoneinfo.ZoneInfo("Pacific/Honolulu"))
        assert honolulu.strftime("%A %H:%M") == "Sunday 21:00"


class TestExceptions:
    plan = Plan("FREQ=WEEKLY;BYDAY=TU", dt.date(2026, 1, 6), dt.time(19), "America/New_York")
    first, last = dt.date(2026, 3, 1), dt.date(2026, 3, 31)

    def test_a_moved_occurrence_appears_once_at_its_new_time(self) -> None:
        new_start = dt.datetime(2026, 3, 12, 18, 30, tzinfo=zoneinfo.ZoneInfo("America/New_York"))
        exceptions = Exceptions(
            cancelled={}, moved={dt.date(2026, 3, 10): (new_start, None, "The hall is booked")},
            paused=[],
        )

        found = expand(self.plan, self.first, self.last, exceptions)

        starts = [occurrence.start.strftime("%a %d %H:%M") for occurrence in found]
        assert starts == ["Tue 03 19:00", "Thu 12 18:30", "Tue 17 19:00", "Tue 24 19:00",
                          "Tue 31 19:00"]
        moved = found[1]
        assert (moved.original_date, moved.status, moved.reason) == (
            dt.date(2026, 3, 10), "moved", "The hall is booked"
        )
        assert moved.end - moved.start == dt.timedelta(minutes=90)

    def test_a_moved_occurrence_may_last_another_length(self) -> None:
        new_start = dt.datetime(2026, 3, 10, 20, tzinfo=UTC)
        exceptions = Exceptions(cancelled={}, moved={dt.date(2026, 3, 10): (new_start, 45, "")},
                                paused=[])

        moved = by_date(self.plan, self.first, self.last, exceptions)[dt.date(2026, 3, 10)]

        assert moved.start.isoformat() == "2026-03-10T16:00:00-04:00"
        assert moved.end.isoformat() == "2026-03-10T16:45:00-04:00"

    def test_a_cancelled_occurrence_is_kept_with_its_reason(self) -> None:
        exceptions = Exceptions(cancelled={dt.date(2026, 3, 17): "St Patrick's Day"}, moved={},
                                paused=[])

        found = by_date(self.plan, self.first, self.last, exceptions)

        assert len(found) == 5
        assert (found[dt.date(2026, 3, 17)].status, found[dt.date(2026, 3, 17)].reason) == (
            "cancelled", "St Patrick's Day"
        )
        assert found[dt.date(2026, 3, 17)].start.strftime("%H:%M") == "19:00"
        assert {found[day].status for day in found if day != dt.date(2026, 3, 17)} == {
            "scheduled"
        }

    def test_a_pause_cancels_each_date_in_its_range(self) -> None:
        exceptions = Exceptions(
            cancelled={}, moved={},
            paused=[(dt.date(2026, 3, 9), dt.date(2026, 3, 24), "Spring break")],
        )

        found = by_date(self.plan, self.first, self.last, exceptions)

        shown = {day: (occurrence.status, occurrence.reason) for day, occurrence in found.items()}
        assert shown == {
            dt.date(2026, 3, 3): ("scheduled", ""),
            dt.date(2026, 3, 10): ("cancelled", "Spring break"),
            dt.date(2026, 3, 17): ("cancelled", "Spring break"),
            dt.date(2026, 3, 24): ("cancelled", "Spring break"),
            dt.date(2026, 3, 31): ("scheduled", ""),
        }


RULES = [
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", dt.date(2026, 1, 6),
     [dt.date(2026, 1, 6), dt.date(2026, 1, 20), dt.date(2026, 2, 3), dt.date(2026, 2, 17),
      dt.date(2026, 3, 3), dt.date(2026, 3, 17), dt.date(2026, 3, 31), dt.date(2026, 4, 14),
      dt.date(2026, 4, 28)]),
    ("FREQ=MONTHLY;BYDAY=1SA", dt.date(2026, 1, 1),
     [dt.date(2026, 1, 3), dt.date(2026, 2, 7), dt.date(2026, 3, 7), dt.date(2026, 4, 4)]),
    ("FREQ=MONTHLY;BYDAY=-1FR", dt.date(2026, 1, 1),
     [dt.date(2026, 1, 30), dt.date(2026, 2, 27), dt.date(2026, 3, 27), dt.date(2026, 4, 24)]),
    ("FREQ=WEEKLY;BYDAY=TU;UNTIL=20260127", dt.date(2026, 1, 1),
     [dt.date(2026, 1, 6), dt.date(2026, 1, 13), dt.date(2026, 1, 20), dt.date(2026, 1, 27)]),
    ("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=3", dt.date(2026, 1, 1),
     [dt.date(2026, 1, 1), dt.date(2026, 1, 6), dt.date(2026, 1, 8)]),
    ("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2", dt.date(2026, 1, 1),
     [dt.date(2026, 1, 13), dt.date(2026, 2, 10), dt.date(2026, 3, 10), dt.date(2026, 4, 14)]),
]


@pytest.mark.parametrize(("rule", "starts_on", "expected"), RULES)
def test_rules_give_the_dates_people_expect(
    rule: str, starts_on: dt.date, expected: list[dt.date]
) -> None:
    plan = Plan(validate_rule(rule), starts_on, dt.time(10), "Europe/Paris")

    assert rule_dates(plan, dt.date(2026, 1, 1), dt.date(2026, 4, 30)) == expected
    assert all(
        occurrence.start.strftime("%H:%M") == "10:00"
        for occurrence in expand(plan, dt.date(2026, 1, 1), dt.date(2026, 4, 30))
    )


def test_a_date_until_includes_its_last_local_day_whatever_the_hour() -> None:
    late = Plan("FREQ=WEEKLY;BYDAY=TU;UNTIL=20260127", dt.date(2026, 1, 6), dt.time(23, 30),
                "Pacific/Auckland")

    assert rule_dates(late, dt.date(2026, 1, 1), dt.date(2026, 3, 1))[-1] == dt.date(2026, 1, 27)


def test_a_utc_until_is_read_as_a_moment_not_as_local_time() -> None:
    # Monday 9 March 19:00 in Los Angeles is 02:00 UTC on the 10th, after this UNTIL.
    plan = Plan("FREQ=WEEKLY;BYDAY=MO;UNTIL=20260310T010000Z", dt.date(2026, 2, 23),
                dt.time(19), "America/Los_Angeles")

    assert rule_dates(plan, dt.date(2026, 2, 1), dt.date(2026, 4, 1)) == [
        dt.date(2026, 2, 23), dt.date(2026, 3, 2)
    ]


def test_a_rule_never_starts_before_its_first_date() -> None:
    plan = Plan("FREQ=WEEKLY;BYDAY=TU", dt.date(2026, 3, 11), dt.time(19), "America/New_York")

    assert rule_dates(plan, dt.date(2026, 3, 1), dt.date(2026, 3, 31)) == [
        dt.date(2026, 3, 17), dt.date(2026, 3, 24), dt.date(2026, 3, 31)
    ]
    assert first_date(plan) == dt.date(2026, 3, 17)


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=HOURLY", "A rule starts with FREQ=WEEKLY"),
        ("BYDAY=TU", "A rule starts with FREQ=WEEKLY"),
        ("FREQ=WEEKLY;BYDAY=TU;BYHOUR=19", "Leave BYHOUR out of the rule"),
        ("FREQ=WEEKLY;TZID=Europe/Paris", "Leave TZID out of the rule"),
        ("FREQ=WEEKLY;BYDAY=XX", "This is not a rule we can read"),
        ("FREQ=WEEKLY;UNTIL=NEXTYEAR", "This is not a rule we can read"),
    ],
)
def test_a_rule_that_cannot_be_used_is_refused_with_what_to_fix(rule: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_rule(rule)

    assert message in caught.value.messages[0]


def test_validate_rule_gives_a_canonical_rule() -> None:
    assert validate_rule("rrule:byday=tu;freq=weekly;interval=2") == (
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"
    )


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("FREQ=WEEKLY;BYDAY=TU", "Every Tuesday"),
        ("FREQ=WEEKLY;BYDAY=MO,TH", "Every Monday, Thursday"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "Every other week on Tuesday"),
        ("FREQ=MONTHLY;BYDAY=1SA", "The first Saturday of the month"),
        ("FREQ=MONTHLY;BYDAY=-1FR", "The last Friday of the month"),
        ("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2", "The second Tuesday of the month"),
    ],
)
def test_rules_are_described_in_words(rule: str, words: str) -> None:
    assert describe(rule, dt.date(2026, 1, 6)) == words


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "never have that day"),
        ("FREQ=WEEKLY;INTERVAL=0", "INTERVAL must be"),
        ("FREQ=WEEKLY;INTERVAL=-2", "INTERVAL must be"),
        ("FREQ=WEEKLY;COUNT=0", "COUNT must be"),
        ("FREQ=YEARLY;BYWEEKNO=20", "do not use BYWEEKNO"),
        ("FREQ=YEARLY;BYYEARDAY=100", "do not use BYYEARDAY"),
    ],
)
def test_rules_that_never_happen_or_expand_slowly_are_refused(rule: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        validate_rule(rule)


RULES_TO_SHORTEN = [
    "FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=TU,SA", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
    "FREQ=WEEKLY;INTERVAL=3", "FREQ=DAILY", "FREQ=DAILY;INTERVAL=4",
    "FREQ=MONTHLY;BYDAY=1SA", "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU",
    "FREQ=MONTHLY;BYMONTHDAY=31", "FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1", "FREQ=MONTHLY",
    "FREQ=YEARLY", "FREQ=WEEKLY;BYDAY=WE;COUNT=40", "FREQ=WEEKLY;BYDAY=SU;UNTIL=20270101",
]


@settings(max_examples=300, deadline=None)
@given(
    rule=st.sampled_from(RULES_TO_SHORTEN),
    starts_on=st.dates(dt.date(2000, 1, 1), dt.date(2026, 12, 31)),
    offset=st.integers(0, 4000),
    span=st.integers(0, 60),
)
def test_counting_from_a_later_start_gives_the_same_dates(
    rule: str, starts_on: dt.date, offset: int, span: int
) -> None:
    first = starts_on + dt.timedelta(days=offset)
    last = first + dt.timedelta(days=span)
    plan = Plan(rule, starts_on, dt.time(19), "Europe/Paris")
    walked = du.rrulestr(rule.replace("UNTIL=20270101", "UNTIL=20270101T235959"),
                         dtstart=dt.datetime.combine(starts_on, dt.time(19)))
    expected = [moment.date() for moment in walked.between(
        dt.datetime.combine(first, dt.time.min), dt.datetime.combine(last, dt.time.max),
        inc=True,
    )]

    assert rule_dates(plan, first, last) == expected
