"""The finder's pages, /meetings/ and /meetings/now/, and a meeting's page, /meetings/<pk>/.

What a person sees: each meeting at its local time and at theirs, whether it is on now,
cancelled or moved, and only what they may see of its place and link.
"""

import datetime as dt
import html
import re
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
from tests.conftest import SIDES, Cast, client_for, person
from tests.factories import GroupFactory, MeetingFactory, UserFactory
from tests.meetings.test_finder_api import LYON, NEAR_LYON, at, online_meeting, place_at, weekly_at

pytestmark = pytest.mark.django_db

INSIDERS = ("member", "facilitator", "staff")


def page(path: str = "/meetings/", client: Client | None = None, **params: Any) -> str:
    response = (client or Client()).get(path, params)
    assert response.status_code == 200, response.content[:2000]
    return text_of(response)


def text_of(response: Any) -> str:
    return html.unescape(response.content.decode())


def cards(body: str) -> list[str]:
    return re.findall(r'<li class="result occurrence.*?</li>', body, flags=re.S)


def card_for(body: str, meeting: Meeting) -> str:
    found = [card for card in cards(body) if f'href="/meetings/{meeting.pk}/"' in card]
    assert found, f"no card for meeting {meeting.pk}"
    return found[0]


def local_label(moment: dt.datetime) -> str:
    """How a card writes a start: “Fri 27 Nov, 19:00”."""
    return f"{moment:%a} {moment.day} {moment:%b}, {moment:%H:%M}"


