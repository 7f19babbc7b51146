"""iCalendar feeds: one meeting, a group's meetings and any finder search.

Each feed is parsed with icalendar, as a calendar program would read it, and its recurring
events are expanded by hand with dateutil to check that the program would show what the
finder shows: cancellations, pauses and moves included.
"""

import datetime as dt
import zoneinfo
from typing import Any

import icalendar
import pytest
from dateutil import rrule as du
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.utils import timezone

from mutual.groups.actions import update_group
from mutual.groups.models import Group
from mutual.meetings.actions import (
    cancel_occurrence,
    move_occurrence,
    pause_meeting,
    update_meeting,
)
from mutual.meetings.calendar import SEARCH_LIMIT, build_calendar
from mutual.meetings.models import Meeting
from mutual.meetings.occurrences import exceptions_for, refresh_meetings
from mutual.meetings.recurrence import expand
from tests.conftest import SIDES, Cast, client_for, person
from tests.factories import GroupFactory, MeetingFactory
from tests.meetings.test_finder_api import CODES, at, online_meeting, place_at, weekly_at

pytestmark = pytest.mark.django_db

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
INSIDERS = ("member", "facilitator", "staff")


def fetch(path: str, client: Client | None = None, **params: Any) -> icalendar.Calendar:
    response = (client or Client()).get(path, params)
    assert response.status_code == 200, response.content[:1000]
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def events(calendar: icalendar.Calendar) -> list[icalendar.Event]:
    return list(calendar.walk("VEVENT"))


def masters(calendar: icalendar.Calendar) -> list[icalendar.Event]:
    return [event for event in events(calendar) if "RECURRENCE-ID" not in event]


def zones(calendar: icalendar.Calendar) -> set[str]:
    return {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}


def listed(component: icalendar.cal.Component, name: str) -> list[dt.datetime]:
    """The moments of a property that may appear once or several times (EXDATE, RDATE)."""
    found = component.get(name, [])
    lines = found if isinstance(found, list) else [found]
    return sorted(item.dt for line in lines for item in line.dts)


def exdates(event: icalendar.Event) -> list[dt.datetime]:
    return listed(event, "EXDATE")


def uid_of(meeting: Meeting) -> str:
    return f"meeting-{meeting.pk}@testserver"


def expand_by_hand(calendar: icalendar.Calendar, uid: str, until: dt.datetime) -> list[
    dt.datetime
]:
    """The starts a calendar program shows for one event: RRULE from DTSTART, less EXDATEs,
    with each RECURRENCE-ID replaced by its override's DTSTART."""
    master = next(event for event in masters(calendar) if str(event["UID"]) == uid)
    start = master["DTSTART"].dt
    rule = du.rrulestr(master["RRULE"].to_ical().decode(), dtstart=start)
    skipped = set(exdates(master))
    overrides = {
        event["RECURRENCE-ID"].dt: event["DTSTART"].dt
        for event in events(calendar)
        if str(event["UID"]) == uid and "RECURRENCE-ID" in event
    }
    shown = []
    for moment in rule:
        if moment > until:
            break
        if moment in skipped:
            continue
        shown.append(overrides.get(moment, moment))
    return sorted(shown)


@pytest.fixture
def new_york() -> Meeting:
    """Tuesdays 19:00 in New York through 2026, with each kind of exception."""
    meeting = MeetingFactory(
        group=GroupFactory(place=place_at((40.73, -73.99), "America/New_York")),
        name="Tuesday night meeting", rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20261229",
        starts_on=dt.date(2026, 1, 6), start_time=dt.time(19), duration_minutes=90,
        time_zone="America/New_York",
    )
    cancel_occurrence(actor=None, meeting=meeting, original_date=dt.date(2026, 3, 10),
                      reason="Snow")
    pause_meeting(actor=None, meeting=meeting, starts_on=dt.date(2026, 4, 1),
                  ends_on=dt.date(2026, 4, 15), reason="Spring break")
    move_occurrence(actor=None, meeting=meeting, original_date=dt.date(2026, 5, 5),
                    new_start=dt.datetime(2026, 5, 7, 18, tzinfo=NEW_YORK),
                    reason="The hall is booked")
    return meeting


