"""Coming occurrences as the finder reads them, rebuilt for fixed dates.

Every test rebuilds its meetings' rows with `refresh_meetings(..., today=...)` and asks
`find_occurrences(..., now=...)`, so the results do not depend on the day the suite runs.
"""

import datetime as dt
import zoneinfo
from typing import Any

import pytest

from mutual.groups.models import Group
from mutual.meetings.actions import (
    cancel_occurrence,
    create_meeting,
    end_pause,
    move_occurrence,
    pause_meeting,
    update_meeting,
)
from mutual.meetings.models import Meeting, Occurrence
from mutual.meetings.occurrences import (
    HORIZON_DAYS,
    extend_all,
    refresh_all,
    refresh_meetings,
)
from mutual.meetings.queries import (
    FinderCriteria,
    attach_meetings,
    find_occurrences,
    occurrence_status,
)
from mutual.meetings.serializers import OccurrenceSerializer
from mutual.places.lookup import ResolvedPlace
from tests.factories import GroupFactory, MeetingFactory, PlaceFactory

pytestmark = pytest.mark.django_db

UTC = dt.UTC
CODES = ("SU", "MO", "TU", "WE", "TH", "FR", "SA")
# Monday 9 March 2026, noon UTC: the day after the US clocks went forward.
TODAY = dt.date(2026, 3, 9)
NOW = dt.datetime(2026, 3, 9, 12, tzinfo=UTC)


def place_in(zone: str, latitude: float = 45.76, longitude: float = 4.84) -> Any:
    return PlaceFactory(time_zone=zone, latitude=latitude, longitude=longitude)


def meeting(
    zone: str = "America/New_York", rrule: str = "FREQ=WEEKLY;BYDAY=TU",
    start_time: dt.time = dt.time(19), starts_on: dt.date = dt.date(2026, 1, 5),
    today: dt.date = TODAY, group: Group | None = None, **fields: Any,
) -> Meeting:
    """A meeting whose rows are rebuilt as if today were `today`."""
    group = group or GroupFactory(place=place_in(zone))
    made = MeetingFactory(group=group, rrule=rrule, start_time=start_time, starts_on=starts_on,
                          time_zone=zone, **fields)
    refresh_meetings([made.pk], today=today)
    return made


def rows(made: Meeting) -> list[Occurrence]:
    return list(Occurrence.objects.filter(meeting=made).order_by("starts_at"))


def found(criteria: FinderCriteria | None = None, now: dt.datetime = NOW) -> list[Occurrence]:
    return list(find_occurrences(criteria or FinderCriteria(), now=now))


def local(occurrence: Occurrence, zone: str) -> str:
    return occurrence.starts_at.astimezone(zoneinfo.ZoneInfo(zone)).strftime("%a %Y-%m-%d %H:%M")