class TestFinderPage:
    def test_a_meeting_is_shown_at_its_local_time_and_at_the_viewers(self) -> None:
        start = at("Europe/Paris", days=1, time=dt.time(19))
        made = weekly_at(start, duration_minutes=90, name="Lyon evening circle")

        card = card_for(page(tz="America/New_York"), made)

        assert "Lyon evening circle" in card
        assert f"{local_label(start)}\N{EN DASH}20:30" in card
        assert "Europe/Paris" in card
        seen = start.astimezone(zoneinfo.ZoneInfo("America/New_York"))
        assert f"({seen:%a %H:%M} your time)" in card
        assert f'datetime="{start.isoformat()}"' in card
        assert f'href="/meetings/{made.pk}/meeting.ics"' in card

    def test_no_second_time_when_the_viewer_is_in_the_same_zone(self) -> None:
        made = weekly_at(at("Europe/Paris", days=1, time=dt.time(19)))

        assert "your time" not in card_for(page(tz="Europe/Paris"), made)

    def test_the_viewers_zone_comes_from_the_browser_cookie(self) -> None:
        auckland = at("Pacific/Auckland", days=2, time=dt.time(19))
        made = weekly_at(auckland)
        client = Client()
        client.cookies["tz"] = "Pacific/Honolulu"

        card = card_for(page(client=client), made)

        seen = auckland.astimezone(zoneinfo.ZoneInfo("Pacific/Honolulu"))
        assert seen.date() == auckland.date() - dt.timedelta(days=1)
        assert f"({seen:%a %H:%M} your time)" in card
        assert f"{auckland:%a}" in local_label(auckland) and local_label(auckland) in card

    def test_the_accounts_zone_comes_before_the_cookie(self) -> None:
        start = at("Europe/Paris", days=1, time=dt.time(19))
        made = weekly_at(start)
        client = client_for(UserFactory(time_zone="Asia/Tokyo"))
        client.cookies["tz"] = "Pacific/Honolulu"

        body = page(client=client)

        seen = start.astimezone(zoneinfo.ZoneInfo("Asia/Tokyo"))
        assert f"({seen:%a %H:%M} your time)" in card_for(body, made)
        assert "Your times are in Asia/Tokyo." in body

    def test_filters_narrow_the_list(self) -> None:
        tomorrow = at("Europe/Paris", days=1, time=dt.time(19))
        near = weekly_at(tomorrow, group=GroupFactory(place=place_at(LYON), name="Near circle"))
        far = weekly_at(tomorrow, group=GroupFactory(place=place_at((45.1885, 5.7245)),
                                                     name="Far circle"))

        body = page(near=NEAR_LYON, radius_km=10)

        assert [f'/meetings/{near.pk}/"' in card for card in cards(body)] == [True]
        assert f'/meetings/{far.pk}/"' not in body
        assert "Within 10 km of 45.7600, 4.8400." in body
        assert "0.0 km away" in cards(body)[0]

    def test_the_calendar_link_carries_the_search(self) -> None:
        weekly_at(at("Europe/Paris", days=1, time=dt.time(19)))

        body = page(online="include", near=NEAR_LYON, type=["O", "D"])

        link = re.search(r'href="(/meetings\.ics\?[^"]*)"', body)
        assert link is not None
        near = NEAR_LYON.replace(",", "%2C")
        assert link.group(1) == f"/meetings.ics?online=include&near={near}&type=O&type=D"

    def test_states_people_must_notice(self) -> None:
        in_progress = weekly_at(at("Europe/Paris", minutes=-10), name="Going on now")
        start = at("Europe/Paris", days=2, time=dt.time(19))
        cancelled = weekly_at(start, name="Called off")
        cancel_occurrence(actor=None, meeting=cancelled, original_date=start.date(),
                          reason="The hall is closed for the holiday")
        moved = weekly_at(start, name="Held another day")
        new_start = at("Europe/Paris", days=3, time=dt.time(18))
        move_occurrence(actor=None, meeting=moved, original_date=start.date(),
                        new_start=new_start, reason="Moved for the holiday")

        body = page(starts_within_hours=96)

        now_card = card_for(body, in_progress)
        assert "In progress" in now_card and "status-in_progress" in now_card
        cancelled_card = card_for(body, cancelled)
        assert "Cancelled" in cancelled_card
        assert "The hall is closed for the holiday" in cancelled_card
        moved_cards = [card for card in cards(body) if f'/meetings/{moved.pk}/"' in card]
        assert len(moved_cards) == 1
        assert local_label(new_start) in moved_cards[0]
        assert f"Moved from {local_label(start)}" in moved_cards[0]
        assert "Moved for the holiday" in moved_cards[0]

    @pytest.mark.parametrize(
        ("visibility", "status"),
        [(Group.Visibility.SECRET, Group.Status.ACTIVE),
         (Group.Visibility.LISTED, Group.Status.ACTIVE),
         (Group.Visibility.PUBLIC, Group.Status.CLOSED)],
    )
    @pytest.mark.parametrize("side", SIDES)
    def test_secret_listed_and_closed_groups_are_not_shown(
        self, cast: Cast, side: str, visibility: str, status: str
    ) -> None:
        weekly_at(at("America/Los_Angeles", days=1, time=dt.time(19)), group=cast.group)
        update_group(actor=cast.staff, group=cast.group,
                     data={"visibility": visibility, "status": status})

        body = page(client=client_for(person(cast, side)))

        assert cards(body) == []
        assert "No meeting matches all of that in this period." in body

    def test_pages_of_results(self) -> None:
        MeetingFactory(group=GroupFactory(place=place_at(LYON)), rrule="FREQ=DAILY",
                       starts_on=at("Europe/Paris", days=-1).date(), start_time=dt.time(12),
                       time_zone="Europe/Paris")
        until = (timezone.now() + dt.timedelta(days=29)).date().isoformat()

        first = page(to=until)
        later = re.search(r'<a rel="next" href="([^"]+)"', first)
        assert later is not None and "page=2" in later.group(1)
        second = page(**{"to": until, "page": "2"})

        assert len(cards(first)) == 20
        assert 8 <= len(cards(second)) <= 10
        assert 'rel="prev"' in second and 'rel="next"' not in second


class TestBadInput:
    def test_an_unknown_place_is_explained_and_kept(self) -> None:
        response = Client().get("/meetings/", {"near": "Atlantis-under-the-sea", "radius_km": "7"})

        body = text_of(response)
        assert response.status_code == 400
        assert "We could not find “Atlantis-under-the-sea”" in body
        assert 'value="Atlantis-under-the-sea"' in body
        assert 'value="7"' in body

    def test_a_date_beyond_the_horizon_is_explained(self) -> None:
        too_far = (timezone.now() + dt.timedelta(days=HORIZON_DAYS + 10)).date().isoformat()

        response = Client().get("/meetings/", {"from": too_far})

        assert response.status_code == 400
        assert f"Meetings are listed up to {HORIZON_DAYS} days ahead" in text_of(response)
        assert f'value="{too_far}"' in text_of(response)

    def test_an_unknown_zone_is_refused(self) -> None:
        response = Client().get("/meetings/", {"tz": "Mars/Olympus_Mons"})

        assert response.status_code == 400
        assert "“Mars/Olympus_Mons” is not an IANA time zone" in text_of(response)


