"""The meeting finder's API, /api/v1/meetings/, and one meeting, /api/v1/meetings/<pk>/.

Meetings here start relative to `timezone.now()` in their own zone, so the tests hold on
any day; fixed-date cases (clock changes, the date line) are in test_occurrences.py.
"""

import datetime as dt
import zoneinfo
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from mutual.groups.actions import update_group
from mutual.groups.models import Group
from mutual.meetings.actions import cancel_occurrence, move_occurrence
from mutual.meetings.models import Meeting
from mutual.meetings.occurrences import HORIZON_DAYS
from mutual.places.geo import distance_km
from tests.conftest import SIDES, Cast, client_for, person
from tests.factories import GroupFactory, MeetingFactory, PlaceFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/meetings/"
CODES = ("SU", "MO", "TU", "WE", "TH", "FR", "SA")
LYON = (45.76, 4.84)
VILLEURBANNE = (45.7719, 4.9000)  # about 5 km east
GRENOBLE = (45.1885, 5.7245)  # about 94 km south-east
NEAR_LYON = f"{LYON[0]},{LYON[1]}"


def at(zone: str, *, days: int = 0, time: dt.time | None = None, **delta: float) -> dt.datetime:
    """A moment in `zone`: now moved by `days` and `delta` (hours=, minutes=), or that many
    days ahead at a given local time."""
    # Moved in elapsed time, so that a clock change tonight does not bend the arithmetic.
    moment = (timezone.now() + dt.timedelta(days=days, **delta)).astimezone(
        zoneinfo.ZoneInfo(zone)
    )
    if time is not None:
        moment = dt.datetime.combine(moment.date(), time, tzinfo=moment.tzinfo)
    return moment.replace(second=0, microsecond=0)


def place_at(point: tuple[float, float], zone: str = "Europe/Paris", **fields: Any) -> Any:
    return PlaceFactory(latitude=point[0], longitude=point[1], time_zone=zone, country="FR",
                        locality=fields.pop("locality", "Lyon"), region="", **fields)


def weekly_at(start: dt.datetime, *, group: Group | None = None, **fields: Any) -> Meeting:
    """A weekly meeting (or one on another rule, given as `rrule`) whose occurrence on that
    day starts at `start`, in start's zone."""
    zone = str(start.tzinfo)
    if group is None:
        group = GroupFactory(place=place_at(LYON, zone))
    fields.setdefault("rrule", f"FREQ=WEEKLY;BYDAY={CODES[(start.weekday() + 1) % 7]}")
    return MeetingFactory(
        group=group, starts_on=start.date(), start_time=start.time(), time_zone=zone, **fields,
    )


def online_meeting(start: dt.datetime, **fields: Any) -> Meeting:
    group = fields.pop("group", None) or GroupFactory(format=Group.Format.ONLINE, place=None)
    fields.setdefault("conference_url", "https://meet.example.org/circle")
    return weekly_at(start, group=group, attendance=Meeting.Attendance.ONLINE, **fields)


def get(client: Client | None = None, **params: Any) -> Any:
    return (client or Client()).get(URL, params)


def results(client: Client | None = None, **params: Any) -> list[dict[str, Any]]:
    response = get(client, **params)
    assert response.status_code == 200, response.content
    return response.json()["results"]


def ids(client: Client | None = None, **params: Any) -> set[int]:
    return {result["id"] for result in results(client, **params)}


def result_of(meeting: Meeting, client: Client | None = None, **params: Any) -> dict[str, Any]:
    return next(result for result in results(client, **params) if result["id"] == meeting.pk)