class TestOneMeeting:
    def test_is_a_download_named_after_the_meeting(self, new_york: Meeting) -> None:
        response = Client().get(f"/meetings/{new_york.pk}/meeting.ics")

        assert response["Content-Disposition"] == f'attachment; filename="{new_york.slug}.ics"'

    def test_dtstart_is_local_wall_clock_time_with_its_zone(self, new_york: Meeting) -> None:
        calendar = fetch(f"/meetings/{new_york.pk}/meeting.ics")

        (master,) = masters(calendar)
        assert master["DTSTART"].params["TZID"] == "America/New_York"
        assert master["DTSTART"].dt == dt.datetime(2026, 1, 6, 19, tzinfo=NEW_YORK)
        assert master["DURATION"].dt == dt.timedelta(minutes=90)
        assert str(master["SUMMARY"]) == "Tuesday night meeting"
        assert str(master["UID"]) == uid_of(new_york)
        assert str(master["URL"]) == f"http://testserver/meetings/{new_york.pk}/"
        assert "DTSTART;TZID=America/New_York:20260106T190000" in calendar.to_ical().decode()

    def test_carries_the_zone_with_its_2026_clock_changes(self, new_york: Meeting) -> None:
        calendar = fetch(f"/meetings/{new_york.pk}/meeting.ics")

        assert zones(calendar) == {"America/New_York"}
        (zone,) = calendar.walk("VTIMEZONE")
        onsets: dict[str, set[dt.date]] = {"DAYLIGHT": set(), "STANDARD": set()}
        offsets: dict[str, set[dt.timedelta]] = {"DAYLIGHT": set(), "STANDARD": set()}
        for observance in zone.subcomponents:
            onsets[observance.name].add(observance["DTSTART"].dt.date())
            onsets[observance.name].update(moment.date() for moment in listed(observance, "RDATE"))
            offsets[observance.name].add(observance["TZOFFSETTO"].td)
        assert dt.date(2026, 3, 8) in onsets["DAYLIGHT"]
        assert dt.date(2026, 11, 1) in onsets["STANDARD"]
        assert offsets == {"DAYLIGHT": {dt.timedelta(hours=-4)},
                           "STANDARD": {dt.timedelta(hours=-5)}}

    def test_the_rule_is_as_stored_with_until_in_utc(self, new_york: Meeting) -> None:
        (master,) = masters(fetch(f"/meetings/{new_york.pk}/meeting.ics"))

        # The end of Tuesday 29 December in New York is 04:59:59 UTC on the 30th.
        assert master["RRULE"].to_ical().decode() == (
            "FREQ=WEEKLY;UNTIL=20261230T045959Z;BYDAY=TU"
        )

    def test_cancelled_and_paused_dates_are_excluded(self, new_york: Meeting) -> None:
        (master,) = masters(fetch(f"/meetings/{new_york.pk}/meeting.ics"))

        assert exdates(master) == [
            dt.datetime(2026, 3, 10, 19, tzinfo=NEW_YORK),
            dt.datetime(2026, 4, 7, 19, tzinfo=NEW_YORK),
            dt.datetime(2026, 4, 14, 19, tzinfo=NEW_YORK),
        ]
        assert "EXDATE;TZID=America/New_York:20260310T190000" in (
            master.to_ical().decode().replace("\r\n ", "")
        )

    def test_a_moved_occurrence_is_an_override_of_the_same_event(self, new_york: Meeting) -> None:
        calendar = fetch(f"/meetings/{new_york.pk}/meeting.ics")

        (override,) = [event for event in events(calendar) if "RECURRENCE-ID" in event]
        assert str(override["UID"]) == uid_of(new_york)
        assert override["RECURRENCE-ID"].dt == dt.datetime(2026, 5, 5, 19, tzinfo=NEW_YORK)
        assert override["RECURRENCE-ID"].params["TZID"] == "America/New_York"
        assert override["DTSTART"].dt == dt.datetime(2026, 5, 7, 18, tzinfo=NEW_YORK)
        assert override["DURATION"].dt == dt.timedelta(minutes=90)
        assert "Moved: The hall is booked" in str(override["DESCRIPTION"])

    def test_a_calendar_program_shows_what_the_finder_shows(self, new_york: Meeting) -> None:
        calendar = fetch(f"/meetings/{new_york.pk}/meeting.ics")

        shown = expand_by_hand(calendar, uid_of(new_york),
                               until=dt.datetime(2027, 1, 1, tzinfo=dt.UTC))

        planned = expand(new_york, dt.date(2026, 1, 1), dt.date(2026, 12, 31),
                         exceptions_for([new_york.pk])[new_york.pk])
        assert shown == sorted(item.start for item in planned if item.status != "cancelled")
        assert len(shown) == 52 - 3
        assert dt.datetime(2026, 5, 7, 18, tzinfo=NEW_YORK) in shown
        assert dt.datetime(2026, 5, 5, 19, tzinfo=NEW_YORK) not in shown
        # The wall clock holds across both changes; the UTC instant moves.
        assert {moment.strftime("%H:%M") for moment in shown} == {"19:00", "18:00"}
        assert {moment.utcoffset() for moment in shown} == {
            dt.timedelta(hours=-5), dt.timedelta(hours=-4)
        }

    def test_dtstart_is_the_first_date_the_rule_gives(self) -> None:
        # 1 January 2026 is a Thursday: a calendar program would show a meeting that day
        # if DTSTART said so.
        made = MeetingFactory(rrule="FREQ=WEEKLY;BYDAY=TU", starts_on=dt.date(2026, 1, 1),
                              time_zone="Europe/Paris", start_time=dt.time(10))

        (master,) = masters(fetch(f"/meetings/{made.pk}/meeting.ics"))

        assert master["DTSTART"].dt == dt.datetime(
            2026, 1, 6, 10, tzinfo=zoneinfo.ZoneInfo("Europe/Paris")
        )

    def test_a_utc_until_stays_the_moment_it_names(self) -> None:
        made = MeetingFactory(rrule="FREQ=WEEKLY;BYDAY=MO;UNTIL=20260310T010000Z",
                              starts_on=dt.date(2026, 2, 23), start_time=dt.time(19))

        calendar = fetch(f"/meetings/{made.pk}/meeting.ics")

        (master,) = masters(calendar)
        assert "UNTIL=20260310T010000Z" in master["RRULE"].to_ical().decode()
        shown = expand_by_hand(calendar, uid_of(made), dt.datetime(2027, 1, 1, tzinfo=dt.UTC))
        assert [moment.date() for moment in shown] == [dt.date(2026, 2, 23), dt.date(2026, 3, 2)]

    def test_a_move_within_a_pause_still_takes_place(self) -> None:
        made = MeetingFactory(starts_on=dt.date(2026, 1, 6), time_zone="America/New_York")
        move_occurrence(actor=None, meeting=made, original_date=dt.date(2026, 7, 14),
                        new_start=dt.datetime(2026, 7, 16, 19, tzinfo=NEW_YORK), reason="")
        pause_meeting(actor=None, meeting=made, starts_on=dt.date(2026, 7, 1),
                      ends_on=dt.date(2026, 7, 31), reason="Summer")

        calendar = fetch(f"/meetings/{made.pk}/meeting.ics")

        july = [moment for moment in expand_by_hand(
            calendar, uid_of(made), dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
        ) if moment.month == 7]
        assert july == [dt.datetime(2026, 7, 16, 19, tzinfo=NEW_YORK)]

    def test_a_rule_that_has_ended_before_it_began_has_no_events(self) -> None:
        made = MeetingFactory(rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20251231",
                              starts_on=dt.date(2026, 1, 6))

        assert events(fetch(f"/meetings/{made.pk}/meeting.ics")) == []

    def test_an_ended_meeting_has_no_events(self) -> None:
        made = MeetingFactory()
        update_meeting(actor=None, meeting=made, data={"status": Meeting.Status.ENDED})

        assert events(fetch(f"/meetings/{made.pk}/meeting.ics")) == []


