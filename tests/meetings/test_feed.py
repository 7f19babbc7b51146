"""The Meeting Guide feed at /feeds/meeting-guide.json: what meeting apps read from Mutual."""

import datetime as dt
import json
import logging
import re
from typing import Any

import pycountry
import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.http import http_date

from mutual.groups.actions import update_group
from mutual.groups.models import Group
from mutual.meetings.actions import update_meeting
from mutual.meetings.forms import meeting_types
from mutual.meetings.meeting_guide import LANGUAGE_TYPES, TYPE_LANGUAGES
from mutual.meetings.models import Meeting
from mutual.places.geo import ROUNDED_DECIMALS
from tests.factories import (
    GroupFactory,
    MeetingFactory,
    OrganizationFactory,
    PlaceFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

URL = "/feeds/meeting-guide.json"
# The version (meetings, groups, organizations), then the published meetings, their groups,
# their places and their languages.
VERSION_QUERIES = 3
FEED_QUERIES = VERSION_QUERIES + 4


def feed(client: Client | None = None) -> dict[str, dict[str, Any]]:
    response = (client or Client()).get(URL)
    assert response.status_code == 200
    return {row["slug"]: row for row in response.json()}


def meeting_page(meeting: Meeting) -> str:
    return f"http://testserver/meetings/{meeting.pk}/"


@pytest.fixture
def organization() -> Any:
    return OrganizationFactory(
        name="District 123", website="https://district123.org", phone="+1-123-456-7890",
        service_area="Alameda County, California", logo_url="https://district123.org/logo.svg",
        contact_email="private-inbox@district123.org",
    )


@pytest.fixture
def meeting(organization: Any) -> Meeting:
    place = PlaceFactory(name="Friends Meeting House", street="2151 Vine Street")
    group = GroupFactory(
        name="Vine Street Group", description="A friendly group.", place=place,
        organization=organization,
    )
    return MeetingFactory(
        group=group, slug="vine-street-tuesday", name="Tuesday Night Vine",
        types=["O", "D"], languages=["es", "fr"], notes="Bring a friend.",
        location_notes="Side door.", listing={"venmo": "@VineStreet", "region": "North Berkeley"},
    )


def test_a_public_meeting_is_published_in_the_shape_of_the_specification(
    meeting: Meeting,
) -> None:
    row = feed()["vine-street-tuesday"]
    meeting.refresh_from_db()
    assert row["name"] == "Tuesday Night Vine"
    assert row["day"] == 2
    assert (row["time"], row["end_time"]) == ("19:00", "20:30")
    assert row["timezone"] == "America/Los_Angeles"
    assert set(row["types"]) == {"O", "D", "S", "FR"}
    assert row["attendance_option"] == "in_person"
    assert row["location"] == "Friends Meeting House"
    assert row["location_notes"] == "Side door."
    assert row["address"] == "2151 Vine Street"
    assert (row["city"], row["state"], row["postal_code"], row["country"]) == (
        "Berkeley", "CA", "94704", "US"
    )
    assert row["formatted_address"] == "2151 Vine Street, Berkeley, CA 94704, US"
    assert (row["latitude"], row["longitude"]) == (37.87159, -122.27275)
    assert row["approximate"] == "no"
    assert row["notes"] == "Bring a friend."
    assert row["group"] == "Vine Street Group"
    assert row["group_notes"] == "A friendly group."
    assert row["updated"] == meeting.updated_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
    assert row["url"] == meeting_page(meeting)
    assert (row["venmo"], row["region"]) == ("@VineStreet", "North Berkeley")
    assert row["entity"] == "District 123"
    assert row["entity_website_url"] == "https://district123.org"
    assert row["entity_phone"] == "+1-123-456-7890"
    assert row["entity_location"] == "Alameda County, California"
    assert row["entity_logo"] == "https://district123.org/logo.svg"
    assert "conference_url" not in row


def test_the_organizations_private_address_is_never_published(meeting: Meeting) -> None:
    body = Client().get(URL).content.decode()
    assert "private-inbox@district123.org" not in body


def test_the_feed_says_the_json_is_utf8_and_any_site_may_read_it(meeting: Meeting) -> None:
    response = Client().get(URL)
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(
    ("rrule", "starts_on", "day"),
    [
        ("FREQ=WEEKLY;BYDAY=MO,WE,FR", dt.date(2026, 1, 5), [1, 3, 5]),
        ("FREQ=WEEKLY", dt.date(2026, 1, 10), 6),  # no BYDAY: the first date's weekday
        ("FREQ=DAILY", dt.date(2026, 1, 5), [0, 1, 2, 3, 4, 5, 6]),
    ],
)
def test_days_come_from_the_weekly_rule(rrule: str, starts_on: dt.date, day: Any) -> None:
    MeetingFactory(slug="days", rrule=rrule, starts_on=starts_on)
    assert feed()["days"]["day"] == day


def test_a_meeting_past_midnight_ends_the_next_day() -> None:
    MeetingFactory(slug="late", start_time=dt.time(23, 30), duration_minutes=75)
    row = feed()["late"]
    assert (row["time"], row["end_time"]) == ("23:30", "00:45")


def test_meetings_online_and_hybrid_publish_how_to_join() -> None:
    MeetingFactory(
        slug="online", attendance=Meeting.Attendance.ONLINE, place=None,
        conference_url="https://zoom.us/j/1", conference_url_notes="Password 7",
        conference_phone="+15105550100", conference_phone_notes="ID 1",
    )
    MeetingFactory(slug="hybrid", attendance=Meeting.Attendance.HYBRID,
                   conference_url="https://zoom.us/j/2")
    rows = feed()
    assert rows["online"]["attendance_option"] == "online"
    assert rows["online"]["conference_url"] == "https://zoom.us/j/1"
    assert rows["online"]["conference_url_notes"] == "Password 7"
    assert rows["online"]["conference_phone"] == "+15105550100"
    assert rows["online"]["conference_phone_notes"] == "ID 1"
    assert rows["hybrid"]["attendance_option"] == "hybrid"
    assert rows["hybrid"]["conference_url"] == "https://zoom.us/j/2"
    assert rows["hybrid"]["address"]


def test_an_online_meeting_without_a_place_is_listed_near_its_groups_town() -> None:
    MeetingFactory(slug="online", attendance=Meeting.Attendance.ONLINE, place=None,
                   conference_url="https://zoom.us/j/1")
    row = feed()["online"]
    assert (row["city"], row["approximate"]) == ("Berkeley", "yes")
    assert row["latitude"] == round(37.87159, ROUNDED_DECIMALS)
    assert "address" not in row
    assert "location" not in row


def test_a_temporarily_closed_meeting_is_inactive_and_an_ended_one_is_left_out() -> None:
    MeetingFactory(slug="closed", status=Meeting.Status.TEMPORARILY_CLOSED, types=["O"])
    MeetingFactory(slug="ended", status=Meeting.Status.ENDED)
    rows = feed()
    assert rows["closed"]["attendance_option"] == "inactive"
    assert set(rows["closed"]["types"]) == {"O", "TC"}
    assert "ended" not in rows


def test_a_street_address_kept_for_members_is_published_as_the_town_only() -> None:
    place = PlaceFactory(name="Hidden Hall", street="99 Quiet Lane", postal_code="94709")
    group = GroupFactory(place=place, address_for_members_only=True)
    MeetingFactory(group=group, slug="private-address", location_notes="Knock twice.")
    response = Client().get(URL)
    row = {row["slug"]: row for row in response.json()}["private-address"]
    assert (row["city"], row["state"], row["country"]) == ("Berkeley", "CA", "US")
    assert row["approximate"] == "yes"
    assert row["latitude"] == round(37.87159, ROUNDED_DECIMALS)
    assert row["longitude"] == round(-122.27275, ROUNDED_DECIMALS)
    assert row["formatted_address"] == "Berkeley, CA, US"
    for hidden in ("address", "location", "postal_code", "location_notes"):
        assert hidden not in row
    body = response.content.decode()
    for secret in ("99 Quiet Lane", "Hidden Hall", "94709", "Knock twice."):
        assert secret not in body


def test_a_stored_feed_address_is_not_published_for_a_group_that_keeps_it_for_members() -> None:
    place = PlaceFactory(street="99 Quiet Lane")
    group = GroupFactory(place=place, address_for_members_only=True)
    MeetingFactory(group=group, place=place, slug="imported",
                   listing={"formatted_address": "99 Quiet Lane, Berkeley, CA 94704, USA"})
    assert "99 Quiet Lane" not in Client().get(URL).content.decode()


def test_a_conference_kept_for_members_is_not_published() -> None:
    MeetingFactory(
        slug="members-link", attendance=Meeting.Attendance.ONLINE, place=None,
        conference_url="https://zoom.us/j/secret", conference_phone="+15105550199",
        conference_for_members_only=True,
    )
    response = Client().get(URL)
    row = {row["slug"]: row for row in response.json()}["members-link"]
    assert row["attendance_option"] == "online"
    assert not {"conference_url", "conference_url_notes", "conference_phone",
                "conference_phone_notes"} & set(row)
    assert "zoom.us/j/secret" not in response.content.decode()


@pytest.mark.parametrize(
    "rrule",
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "FREQ=MONTHLY;BYDAY=1SA", "FREQ=MONTHLY;BYMONTHDAY=15"],
)
def test_a_meeting_that_is_not_weekly_is_left_out_and_the_reason_logged(
    rrule: str, caplog: pytest.LogCaptureFixture
) -> None:
    MeetingFactory(slug="weekly")
    MeetingFactory(slug="not-weekly", rrule=rrule)
    caplog.set_level(logging.INFO, logger="mutual.meetings.feed")
    assert set(feed()) == {"weekly"}
    lines = [record.getMessage() for record in caplog.records
             if record.name == "mutual.meetings.feed"]
    assert len(lines) == 1
    assert "not-weekly" in lines[0]
    assert rrule in lines[0]