class TestNear:
    @pytest.fixture
    def places(self) -> dict[str, Meeting]:
        tomorrow = at("Europe/Paris", days=1, time=dt.time(19))
        return {
            "lyon": weekly_at(tomorrow, group=GroupFactory(place=place_at(LYON))),
            "villeurbanne": weekly_at(
                tomorrow, group=GroupFactory(place=place_at(VILLEURBANNE, locality="Villeurbanne"))
            ),
            "grenoble": weekly_at(
                tomorrow, group=GroupFactory(place=place_at(GRENOBLE, locality="Grenoble"))
            ),
            "online": online_meeting(tomorrow),
            "hybrid in grenoble": weekly_at(
                tomorrow, group=GroupFactory(place=place_at(GRENOBLE, locality="Grenoble")),
                attendance=Meeting.Attendance.HYBRID,
                conference_url="https://meet.example.org/grenoble",
            ),
        }

    def names(self, places: dict[str, Meeting], found: set[int]) -> set[str]:
        return {name for name, meeting in places.items() if meeting.pk in found}

    def test_within_a_radius(self, places: dict[str, Meeting]) -> None:
        assert self.names(places, ids(near=NEAR_LYON, radius_km=10)) == {"lyon", "villeurbanne"}
        assert self.names(places, ids(near=NEAR_LYON, radius_km=100)) == {
            "lyon", "villeurbanne", "grenoble", "hybrid in grenoble"
        }

    def test_online_include_adds_online_meetings_to_those_near(
        self, places: dict[str, Meeting]
    ) -> None:
        assert self.names(places, ids(near=NEAR_LYON, radius_km=10, online="include")) == {
            "lyon", "villeurbanne", "online", "hybrid in grenoble"
        }

    def test_online_only(self, places: dict[str, Meeting]) -> None:
        assert self.names(places, ids(online="only")) == {"online", "hybrid in grenoble"}
        assert self.names(places, ids(near=NEAR_LYON, online="only")) == {
            "online", "hybrid in grenoble"
        }

    def test_without_a_place_everything_is_listed(self, places: dict[str, Meeting]) -> None:
        assert self.names(places, ids()) == set(places)

    def test_each_result_says_how_far_it_is(self, places: dict[str, Meeting]) -> None:
        found = results(near=NEAR_LYON, radius_km=100, online="include")

        distances = {result["id"]: result["distance_km"] for result in found}
        assert distances[places["lyon"].pk] == 0.0
        assert distances[places["villeurbanne"].pk] == round(distance_km(*LYON, *VILLEURBANNE), 1)
        assert 4.5 < distances[places["villeurbanne"].pk] < 5.5
        assert 90 < distances[places["grenoble"].pk] < 100
        assert distances[places["online"].pk] is None

    def test_a_town_name_is_understood(self, places: dict[str, Meeting]) -> None:
        assert self.names(places, ids(near="Lyon, France", radius_km=10)) == {
            "lyon", "villeurbanne"
        }


def test_concern_includes_the_concerns_below_it() -> None:
    tomorrow = at("Europe/Paris", days=1, time=dt.time(19))
    alcohol = weekly_at(tomorrow, group=GroupFactory(concerns=["alcohol-use"]))
    cocaine = weekly_at(tomorrow, group=GroupFactory(concerns=["cocaine-use"]))
    weekly_at(tomorrow, group=GroupFactory(concerns=["loss-of-a-spouse"]))

    assert ids(concern="addiction") == {alcohol.pk, cocaine.pk}
    assert ids(concern="drug-use") == {cocaine.pk}
    assert ids(concern="alcohol-use") == {alcohol.pk}


def test_language() -> None:
    tomorrow = at("Europe/Paris", days=1, time=dt.time(19))
    spanish = weekly_at(tomorrow, languages=["es", "en"])
    weekly_at(tomorrow, languages=["fr"])

    assert ids(language="es") == {spanish.pk}
    assert result_of(spanish, language="es")["languages"] == ["en", "es"]


def test_every_type_asked_for_must_hold() -> None:
    tomorrow = at("Europe/Paris", days=1, time=dt.time(19))
    open_women = weekly_at(tomorrow, types=["O", "W"])
    open_only = weekly_at(tomorrow, types=["O"])
    closed_women = weekly_at(tomorrow, types=["C", "W"])

    assert ids(type=["O", "W"]) == {open_women.pk}
    assert ids(type="O") == {open_women.pk, open_only.pk}
    assert ids(type="W") == {open_women.pk, closed_women.pk}


def test_led_by() -> None:
    tomorrow = at("Europe/Paris", days=1, time=dt.time(19))
    peers = weekly_at(tomorrow)
    professionals = weekly_at(tomorrow, group=GroupFactory(led_by=Group.LedBy.PROFESSIONALS))

    assert ids(led_by="professionals") == {professionals.pk}
    assert ids(led_by="peers") == {peers.pk}