def test_a_calendar_can_be_made_on_29_february(rf: Any) -> None:
    made = MeetingFactory(time_zone="Europe/Paris")
    request = rf.get(f"/meetings/{made.pk}/meeting.ics")
    request.user = AnonymousUser()

    body = build_calendar(request, [made], "Leap day", today=dt.date(2028, 2, 29))

    calendar = icalendar.Calendar.from_ical(body)
    assert zones(calendar) == {"Europe/Paris"}
    assert [str(event["UID"]) for event in masters(calendar)] == [uid_of(made)]


class TestWhatEachSideSees:
    @pytest.mark.parametrize("side", SIDES)
    def test_a_members_only_link_is_left_out_for_outsiders(self, cast: Cast, side: str) -> None:
        made = online_meeting(at("America/Los_Angeles", days=1, time=dt.time(19)),
                              group=cast.group, conference_url="https://meet.example.org/room-7",
                              conference_phone="+1 555 0100", conference_for_members_only=True)

        response = client_for(person(cast, side)).get(f"/meetings/{made.pk}/meeting.ics")
        (master,) = masters(icalendar.Calendar.from_ical(response.content))

        description = str(master["DESCRIPTION"])
        if side in INSIDERS:
            assert "Join online: https://meet.example.org/room-7" in description
            assert "By phone: +1 555 0100" in description
        else:
            assert b"room-7" not in response.content and b"555 0100" not in response.content
            assert "The group shares the link with its members." in description

    @pytest.mark.parametrize("side", SIDES)
    def test_a_public_link_is_there_for_everyone(self, cast: Cast, side: str) -> None:
        made = online_meeting(at("America/Los_Angeles", days=1, time=dt.time(19)),
                              group=cast.group)

        (master,) = masters(fetch(f"/groups/{cast.group.slug}/meetings.ics",
                                  client_for(person(cast, side))))

        assert str(master["UID"]) == uid_of(made)
        assert "Join online: https://meet.example.org/circle" in str(master["DESCRIPTION"])

    @pytest.mark.parametrize("side", SIDES)
    def test_a_members_only_address_is_left_out_for_outsiders(
        self, cast: Cast, side: str
    ) -> None:
        made = weekly_at(at("America/Los_Angeles", days=1, time=dt.time(19)), group=cast.group)
        update_group(actor=cast.staff, group=cast.group, data={"address_for_members_only": True})

        (master,) = masters(fetch(f"/meetings/{made.pk}/meeting.ics",
                                  client_for(person(cast, side))))

        street = cast.group.place.street
        if side in INSIDERS:
            assert str(master["LOCATION"]) == f"{street}, Berkeley, CA, 94704, US"
        else:
            assert str(master["LOCATION"]) == "Berkeley, CA, US"

    @pytest.mark.parametrize("side", SIDES)
    def test_a_secret_groups_calendars_are_404_to_outsiders(self, cast: Cast, side: str) -> None:
        made = weekly_at(at("America/Los_Angeles", days=1, time=dt.time(19)), group=cast.group)
        update_group(actor=cast.staff, group=cast.group,
                     data={"visibility": Group.Visibility.SECRET})
        client = client_for(person(cast, side))

        for path in (f"/groups/{cast.group.slug}/meetings.ics", f"/meetings/{made.pk}/meeting.ics"):
            response = client.get(path)
            if side in INSIDERS:
                assert response.status_code == 200
                assert [str(event["UID"]) for event in masters(
                    icalendar.Calendar.from_ical(response.content)
                )] == [uid_of(made)]
            else:
                assert response.status_code == 404
                assert cast.group.name.encode() not in response.content