def test_a_weekly_rule_that_has_ended_is_left_out(caplog: pytest.LogCaptureFixture) -> None:
    MeetingFactory(slug="over", rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20200101")
    caplog.set_level(logging.INFO, logger="mutual.meetings.feed")
    assert "over" not in feed()
    assert any("over" in record.getMessage() and "20200101" in record.getMessage()
               for record in caplog.records)


@pytest.mark.parametrize(
    "group_fields",
    [
        pytest.param({"visibility": Group.Visibility.LISTED}, id="listed"),
        pytest.param({"visibility": Group.Visibility.PRIVATE}, id="private"),
        pytest.param({"visibility": Group.Visibility.SECRET}, id="secret"),
        pytest.param({"status": Group.Status.PAUSED}, id="paused"),
        pytest.param({"status": Group.Status.CLOSED}, id="closed"),
    ],
)
def test_only_meetings_of_public_active_groups_are_published(group_fields: dict) -> None:
    MeetingFactory(slug="public")
    MeetingFactory(group=GroupFactory(**group_fields), slug="not-public",
                   name="Unpublished Circle")
    response = Client().get(URL)
    assert {row["slug"] for row in response.json()} == {"public"}
    assert "Unpublished Circle" not in response.content.decode()


def test_a_repeated_request_with_the_etag_gets_304() -> None:
    MeetingFactory()
    client = Client()
    first = client.get(URL)
    assert first["ETag"]
    again = client.get(URL, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert again["Access-Control-Allow-Origin"] == "*"


def test_last_modified_is_the_latest_change_and_if_modified_since_gets_304(
    meeting: Meeting, organization: Any
) -> None:
    meeting.refresh_from_db()
    meeting.group.refresh_from_db()
    organization.refresh_from_db()
    latest = max(meeting.updated_at, meeting.group.updated_at, organization.updated_at)
    client = Client()
    response = client.get(URL)
    assert response["Last-Modified"] == http_date(latest.timestamp())
    again = client.get(URL, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert again.status_code == 304


def test_a_change_to_a_meeting_gives_a_new_etag_and_the_new_body(meeting: Meeting) -> None:
    client = Client()
    first = client.get(URL)
    update_meeting(actor=None, meeting=meeting, data={"notes": "Now upstairs."})
    second = client.get(URL, HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.status_code == 200
    assert second["ETag"] != first["ETag"]
    assert {row["slug"]: row for row in second.json()}["vine-street-tuesday"]["notes"] == (
        "Now upstairs."
    )


def test_a_group_leaving_the_public_gives_a_new_etag(meeting: Meeting) -> None:
    client = Client()
    first = client.get(URL)
    update_group(actor=UserFactory(is_staff=True), group=meeting.group,
                 data={"visibility": Group.Visibility.PRIVATE})
    second = client.get(URL, HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.status_code == 200
    assert second.json() == []


def test_a_deleted_meeting_gives_a_new_etag(meeting: Meeting) -> None:
    MeetingFactory(slug="stays")
    client = Client()
    first = client.get(URL)
    meeting.delete()
    second = client.get(URL, HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.status_code == 200
    assert [row["slug"] for row in second.json()] == ["stays"]


def varied_meetings(count: int, start: int = 0) -> None:
    """Meetings that use every join the feed makes: organizations, own places, languages."""
    for number in range(start, start + count):
        MeetingFactory(
            slug=f"varied-{number}",
            group=GroupFactory(organization=OrganizationFactory()),
            place=PlaceFactory() if number % 2 else None,
            languages=["en", "es"][: number % 3],
            attendance=Meeting.Attendance.HYBRID if number % 2 else Meeting.Attendance.IN_PERSON,
            conference_url="https://zoom.us/j/1" if number % 2 else "",
            listing={"venmo": f"@group{number}"},
        )


def test_the_body_is_built_in_the_same_number_of_queries_whatever_the_number_of_meetings(
    django_assert_num_queries: Any,
) -> None:
    varied_meetings(1)
    with django_assert_num_queries(FEED_QUERIES):
        Client().get(URL)
    varied_meetings(6, start=1)
    MeetingFactory(slug="monthly", rrule="FREQ=MONTHLY;BYDAY=1SA")
    with django_assert_num_queries(FEED_QUERIES):
        response = Client().get(URL)
    assert len(response.json()) == 7


def test_a_body_already_built_for_this_version_is_served_from_the_cache() -> None:
    varied_meetings(3)
    Client().get(URL)
    with CaptureQueriesContext(connection) as queries:
        response = Client().get(URL)
    assert response.status_code == 200
    assert len(response.json()) == 3
    assert len(queries) == VERSION_QUERIES


def test_the_feed_accepts_only_reading() -> None:
    assert Client().post(URL).status_code == 405


ISO_SPELLING = {"Punjabi": "Panjabi"}


def test_each_language_maps_to_the_type_that_names_it() -> None:
    types = meeting_types()
    for code, type_code in LANGUAGE_TYPES.items():
        language = pycountry.languages.get(alpha_2=code)
        english = ISO_SPELLING.get(types[type_code]["en"], types[type_code]["en"])
        assert re.search(rf"\b{english}\b", language.name), (code, english, language.name)


def test_every_language_type_of_the_specification_has_its_language() -> None:
    """Built from types.json: a type named like an ISO 639-1 language is that language."""
    languages = [language for language in pycountry.languages if hasattr(language, "alpha_2")]
    for type_code, names in meeting_types().items():
        english = re.escape(ISO_SPELLING.get(names["en"], names["en"]))
        for language in languages:
            # sh, Serbo-Croatian, is a deprecated code: Croatian is hr.
            if re.search(rf"\b{english}\b", language.name) and language.alpha_2 != "sh":
                assert LANGUAGE_TYPES.get(language.alpha_2) == type_code, (type_code, language)
                assert TYPE_LANGUAGES[type_code] in LANGUAGE_TYPES


def test_the_published_fields_are_json_types_the_specification_allows(meeting: Meeting) -> None:
    row = feed()["vine-street-tuesday"]
    assert isinstance(row["latitude"], float)
    assert isinstance(row["day"], int)
    assert all(isinstance(code, str) for code in row["types"])
    assert json.loads(json.dumps(row)) == row