def test_day_is_counted_in_the_meetings_zone_not_the_viewers() -> None:
    # 19:00 in Auckland is 20:00 or 21:00 the day before in Honolulu, all year round.
    auckland = at("Pacific/Auckland", days=2, time=dt.time(19))
    made = weekly_at(auckland)
    day = (auckland.weekday() + 1) % 7

    assert ids(day=day, tz="Pacific/Honolulu") == {made.pk}
    assert ids(day=(day - 1) % 7, tz="Pacific/Honolulu") == set()
    result = result_of(made, tz="Pacific/Honolulu")
    seen = dt.datetime.fromisoformat(result["viewer"]["start"])
    assert seen.date() == auckland.date() - dt.timedelta(days=1)
    assert seen.strftime("%H:%M") in ("20:00", "21:00")


def test_several_days() -> None:
    first = at("Europe/Paris", days=1, time=dt.time(19))
    second = at("Europe/Paris", days=2, time=dt.time(19))
    on_first, on_second = weekly_at(first), weekly_at(second)
    weekly_at(at("Europe/Paris", days=3, time=dt.time(19)))

    days = [(first.weekday() + 1) % 7, (second.weekday() + 1) % 7]
    assert ids(day=days) == {on_first.pk, on_second.pk}


def test_time_of_day_is_local_and_night_wraps_midnight() -> None:
    made = {
        label: weekly_at(at(zone, days=2, time=time))
        for label, zone, time in [
            ("morning in Tokyo", "Asia/Tokyo", dt.time(7)),
            ("afternoon in Paris", "Europe/Paris", dt.time(13)),
            ("evening in New York", "America/New_York", dt.time(18)),
            ("late in Los Angeles", "America/Los_Angeles", dt.time(22, 30)),
            ("small hours in London", "Europe/London", dt.time(3)),
        ]
    }
    names = {meeting.pk: label for label, meeting in made.items()}

    def labels(period: str) -> set[str]:
        return {names[pk] for pk in ids(time_of_day=period)}

    assert labels("night") == {"late in Los Angeles", "small hours in London"}
    assert labels("morning") == {"morning in Tokyo"}
    assert labels("afternoon") == {"afternoon in Paris"}
    assert labels("evening") == {"evening in New York"}


def test_starts_within_hours() -> None:
    soon = weekly_at(at("Europe/Paris", hours=2))
    later = weekly_at(at("Europe/Paris", hours=5))

    assert ids(starts_within_hours=3) == {soon.pk}
    assert ids(starts_within_hours=6) == {soon.pk, later.pk}


class TestDates:
    def test_from_and_to_are_days_in_the_viewers_zone(self) -> None:
        day = at("Europe/London", days=3, time=dt.time(12))
        made = weekly_at(day)

        on_the_day = results(**{"from": day.date().isoformat(), "to": day.date().isoformat(),
                                "tz": "Europe/London"})
        next_day = (day + dt.timedelta(days=1)).date().isoformat()
        on_the_next = results(**{"from": next_day, "to": next_day, "tz": "Europe/London"})

        assert [(result["id"], result["date"]) for result in on_the_day] == [
            (made.pk, day.date().isoformat())
        ]
        assert on_the_next == []

    def test_a_longer_period_holds_every_week(self) -> None:
        made = weekly_at(at("Europe/London", days=1, time=dt.time(12)))
        until = (timezone.now() + dt.timedelta(days=30)).date().isoformat()

        found = results(to=until)

        assert len(found) in (4, 5)
        assert {result["id"] for result in found} == {made.pk}

    @pytest.mark.parametrize("name", ["from", "to"])
    def test_beyond_the_horizon_is_refused_naming_the_field(self, name: str) -> None:
        too_far = (timezone.now() + dt.timedelta(days=HORIZON_DAYS + 5)).date().isoformat()

        response = get(**{name: too_far})

        assert response.status_code == 400
        error = response.json()["error"]
        assert error["code"] == "invalid"
        assert list(error["fields"]) == [name]
        assert f"{HORIZON_DAYS} days ahead" in error["fields"][name][0]
        assert error["message"].startswith(f"{name}: ")

    def test_to_before_from_is_refused(self) -> None:
        today = timezone.now().date()

        response = get(**{"from": (today + dt.timedelta(days=3)).isoformat(),
                          "to": (today + dt.timedelta(days=1)).isoformat()})

        assert response.status_code == 400
        assert list(response.json()["error"]["fields"]) == ["to"]