class TestRowsFollowTheWallClock:
    def test_us_spring_change(self) -> None:
        made = meeting("America/New_York", today=dt.date(2026, 2, 20))

        stored = [row for row in rows(made) if row.original_date <= dt.date(2026, 3, 17)]

        assert [row.starts_at for row in stored] == [
            dt.datetime(2026, 2, 25, 0, tzinfo=UTC),
            dt.datetime(2026, 3, 4, 0, tzinfo=UTC),
            dt.datetime(2026, 3, 10, 23, tzinfo=UTC),
            dt.datetime(2026, 3, 17, 23, tzinfo=UTC),
        ]
        assert {(row.local_weekday, row.local_minute) for row in rows(made)} == {(2, 19 * 60)}

    def test_us_autumn_change_in_los_angeles(self) -> None:
        made = meeting("America/Los_Angeles", today=dt.date(2026, 10, 20))

        stored = {row.original_date: row.starts_at for row in rows(made)}

        assert stored[dt.date(2026, 10, 27)] == dt.datetime(2026, 10, 28, 2, tzinfo=UTC)
        assert stored[dt.date(2026, 11, 3)] == dt.datetime(2026, 11, 4, 3, tzinfo=UTC)
        assert {local(row, "America/Los_Angeles")[-5:] for row in rows(made)} == {"19:00"}

    @pytest.mark.parametrize(
        ("zone", "today", "before", "after"),
        [
            ("Europe/Paris", dt.date(2026, 3, 20), dt.datetime(2026, 3, 24, 18, tzinfo=UTC),
             dt.datetime(2026, 3, 31, 17, tzinfo=UTC)),
            ("Europe/London", dt.date(2026, 10, 15), dt.datetime(2026, 10, 20, 18, tzinfo=UTC),
             dt.datetime(2026, 10, 27, 19, tzinfo=UTC)),
        ],
    )
    def test_eu_changes(
        self, zone: str, today: dt.date, before: dt.datetime, after: dt.datetime
    ) -> None:
        made = meeting(zone, today=today)

        starts = [row.starts_at for row in rows(made)]

        assert starts[starts.index(before) + 1] == after
        assert {local(row, zone)[-5:] for row in rows(made)} == {"19:00"}

    def test_the_hour_that_does_not_exist_is_stored_an_hour_later(self) -> None:
        made = meeting("America/New_York", rrule="FREQ=WEEKLY;BYDAY=SU",
                       start_time=dt.time(2, 30), today=dt.date(2026, 3, 1), duration_minutes=60)

        by_date = {row.original_date: row for row in rows(made)}

        assert by_date[dt.date(2026, 3, 8)].starts_at == dt.datetime(2026, 3, 8, 7, 30, tzinfo=UTC)
        assert local(by_date[dt.date(2026, 3, 8)], "America/New_York") == "Sun 2026-03-08 03:30"
        assert local(by_date[dt.date(2026, 3, 15)], "America/New_York") == "Sun 2026-03-15 02:30"
        assert by_date[dt.date(2026, 3, 8)].local_weekday == 0

    def test_the_repeated_hour_is_stored_as_the_first(self) -> None:
        made = meeting("America/New_York", rrule="FREQ=WEEKLY;BYDAY=SU",
                       start_time=dt.time(1, 30), today=dt.date(2026, 10, 28), duration_minutes=60)

        by_date = {row.original_date: row for row in rows(made)}

        assert by_date[dt.date(2026, 11, 1)].starts_at == dt.datetime(
            2026, 11, 1, 5, 30, tzinfo=UTC
        )
        assert by_date[dt.date(2026, 11, 1)].ends_at == dt.datetime(
            2026, 11, 1, 6, 30, tzinfo=UTC
        )

    def test_rows_cover_the_horizon_and_no_further(self) -> None:
        made = meeting(rrule="FREQ=DAILY")

        dates = [row.original_date for row in rows(made)]

        assert dates[0] == TODAY - dt.timedelta(days=1)
        assert dates[-1] == TODAY + dt.timedelta(days=HORIZON_DAYS)
        assert len(dates) == HORIZON_DAYS + 2

    def test_refresh_all_moves_the_horizon_and_drops_what_has_passed(self) -> None:
        made = meeting(rrule="FREQ=DAILY")

        refresh_all(today=TODAY + dt.timedelta(days=10))

        dates = [row.original_date for row in rows(made)]
        assert dates[0] == TODAY + dt.timedelta(days=9)
        assert dates[-1] == TODAY + dt.timedelta(days=10 + HORIZON_DAYS)