class TestHtmx:
    def test_a_filter_change_swaps_in_only_the_results(self) -> None:
        made = weekly_at(at("Europe/Paris", days=1, time=dt.time(19)))

        response = Client().get("/meetings/", {"online": "include"}, HTTP_HX_REQUEST="true")

        body = text_of(response)
        assert response.status_code == 200
        assert "<html" not in body and "<form" not in body
        assert card_for(body, made)
        assert "HX-Request" in response["Vary"]

    def test_bad_input_from_htmx_loads_the_whole_page_with_the_message(self) -> None:
        response = Client().get("/meetings/", {"near": "Atlantis-under-the-sea"},
                                HTTP_HX_REQUEST="true")

        assert response.status_code == 200
        assert response["HX-Redirect"] == "/meetings/?near=Atlantis-under-the-sea"


class TestNowPage:
    def test_lists_what_is_on_and_what_starts_within_the_hour(self) -> None:
        on_now = weekly_at(at("Europe/Paris", minutes=-10), name="On now")
        starting = weekly_at(at("Europe/Paris", minutes=30), name="Starting soon")
        later = weekly_at(at("Europe/Paris", hours=3), name="Later today")
        over = weekly_at(at("Europe/Paris", hours=-3), duration_minutes=60, name="Over")

        body = page("/meetings/now/")

        assert "In progress" in card_for(body, on_now)
        soon = re.search(r"Starts in (\d+) min", card_for(body, starting))
        assert soon is not None and 25 <= int(soon.group(1)) <= 30
        assert f'/meetings/{later.pk}/"' not in body
        assert f'/meetings/{over.pk}/"' not in body
        assert [card.count("status-in_progress") for card in cards(body)] == [1, 0]

    def test_says_so_when_nothing_is_on(self) -> None:
        weekly_at(at("Europe/Paris", hours=3))

        body = page("/meetings/now/")

        assert cards(body) == []
        assert "No meeting matching this is on now or within the hour." in body

    def test_filters_apply(self) -> None:
        weekly_at(at("Europe/Paris", minutes=20))
        online = online_meeting(at("Europe/Paris", minutes=20))

        body = page("/meetings/now/", online="only")

        assert [f'/meetings/{online.pk}/"' in card for card in cards(body)] == [True]


def meeting_page(meeting: Meeting, client: Client | None = None) -> Any:
    return (client or Client()).get(f"/meetings/{meeting.pk}/")