class TestViewerZone:
    def test_times_are_given_in_the_viewers_zone_too(self) -> None:
        start = at("Europe/Paris", days=1, time=dt.time(19))
        made = weekly_at(start)

        result = result_of(made, tz="Asia/Tokyo")

        assert result["viewer"]["timezone"] == "Asia/Tokyo"
        viewer_start = dt.datetime.fromisoformat(result["viewer"]["start"])
        assert viewer_start == start
        assert viewer_start.utcoffset() == dt.timedelta(hours=9)

    def test_the_accounts_zone_is_the_default(self) -> None:
        made = weekly_at(at("Europe/Paris", days=1, time=dt.time(19)))
        someone = UserFactory(time_zone="America/Chicago")

        result = result_of(made, client_for(someone))

        assert result["viewer"]["timezone"] == "America/Chicago"

    def test_an_unknown_zone_is_refused_naming_tz(self) -> None:
        response = get(tz="Mars/Olympus_Mons")

        assert response.status_code == 400
        error = response.json()["error"]
        assert list(error["fields"]) == ["tz"]
        assert "is not an IANA time zone" in error["message"]


def test_results_are_in_order_of_start_across_zones() -> None:
    # The same wall-clock hour comes first in the east.
    made = [
        weekly_at(at(zone, days=2, time=dt.time(18)))
        for zone in ("America/Los_Angeles", "Europe/Paris", "America/New_York", "Asia/Tokyo")
    ]

    found = results(to=(timezone.now() + dt.timedelta(days=3)).date().isoformat(), tz="UTC")

    starts = [dt.datetime.fromisoformat(result["start"]) for result in found]
    assert starts == sorted(starts)
    assert len({result["id"] for result in found}) == len(made)


def test_a_result_carries_what_the_finder_promises() -> None:
    start = at("America/New_York", days=1, time=dt.time(19))
    group = GroupFactory(place=place_at(LYON, "America/New_York"), led_by=Group.LedBy.CO_LED,
                         name="Thursday Circle")
    made = weekly_at(start, group=group, name="Evening meeting", types=["O", "D"],
                     languages=["en"], duration_minutes=75)

    result = result_of(made)

    assert result["id"] == made.pk
    assert result["name"] == "Evening meeting"
    assert {key: result["group"][key] for key in ("slug", "name", "led_by")} == {
        "slug": group.slug, "name": "Thursday Circle", "led_by": "co_led"
    }
    begins = dt.datetime.fromisoformat(result["start"])
    ends = dt.datetime.fromisoformat(result["end"])
    assert begins == start and begins.utcoffset() == start.utcoffset()
    assert result["start"].endswith(start.isoformat()[-6:])
    assert ends - begins == dt.timedelta(minutes=75)
    assert result["timezone"] == "America/New_York"
    assert result["rrule"] == made.rrule
    assert result["attendance"] == "in_person"
    assert result["types"] == ["O", "D"]
    assert result["languages"] == ["en"]
    assert result["place"]["city"] == "Lyon"
    assert result["conference"] is None
    assert result["distance_km"] is None
    assert result["status"] == "upcoming"
    assert result["url"].endswith(f"/meetings/{made.pk}/")
    assert result["ics"].endswith(f"/meetings/{made.pk}/meeting.ics")