class TestChanges:
    def test_a_moved_occurrence_is_found_once_at_its_new_time(self) -> None:
        made = meeting("America/New_York")
        new_start = dt.datetime(2026, 3, 12, 10, tzinfo=zoneinfo.ZoneInfo("America/New_York"))
        move_occurrence(actor=None, meeting=made, original_date=dt.date(2026, 3, 10),
                        new_start=new_start, reason="Election day: the hall is a polling station")
        refresh_meetings([made.pk], today=TODAY)

        listed = found(FinderCriteria(date_to=dt.date(2026, 3, 18)))

        assert [(row.original_date, local(row, "America/New_York")) for row in listed] == [
            (dt.date(2026, 3, 10), "Thu 2026-03-12 10:00"),
            (dt.date(2026, 3, 17), "Tue 2026-03-17 19:00"),
        ]
        assert occurrence_status(listed[0], NOW) == "moved"
        assert listed[0].reason == "Election day: the hall is a polling station"

    def test_the_finder_filters_a_moved_occurrence_by_when_it_now_happens(self) -> None:
        made = meeting("America/New_York")
        move_occurrence(
            actor=None, meeting=made, original_date=dt.date(2026, 3, 10),
            new_start=dt.datetime(2026, 3, 12, 10, tzinfo=zoneinfo.ZoneInfo("America/New_York")),
            reason="",
        )
        refresh_meetings([made.pk], today=TODAY)

        two_weeks = dt.date(2026, 3, 18)
        thursday_mornings = found(
            FinderCriteria(days=(4,), time_of_day="morning", date_to=two_weeks)
        )
        tuesday_evenings = found(
            FinderCriteria(days=(2,), time_of_day="evening", date_to=two_weeks)
        )

        assert [row.original_date for row in thursday_mornings] == [dt.date(2026, 3, 10)]
        assert [row.original_date for row in tuesday_evenings] == [dt.date(2026, 3, 17)]

    def test_moving_onto_another_occurrences_day_shows_both_once(self) -> None:
        made = meeting("America/New_York")
        move_occurrence(
            actor=None, meeting=made, original_date=dt.date(2026, 3, 10),
            new_start=dt.datetime(2026, 3, 17, 17, tzinfo=zoneinfo.ZoneInfo("America/New_York")),
            reason="",
        )
        refresh_meetings([made.pk], today=TODAY)

        listed = found(FinderCriteria(date_to=dt.date(2026, 3, 18)))

        assert [local(row, "America/New_York") for row in listed] == [
            "Tue 2026-03-17 17:00", "Tue 2026-03-17 19:00"
        ]

    def test_a_cancelled_occurrence_is_listed_as_cancelled_with_its_reason(self) -> None:
        made = meeting("America/New_York")
        cancel_occurrence(actor=None, meeting=made, original_date=dt.date(2026, 3, 10),
                          reason="Snow: the building is closed")
        refresh_meetings([made.pk], today=TODAY)

        listed = found(FinderCriteria(date_to=dt.date(2026, 3, 18)))

        assert [(row.original_date, occurrence_status(row, NOW), row.reason) for row in listed] == [
            (dt.date(2026, 3, 10), "cancelled", "Snow: the building is closed"),
            (dt.date(2026, 3, 17), "upcoming", ""),
        ]

    def test_a_pause_cancels_each_date_and_ending_it_restores_them(self) -> None:
        made = meeting("America/New_York")
        pause = pause_meeting(actor=None, meeting=made, starts_on=dt.date(2026, 3, 10),
                              ends_on=dt.date(2026, 3, 24), reason="Spring break")
        refresh_meetings([made.pk], today=TODAY)

        by_date = {row.original_date: row for row in rows(made)}
        assert {day: by_date[day].status for day in sorted(by_date)[:5]} == {
            dt.date(2026, 3, 10): "cancelled",
            dt.date(2026, 3, 17): "cancelled",
            dt.date(2026, 3, 24): "cancelled",
            dt.date(2026, 3, 31): "scheduled",
            dt.date(2026, 4, 7): "scheduled",
        }
        assert by_date[dt.date(2026, 3, 17)].reason == "Spring break"

        end_pause(actor=None, pause=pause)
        refresh_meetings([made.pk], today=TODAY)

        assert {row.status for row in rows(made)} == {"scheduled"}

    def test_a_meeting_that_changes_time_is_found_at_its_new_time(self) -> None:
        made = meeting("America/New_York")
        update_meeting(actor=None, meeting=made, data={"start_time": dt.time(18, 30)})
        refresh_meetings([made.pk], today=TODAY)

        assert {local(row, "America/New_York")[-5:] for row in rows(made)} == {"18:30"}

    def test_a_meeting_temporarily_closed_is_not_listed(self) -> None:
        made = meeting("America/New_York")
        update_meeting(actor=None, meeting=made,
                       data={"status": Meeting.Status.TEMPORARILY_CLOSED})
        refresh_meetings([made.pk], today=TODAY)

        assert found() == []


@pytest.mark.parametrize(
    ("visibility", "status", "listed"),
    [
        (Group.Visibility.PUBLIC, Group.Status.ACTIVE, True),
        (Group.Visibility.PRIVATE, Group.Status.ACTIVE, True),
        (Group.Visibility.LISTED, Group.Status.ACTIVE, False),
        (Group.Visibility.SECRET, Group.Status.ACTIVE, False),
        (Group.Visibility.PUBLIC, Group.Status.CLOSED, False),
        (Group.Visibility.PUBLIC, Group.Status.PAUSED, False),
    ],
)
def test_only_groups_that_show_their_details_are_in_the_finder(
    visibility: str, status: str, listed: bool
) -> None:
    group = GroupFactory(visibility=visibility, status=status)
    meeting(group=group)

    assert bool(found()) is listed