class TestMeetingPage:
    def test_says_when_and_lists_the_next_occurrences(self) -> None:
        start = at("America/Los_Angeles", days=1, time=dt.time(19))
        made = weekly_at(start, duration_minutes=90)
        cancel_occurrence(actor=None, meeting=made, original_date=start.date(), reason="Holiday")

        body = text_of(meeting_page(made))

        weekday = f"{start:%A}"
        assert f"Every {weekday}, 19:00 (America/Los_Angeles), 90 minutes" in body
        lines = re.findall(r'<li class="occurrence.*?</li>', body, flags=re.S)
        assert len(lines) == 6
        assert f"{start:%A} {start.day} {start:%B}, 19:00" in lines[0]
        assert "Cancelled" in lines[0] and "Holiday" in lines[0]
        assert all("Cancelled" not in line for line in lines[1:])
        assert f'href="/meetings/{made.pk}/meeting.ics"' in body

    def test_describes_a_monthly_rule(self) -> None:
        made = MeetingFactory(rrule="FREQ=MONTHLY;BYDAY=1SA", start_time=dt.time(10),
                              starts_on=timezone.now().date())

        assert "The first Saturday of the month, 10:00" in text_of(meeting_page(made))

    def test_shows_the_viewers_time(self) -> None:
        start = at("Pacific/Auckland", days=2, time=dt.time(19))
        made = weekly_at(start)

        body = text_of(meeting_page(made, client_for(UserFactory(time_zone="Pacific/Honolulu"))))

        seen = start.astimezone(zoneinfo.ZoneInfo("Pacific/Honolulu"))
        assert f"({seen:%a %H:%M} your time)" in body

    @pytest.mark.parametrize("side", SIDES)
    def test_a_secret_groups_meeting_is_404_to_outsiders(self, cast: Cast, side: str) -> None:
        made = weekly_at(at("America/Los_Angeles", days=1, time=dt.time(19)), group=cast.group)
        update_group(actor=cast.staff, group=cast.group,
                     data={"visibility": Group.Visibility.SECRET})

        response = meeting_page(made, client_for(person(cast, side)))

        if side in INSIDERS:
            assert response.status_code == 200
            assert cast.group.name in text_of(response)
        else:
            assert response.status_code == 404
            assert cast.group.name not in text_of(response)

    @pytest.mark.parametrize("side", SIDES)
    def test_a_members_only_address_is_for_members(self, cast: Cast, side: str) -> None:
        made = weekly_at(at("America/Los_Angeles", days=1, time=dt.time(19)), group=cast.group,
                         location_notes="Side door, second floor")
        update_group(actor=cast.staff, group=cast.group, data={"address_for_members_only": True})

        body = text_of(meeting_page(made, client_for(person(cast, side))))

        street = cast.group.place.street
        if side in INSIDERS:
            assert f"{street}, Berkeley, CA 94704, US" in body
            assert "Side door, second floor" in body
            assert "The location is approximate" not in body
        else:
            assert street not in body
            assert "94704" not in body
            assert "Side door" not in body
            assert "Berkeley, CA" in body
            assert "The location is approximate; the group shares the address with members." in body

    @pytest.mark.parametrize("side", SIDES)
    def test_a_members_only_link_is_for_members(self, cast: Cast, side: str) -> None:
        made = online_meeting(at("America/Los_Angeles", days=1, time=dt.time(19)),
                              group=cast.group, conference_url="https://meet.example.org/room-7",
                              conference_phone="+1 555 0100", conference_for_members_only=True)

        body = text_of(meeting_page(made, client_for(person(cast, side))))

        if side in INSIDERS:
            assert 'href="https://meet.example.org/room-7"' in body
            assert "Join the video meeting" in body
            assert "+1 555 0100" in body
        else:
            assert "room-7" not in body and "555 0100" not in body
            assert "The group shares the link with its members." in body
            assert f'href="/groups/{cast.group.slug}/contact/"' in body

    def test_an_unknown_meeting_is_404(self) -> None:
        assert Client().get("/meetings/999999/").status_code == 404


class TestMeetingPageQueries:
    def count(self, client: Client, meeting: Meeting) -> int:
        client.get(f"/meetings/{meeting.pk}/")
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"/meetings/{meeting.pk}/")
        assert response.status_code == 200
        return len(queries)

    @pytest.mark.parametrize("side", ["anonymous", "member"])
    def test_the_count_does_not_grow_with_occurrences_or_languages(
        self, cast: Cast, side: str
    ) -> None:
        client = client_for(person(cast, side))
        weekly = weekly_at(at("America/Los_Angeles", days=1, time=dt.time(19)),
                           group=cast.group, languages=["en"])
        daily = MeetingFactory(group=cast.group, rrule="FREQ=DAILY", languages=["en", "es", "fr"],
                               starts_on=timezone.now().date())
        cancel_occurrence(actor=None, meeting=daily,
                          original_date=(timezone.now() + dt.timedelta(days=3)).date(),
                          reason="Holiday")

        assert self.count(client, daily) == self.count(client, weekly)

    def test_pinned(self, cast: Cast, django_assert_num_queries: Any) -> None:
        made = weekly_at(at("America/Los_Angeles", days=1, time=dt.time(19)), group=cast.group,
                         languages=["en", "es"])
        client = Client()
        client.get(f"/meetings/{made.pk}/")

        # the meeting with its group and place, its languages, its next occurrences
        with django_assert_num_queries(3):
            client.get(f"/meetings/{made.pk}/")

    def test_pinned_for_a_member(self, cast: Cast, django_assert_num_queries: Any) -> None:
        made = weekly_at(at("America/Los_Angeles", days=1, time=dt.time(19)), group=cast.group,
                         languages=["en", "es"])
        client = client_for(cast.member)
        client.get(f"/meetings/{made.pk}/")

        with django_assert_num_queries(7):
            client.get(f"/meetings/{made.pk}/")