class TestStatus:
    def test_a_meeting_that_started_ten_minutes_ago_is_in_progress(self) -> None:
        made = weekly_at(at("Europe/Paris", minutes=-10))

        found = results()

        assert found[0]["id"] == made.pk
        assert found[0]["status"] == "in_progress"
        assert dt.datetime.fromisoformat(found[0]["start"]) < timezone.now()

    def test_a_meeting_that_ended_is_not_listed(self) -> None:
        weekly_at(at("Europe/Paris", hours=-2), duration_minutes=60)

        found = results(starts_within_hours=24)

        assert found == []

    def test_a_cancelled_occurrence_is_listed_as_cancelled_with_its_reason(self) -> None:
        start = at("Europe/Paris", days=1, time=dt.time(19))
        made = weekly_at(start)
        cancel_occurrence(actor=None, meeting=made, original_date=start.date(),
                          reason="The hall is closed for the holiday")

        found = results()

        assert [(result["date"], result["status"], result["reason"]) for result in found] == [
            (start.date().isoformat(), "cancelled", "The hall is closed for the holiday")
        ]

    def test_a_moved_occurrence_appears_once_at_its_new_time(self) -> None:
        start = at("Europe/Paris", days=1, time=dt.time(19))
        made = weekly_at(start)
        new_start = at("Europe/Paris", days=2, time=dt.time(18))
        move_occurrence(actor=None, meeting=made, original_date=start.date(),
                        new_start=new_start, reason="Moved for the holiday")

        found = results(to=(timezone.now() + dt.timedelta(days=6)).date().isoformat())

        assert len(found) == 1
        result = found[0]
        assert dt.datetime.fromisoformat(result["start"]) == new_start
        assert result["status"] == "moved"
        assert dt.datetime.fromisoformat(result["moved_from"]) == start
        assert result["moved_from"] == start.isoformat()
        assert result["reason"] == "Moved for the holiday"
        assert result["date"] == start.date().isoformat()

    def test_upcoming(self) -> None:
        made = weekly_at(at("Europe/Paris", hours=3))

        assert [(result["id"], result["status"]) for result in results()] == [
            (made.pk, "upcoming")
        ]


class TestWhatEachSideSees:
    @pytest.fixture
    def hidden_address(self, cast: Cast) -> Meeting:
        made = weekly_at(at("America/Los_Angeles", days=1, time=dt.time(19)), group=cast.group)
        update_group(actor=cast.staff, group=cast.group, data={"address_for_members_only": True})
        return made

    @pytest.mark.parametrize("side", SIDES)
    def test_a_members_only_address_is_rounded_for_outsiders(
        self, cast: Cast, hidden_address: Meeting, side: str
    ) -> None:
        place = cast.group.place

        shown = result_of(hidden_address, client_for(person(cast, side)))["place"]

        insider = side in ("member", "facilitator", "staff")
        if insider:
            assert (shown["latitude"], shown["longitude"]) == (place.latitude, place.longitude)
            assert shown["street"] == place.street
            assert shown["approximate"] is False
        else:
            assert (shown["latitude"], shown["longitude"]) == (
                round(place.latitude, 2), round(place.longitude, 2)
            )
            assert "street" not in shown and "postal_code" not in shown
            assert shown["approximate"] is True
        assert shown["city"] == "Berkeley"

    def test_searching_around_a_hidden_address_does_not_pin_it_down(self) -> None:
        door = (45.76431, 4.83569)
        made = weekly_at(at("Europe/Paris", days=1, time=dt.time(19)),
                         group=GroupFactory(place=place_at(door), address_for_members_only=True))

        result = result_of(made, near=f"{door[0]},{door[1]}", radius_km=2)

        assert result["distance_km"] == round(distance_km(*door, 45.76, 4.84), 1)
        assert result["distance_km"] > 0.5

    @pytest.fixture
    def members_only_link(self, cast: Cast) -> Meeting:
        return online_meeting(
            at("America/Los_Angeles", days=1, time=dt.time(19)), group=cast.group,
            conference_url="https://meet.example.org/private-room", conference_phone="+1 555 0100",
            conference_for_members_only=True,
        )

    @pytest.mark.parametrize("side", SIDES)
    def test_a_members_only_link_is_shown_to_members_and_staff(
        self, cast: Cast, members_only_link: Meeting, side: str
    ) -> None:
        result = result_of(members_only_link, client_for(person(cast, side)))

        assert result["conference_for_members_only"] is True
        if side in ("member", "facilitator", "staff"):
            assert result["conference"]["url"] == "https://meet.example.org/private-room"
            assert result["conference"]["phone"] == "+1 555 0100"
        else:
            assert result["conference"] is None
            assert "private-room" not in get(client_for(person(cast, side))).content.decode()

    @pytest.mark.parametrize("side", SIDES)
    def test_a_public_link_is_shown_to_everyone(self, cast: Cast, side: str) -> None:
        made = online_meeting(at("America/Los_Angeles", days=1, time=dt.time(19)),
                              group=cast.group)

        result = result_of(made, client_for(person(cast, side)))

        assert result["conference"]["url"] == "https://meet.example.org/circle"