class TestGroupCalendar:
    def test_holds_each_active_meeting_with_the_zone_of_each(self) -> None:
        group = GroupFactory(place=place_at((40.73, -73.99), "America/New_York"), name="Bridges")
        in_new_york = MeetingFactory(group=group, time_zone="America/New_York")
        in_paris = MeetingFactory(group=group, time_zone="Europe/Paris",
                                  rrule="FREQ=MONTHLY;BYDAY=1SA", start_time=dt.time(10),
                                  starts_on=dt.date(2026, 1, 1))
        ended = MeetingFactory(group=group)
        update_meeting(actor=None, meeting=ended, data={"status": Meeting.Status.ENDED})

        calendar = fetch(f"/groups/{group.slug}/meetings.ics")

        assert str(calendar["X-WR-CALNAME"]) == "Bridges"
        assert sorted(str(event["UID"]) for event in masters(calendar)) == sorted(
            [uid_of(in_new_york), uid_of(in_paris)]
        )
        assert zones(calendar) == {"America/New_York", "Europe/Paris"}
        paris = next(event for event in masters(calendar)
                     if str(event["UID"]) == uid_of(in_paris))
        assert paris["DTSTART"].params["TZID"] == "Europe/Paris"
        assert paris["DTSTART"].dt == dt.datetime(
            2026, 1, 3, 10, tzinfo=zoneinfo.ZoneInfo("Europe/Paris")
        )
        assert paris["RRULE"].to_ical().decode() == "FREQ=MONTHLY;BYDAY=1SA"

    def test_an_unknown_group_is_404(self) -> None:
        assert Client().get("/groups/no-such-group/meetings.ics").status_code == 404