def test_results_are_in_order_of_start_whatever_the_zone() -> None:
    meeting("Europe/Paris", start_time=dt.time(19))  # 18:00 UTC on Tuesday 10 March
    meeting("America/New_York", start_time=dt.time(19))  # 23:00 UTC
    meeting("America/Los_Angeles", start_time=dt.time(19))  # 02:00 UTC on Wednesday
    meeting("Pacific/Auckland", rrule="FREQ=WEEKLY;BYDAY=WE",
            start_time=dt.time(8))  # 19:00 UTC on Tuesday, 8:00 on Wednesday there

    listed = found(FinderCriteria(date_to=dt.date(2026, 3, 11)))

    assert [row.starts_at for row in listed] == sorted(row.starts_at for row in listed)
    assert [row.meeting.time_zone for row in listed] == [
        "Europe/Paris", "Pacific/Auckland", "America/New_York", "America/Los_Angeles"
    ]


class TestDateLine:
    """Monday 19:00 in Auckland is Sunday in Honolulu and Los Angeles (in January)."""

    now = dt.datetime(2026, 1, 8, 12, tzinfo=UTC)

    def made(self) -> Meeting:
        return meeting("Pacific/Auckland", rrule="FREQ=WEEKLY;BYDAY=MO",
                       today=dt.date(2026, 1, 8))

    @pytest.mark.parametrize("viewer", ["America/Los_Angeles", "Pacific/Honolulu"])
    def test_the_day_filter_counts_in_the_meetings_zone(self, viewer: str) -> None:
        self.made()
        zone = zoneinfo.ZoneInfo(viewer)

        monday = found(FinderCriteria(days=(1,), viewer_zone=zone), now=self.now)
        sunday = found(FinderCriteria(days=(0,), viewer_zone=zone), now=self.now)

        assert [row.original_date for row in monday] == [dt.date(2026, 1, 12)]
        assert sunday == []

    @pytest.mark.parametrize(
        ("viewer", "seen"),
        [("America/Los_Angeles", "2026-01-11T22:00:00-08:00"),
         ("Pacific/Honolulu", "2026-01-11T20:00:00-10:00")],
    )
    def test_the_viewer_sees_it_on_sunday_at_their_time(self, viewer: str, seen: str) -> None:
        self.made()
        listed = found(FinderCriteria(days=(1,)), now=self.now)
        attach_meetings(listed)

        data = OccurrenceSerializer(
            listed[0], context={"now": self.now, "viewer_zone": zoneinfo.ZoneInfo(viewer)}
        ).data

        assert data["start"] == "2026-01-12T19:00:00+13:00"
        assert data["viewer"]["start"] == seen
        assert dt.datetime.fromisoformat(data["viewer"]["start"]).strftime("%A") == "Sunday"

    def test_dates_asked_for_are_days_in_the_viewers_zone(self) -> None:
        self.made()
        honolulu = zoneinfo.ZoneInfo("Pacific/Honolulu")

        on_sunday = found(FinderCriteria(date_from=dt.date(2026, 1, 11),
                                         date_to=dt.date(2026, 1, 11), viewer_zone=honolulu),
                          now=self.now)
        on_monday = found(FinderCriteria(date_from=dt.date(2026, 1, 12),
                                         date_to=dt.date(2026, 1, 12), viewer_zone=honolulu),
                          now=self.now)

        assert [row.original_date for row in on_sunday] == [dt.date(2026, 1, 12)]
        assert on_monday == []