@pytest.mark.parametrize(
    ("visibility", "status"),
    [
        (Group.Visibility.SECRET, Group.Status.ACTIVE),
        (Group.Visibility.LISTED, Group.Status.ACTIVE),
        (Group.Visibility.PUBLIC, Group.Status.CLOSED),
    ],
)
@pytest.mark.parametrize("side", SIDES)
def test_secret_listed_and_closed_groups_meetings_never_appear(
    cast: Cast, visibility: str, status: str, side: str
) -> None:
    weekly_at(at("America/Los_Angeles", days=1, time=dt.time(19)), group=cast.group)
    update_group(actor=cast.staff, group=cast.group,
                 data={"visibility": visibility, "status": status})

    assert results(client_for(person(cast, side))) == []


def test_a_private_groups_meetings_are_listed() -> None:
    made = weekly_at(at("Europe/Paris", days=1, time=dt.time(19)),
                     group=GroupFactory(visibility=Group.Visibility.PRIVATE))

    assert ids() == {made.pk}


class TestOneMeeting:
    @pytest.fixture
    def secret(self, cast: Cast) -> Meeting:
        made = online_meeting(at("America/Los_Angeles", days=1, time=dt.time(19)),
                              group=cast.group, conference_for_members_only=True)
        update_group(actor=cast.staff, group=cast.group,
                     data={"visibility": Group.Visibility.SECRET})
        return made

    @pytest.mark.parametrize("side", SIDES)
    def test_a_secret_groups_meeting_is_hidden_from_outsiders(
        self, cast: Cast, secret: Meeting, side: str
    ) -> None:
        response = client_for(person(cast, side)).get(f"{URL}{secret.pk}/")

        if side in ("member", "facilitator", "staff"):
            assert response.status_code == 200
            data = response.json()
            assert data["name"] == cast.group.name
            assert data["conference"]["url"] == "https://meet.example.org/circle"
        else:
            assert response.status_code == 404
            assert response.json()["error"]["code"] == "not_found"
            assert cast.group.name not in response.content.decode()

    def test_the_next_occurrences_are_listed_with_their_state(self) -> None:
        start = at("Europe/Paris", days=1, time=dt.time(19))
        made = weekly_at(start, duration_minutes=60)
        cancel_occurrence(actor=None, meeting=made, original_date=start.date(), reason="Holiday")

        data = Client().get(f"{URL}{made.pk}/").json()

        assert data["start_time"] == "19:00"
        assert data["duration_minutes"] == 60
        assert data["timezone"] == "Europe/Paris"
        assert len(data["next"]) == 5
        assert data["next"][0] == {
            "date": start.date().isoformat(), "start": start.isoformat(),
            "end": (start + dt.timedelta(hours=1)).isoformat(), "status": "cancelled",
            "reason": "Holiday", "moved_from": None,
        }
        assert [item["status"] for item in data["next"][1:]] == ["upcoming"] * 4

    def test_an_unknown_meeting_is_404(self) -> None:
        response = Client().get(f"{URL}999999/")

        assert response.status_code == 404
        assert set(response.json()["error"]) == {"code", "message", "fields"}