class TestSearchCalendar:
    def test_holds_each_matching_meeting_once(self) -> None:
        daily = online_meeting(at("Europe/Paris", days=1, time=dt.time(19)),
                               rrule="FREQ=DAILY")
        weekly_online = online_meeting(at("America/New_York", days=1, time=dt.time(19)))
        in_person = weekly_at(at("Europe/Paris", days=1, time=dt.time(19)))
        secret = online_meeting(at("Europe/Paris", days=1, time=dt.time(19)),
                                group=GroupFactory(visibility=Group.Visibility.SECRET,
                                                   format=Group.Format.ONLINE, place=None))

        calendar = fetch("/meetings.ics", online="only")

        uids = [str(event["UID"]) for event in masters(calendar)]
        assert sorted(uids) == sorted([uid_of(daily), uid_of(weekly_online)])
        assert uid_of(in_person) not in uids and uid_of(secret) not in uids
        assert zones(calendar) == {"Europe/Paris", "America/New_York"}

    def test_keeps_cancellations_and_moves(self) -> None:
        start = at("Europe/Paris", days=1, time=dt.time(19))
        made = weekly_at(start)
        cancel_occurrence(actor=None, meeting=made, original_date=start.date(), reason="Holiday")
        later = start + dt.timedelta(days=7)
        move_occurrence(actor=None, meeting=made, original_date=later.date(),
                        new_start=later + dt.timedelta(hours=1), reason="")

        calendar = fetch("/meetings.ics")

        (master,) = masters(calendar)
        assert exdates(master) == [start]
        (override,) = [event for event in events(calendar) if "RECURRENCE-ID" in event]
        assert override["RECURRENCE-ID"].dt == later
        assert override["DTSTART"].dt == later + dt.timedelta(hours=1)

    def test_holds_no_more_than_two_hundred_meetings(self) -> None:
        start = at("Europe/Paris", days=1, time=dt.time(19))
        group = GroupFactory(place=place_at((45.76, 4.84)))
        fields = {
            "group": group, "rrule": f"FREQ=WEEKLY;BYDAY={CODES[(start.weekday() + 1) % 7]}",
            "starts_on": start.date(), "start_time": start.time(), "duration_minutes": 60,
            "time_zone": "Europe/Paris",
        }
        made = Meeting.objects.bulk_create(
            Meeting(slug=f"evening-{number}", **fields) for number in range(SEARCH_LIMIT + 5)
        )
        refresh_meetings([meeting.pk for meeting in made])

        calendar = fetch("/meetings.ics")

        uids = [str(event["UID"]) for event in masters(calendar)]
        assert len(uids) == SEARCH_LIMIT == 200
        assert len(set(uids)) == len(uids)

    def test_the_same_filters_as_the_finder(self) -> None:
        tomorrow = at("Europe/Paris", days=1, time=dt.time(19))
        spanish = weekly_at(tomorrow, languages=["es"])
        weekly_at(tomorrow, languages=["fr"])

        calendar = fetch("/meetings.ics", language="es")

        assert [str(event["UID"]) for event in masters(calendar)] == [uid_of(spanish)]

    @pytest.mark.parametrize(
        ("params", "field"),
        [({"tz": "Mars/Olympus_Mons"}, "tz"), ({"near": "Nowhere-under-the-sea"}, "near"),
         ({"to": (timezone.now() + dt.timedelta(days=90)).date().isoformat()}, "to")],
    )
    def test_bad_input_is_refused_naming_the_parameter(
        self, params: dict[str, str], field: str
    ) -> None:
        response = Client().get("/meetings.ics", params)

        assert response.status_code == 400
        body = response.content.decode()
        assert body.startswith(f"{field}: ")
        assert "ErrorDetail" not in body

    def test_the_finder_page_links_to_it(self) -> None:
        weekly_at(at("Europe/Paris", days=1, time=dt.time(19)))

        body = Client().get("/meetings/", {"language": "es"}).content.decode()

        assert 'href="/meetings.ics?language=es"' in body


def test_a_move_left_from_before_the_rule_changed_is_not_sent_to_calendars(
    client: Client,
) -> None:
    made = MeetingFactory(rrule="FREQ=WEEKLY;BYDAY=TU", starts_on=dt.date(2026, 1, 6))
    zone = zoneinfo.ZoneInfo(made.time_zone)
    move_occurrence(actor=None, meeting=made, original_date=dt.date(2027, 1, 5),
                    new_start=dt.datetime(2027, 1, 7, 19, tzinfo=zone), reason="Hall booked")
    update_meeting(actor=None, meeting=made, data={"rrule": "FREQ=WEEKLY;BYDAY=WE"})

    calendar = icalendar.Calendar.from_ical(client.get(f"/meetings/{made.pk}/meeting.ics").content)

    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == 1
    assert "RECURRENCE-ID" not in events[0]