class TestWindow:
    def test_time_of_day_is_local_and_night_wraps_past_midnight(self) -> None:
        times = {
            "early": dt.time(4, 59), "morning": dt.time(5), "noon": dt.time(12),
            "evening": dt.time(20, 59), "late": dt.time(21), "small hours": dt.time(0, 30),
        }
        made = {
            label: meeting("Asia/Tokyo", rrule="FREQ=DAILY", start_time=time, name=label)
            for label, time in times.items()
        }
        names = {meeting.pk: label for label, meeting in made.items()}

        def labels(period: str) -> set[str]:
            return {names[row.meeting_id] for row in found(FinderCriteria(time_of_day=period))}

        assert labels("night") == {"early", "late", "small hours"}
        assert labels("morning") == {"morning"}
        assert labels("afternoon") == {"noon"}
        assert labels("evening") == {"evening"}

    def test_starts_within_hours(self) -> None:
        # 14:00 and 17:00 UTC on Monday 9 March: two and five hours after NOW.
        soon = meeting("Europe/London", rrule="FREQ=WEEKLY;BYDAY=MO", start_time=dt.time(14))
        later = meeting("Europe/London", rrule="FREQ=WEEKLY;BYDAY=MO", start_time=dt.time(17))

        within_3 = {row.meeting_id for row in found(FinderCriteria(starts_within_hours=3))}
        within_6 = {row.meeting_id for row in found(FinderCriteria(starts_within_hours=6))}

        assert within_3 == {soon.pk}
        assert within_6 == {soon.pk, later.pk}

    def test_a_meeting_that_started_ten_minutes_ago_is_in_progress(self) -> None:
        made = meeting("Europe/London", rrule="FREQ=WEEKLY;BYDAY=MO", start_time=dt.time(11, 50))
        meeting("Europe/London", rrule="FREQ=WEEKLY;BYDAY=MO", start_time=dt.time(10))  # over

        listed = found(FinderCriteria(in_progress_or_within_hour=True))

        assert [(row.meeting_id, occurrence_status(row, NOW)) for row in listed] == [
            (made.pk, "in_progress")
        ]

    def test_the_now_window_holds_what_starts_within_the_hour(self) -> None:
        in_50 = meeting("Europe/London", rrule="FREQ=WEEKLY;BYDAY=MO", start_time=dt.time(12, 50))
        meeting("Europe/London", rrule="FREQ=WEEKLY;BYDAY=MO", start_time=dt.time(13, 10))

        listed = found(FinderCriteria(in_progress_or_within_hour=True))

        assert [(row.meeting_id, occurrence_status(row, NOW)) for row in listed] == [
            (in_50.pk, "upcoming")
        ]

    def test_a_long_meeting_added_after_a_search_is_still_found_in_progress(self) -> None:
        meeting("Europe/London", rrule="FREQ=WEEKLY;BYDAY=MO", start_time=dt.time(20),
                duration_minutes=60)
        assert found(FinderCriteria(in_progress_or_within_hour=True)) == []

        # Started three hours before NOW and lasts four: the finder must look back that far.
        long = meeting("Europe/London", rrule="FREQ=WEEKLY;BYDAY=MO", start_time=dt.time(9),
                       duration_minutes=240)

        listed = found(FinderCriteria(in_progress_or_within_hour=True))
        assert [row.meeting_id for row in listed] == [long.pk]

    def test_from_and_to_are_inclusive_days(self) -> None:
        meeting("Europe/London", rrule="FREQ=DAILY", start_time=dt.time(18))

        listed = found(FinderCriteria(date_from=dt.date(2026, 3, 11), date_to=dt.date(2026, 3, 13),
                                      viewer_zone=zoneinfo.ZoneInfo("Europe/London")))

        assert [row.original_date for row in listed] == [
            dt.date(2026, 3, 11), dt.date(2026, 3, 12), dt.date(2026, 3, 13)
        ]

    def test_without_dates_the_finder_looks_a_week_ahead(self) -> None:
        meeting("Europe/London", rrule="FREQ=DAILY", start_time=dt.time(18))

        listed = found()

        assert [row.original_date for row in listed] == [
            TODAY + dt.timedelta(days=n) for n in range(7)
        ]


def test_a_search_across_the_180th_meridian_finds_the_meeting_on_the_other_side() -> None:
    # Taveuni, Fiji straddles the meridian: a meeting at 179.98 E, a person at 179.98 W.
    group = GroupFactory(
        place=PlaceFactory(latitude=-16.8, longitude=179.98, time_zone="Pacific/Fiji")
    )
    made = meeting("Pacific/Fiji", group=group)
    here = ResolvedPlace("Taveuni", -16.8, -179.98, "FJ", "Pacific/Fiji")

    listed = found(FinderCriteria(near=here, radius_km=10))

    assert {row.meeting_id for row in listed} == {made.pk}
    assert 4 < listed[0].distance_km < 4.5