class TestPages:
    @pytest.fixture
    def daily(self) -> Meeting:
        return MeetingFactory(
            group=GroupFactory(place=place_at(LYON)), rrule="FREQ=DAILY",
            starts_on=at("Europe/Paris", days=-1).date(), start_time=dt.time(12),
            time_zone="Europe/Paris",
        )

    def test_pages_follow_each_other_with_next_and_previous(self, daily: Meeting) -> None:
        until = (timezone.now() + dt.timedelta(days=29)).date().isoformat()

        first = get(to=until, tz="Europe/Paris").json()
        second = Client().get(first["next"]).json()

        assert len(first["results"]) == 20
        assert first["previous"] is None
        assert "page=2" in first["next"] and f"to={until}" in first["next"]
        assert "tz=Europe%2FParis" in first["next"]
        assert 8 <= len(second["results"]) <= 10
        assert second["next"] is None
        assert "page=1" in second["previous"]
        dates = [result["date"] for result in first["results"] + second["results"]]
        assert dates == sorted(set(dates))

    def test_a_page_past_the_end_is_empty(self, daily: Meeting) -> None:
        data = get(page=9).json()

        assert data["results"] == []
        assert data["next"] is None
        assert "page=8" in data["previous"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"near": "Atlantis-under-the-sea"}, "near"),
        ({"near": "95.0,4.0"}, "near"),
        ({"near": NEAR_LYON, "radius_km": "-3"}, "radius_km"),
        ({"near": NEAR_LYON, "radius_km": "far"}, "radius_km"),
        ({"radius_km": "10"}, "radius_km"),
        ({"online": "sometimes"}, "online"),
        ({"concern": "no-such-concern"}, "concern"),
        ({"language": "klingon"}, "language"),
        ({"type": "NOT-A-TYPE"}, "type"),
        ({"led_by": "robots"}, "led_by"),
        ({"day": "7"}, "day"),
        ({"day": "monday"}, "day"),
        ({"time_of_day": "teatime"}, "time_of_day"),
        ({"starts_within_hours": "soon"}, "starts_within_hours"),
        ({"starts_within_hours": "-1"}, "starts_within_hours"),
        ({"from": "2026-02-30"}, "from"),
        ({"to": "next week"}, "to"),
        ({"tz": "Europe/Atlantis"}, "tz"),
        ({"page": "0"}, "page"),
        ({"page": "two"}, "page"),
    ],
)
def test_bad_input_is_refused_naming_the_parameter(params: dict[str, str], field: str) -> None:
    response = get(**params)

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert field in error["fields"]
    assert error["fields"][field][0]
    assert error["message"].startswith(f"{field}: ")


class TestQueryCount:
    def make(self, count: int) -> None:
        tomorrow = at("Europe/Paris", days=1, time=dt.time(19))
        for number in range(count):
            group = GroupFactory(place=place_at(LYON), concerns=["alcohol-use"])
            weekly_at(tomorrow, group=group, languages=["fr", "en"],
                      attendance=Meeting.Attendance.HYBRID if number % 2 else "in_person",
                      conference_url="https://meet.example.org/x" if number % 2 else "")

    def count(self, client: Client, **params: Any) -> int:
        client.get(URL, params)  # the first request fills the caches a server keeps warm
        with CaptureQueriesContext(connection) as queries:
            response = client.get(URL, params)
        assert response.status_code == 200
        return len(queries)

    @pytest.mark.parametrize("signed_in", [False, True])
    def test_the_count_does_not_grow_with_the_results(self, cast: Cast, signed_in: bool) -> None:
        client = client_for(cast.member if signed_in else None)
        params = {"near": NEAR_LYON, "online": "include", "concern": "addiction"}
        self.make(1)
        with_one = self.count(client, **params)
        self.make(9)

        with_ten = self.count(client, **params)

        assert len(results(client, **params)) == 10
        assert with_ten == with_one

    def test_pinned(self, django_assert_num_queries: Any) -> None:
        self.make(5)
        client = Client()
        client.get(URL)

        # occurrences, their meetings, the meetings' languages
        with django_assert_num_queries(3):
            response = client.get(URL, {"near": NEAR_LYON})
        assert len(response.json()["results"]) == 5

    def test_pinned_signed_in(self, cast: Cast, django_assert_num_queries: Any) -> None:
        self.make(5)
        client = client_for(cast.member)
        client.get(URL)

        # session, user, memberships, then the same three
        with django_assert_num_queries(6):
            response = client.get(URL, {"near": NEAR_LYON})
        assert len(response.json()["results"]) == 5


@pytest.mark.parametrize("page", ["²", "-1", "0", "99999999999999999999999"])
def test_a_page_that_is_not_a_plain_number_is_refused_not_an_error(page: str) -> None:
    response = Client().get("/api/v1/meetings/", {"page": page})

    assert response.status_code == 400
    assert "page" in response.json()["error"]["fields"]


def test_the_finder_page_reads_an_odd_page_number_as_the_first() -> None:
    assert Client().get("/meetings/", {"page": "²"}).status_code == 200