def test_an_online_meeting_has_no_position() -> None:
    group = GroupFactory(format=Group.Format.ONLINE, place=None)
    made = create_meeting(
        actor=None, group=group, rrule="FREQ=WEEKLY;BYDAY=TU", starts_on=dt.date(2026, 1, 6),
        start_time=dt.time(19), time_zone="America/New_York", attendance="online",
        conference_url="https://meet.example.org/circle",
    )
    refresh_meetings([made.pk], today=TODAY)

    assert {(row.online, row.in_person, row.latitude) for row in rows(made)} == {
        (True, False, None)
    }


def test_a_meeting_moved_two_days_later_is_still_listed_on_the_day_it_happens() -> None:
    made = meeting()  # Tuesdays 19:00 New York
    york = zoneinfo.ZoneInfo("America/New_York")
    move_occurrence(actor=None, meeting=made, original_date=dt.date(2026, 3, 10),
                    new_start=dt.datetime(2026, 3, 12, 19, tzinfo=york), reason="Hall booked")

    # Thursday: the Tuesday it was due on has passed beyond the rows kept.
    refresh_meetings([made.pk], today=dt.date(2026, 3, 12))

    moved = [row for row in rows(made) if row.status == Occurrence.Status.MOVED]
    assert [local(row, "America/New_York") for row in moved] == ["Thu 2026-03-12 19:00"]
    assert moved[0].reason == "Hall booked"


def test_an_occurrence_due_beyond_the_horizon_but_moved_into_it_is_listed() -> None:
    made = meeting()
    york = zoneinfo.ZoneInfo("America/New_York")
    far_tuesday = TODAY + dt.timedelta(days=HORIZON_DAYS + 8)
    while far_tuesday.weekday() != 1:
        far_tuesday += dt.timedelta(days=1)
    move_occurrence(actor=None, meeting=made, original_date=far_tuesday,
                    new_start=dt.datetime(2026, 3, 14, 10, tzinfo=york), reason="Retreat")

    refresh_meetings([made.pk], today=TODAY)

    moved = [row for row in rows(made) if row.status == Occurrence.Status.MOVED]
    assert [(row.original_date, local(row, "America/New_York")) for row in moved] == [
        (far_tuesday, "Sat 2026-03-14 10:00")
    ]
    # Shown once: not also at its original date.
    assert far_tuesday not in {row.original_date for row in rows(made)
                               if row.status != Occurrence.Status.MOVED}


def test_deleting_a_group_takes_its_meetings_and_their_occurrences() -> None:
    made = meeting()
    other = meeting()

    made.group.delete()

    assert not Meeting.objects.filter(pk=made.pk).exists()
    assert not Occurrence.objects.filter(meeting_id=made.pk).exists()
    assert Occurrence.objects.filter(meeting_id=other.pk).exists()


def test_the_daily_extension_adds_the_new_days_and_matches_a_rebuild() -> None:
    made = meeting(rrule="FREQ=WEEKLY;BYDAY=TU,SA")
    york = zoneinfo.ZoneInfo("America/New_York")
    cancel_occurrence(actor=None, meeting=made, original_date=dt.date(2026, 3, 14),
                      reason="Holiday")
    refresh_meetings([made.pk], today=TODAY)
    later = TODAY + dt.timedelta(days=10)

    added = extend_all(today=later)

    extended = [(row.original_date, row.starts_at, row.status) for row in rows(made)
                if row.original_date >= later - dt.timedelta(days=1)]
    refresh_meetings([made.pk], today=later)
    rebuilt = [(row.original_date, row.starts_at, row.status) for row in rows(made)]
    assert extended == rebuilt
    assert added == 3  # Tue 5, Sat 9 and Tue 12 May came within 56 days
    assert rows(made)[-1].starts_at.astimezone(york).date() <= later + dt.timedelta(
        days=HORIZON_DAYS
    )
    made.refresh_from_db()
    assert made.occurrences_until == later + dt.timedelta(days=HORIZON_DAYS)
