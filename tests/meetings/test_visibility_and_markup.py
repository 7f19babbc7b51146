"""A listed group shows only its name: its meetings stay with its members."""

import json

import pytest
from django.urls import reverse

from mutual.groups.models import Group
from tests.conftest import SIDES, Cast, client_for, person
from tests.factories import MeetingFactory

SEES_MEETINGS = {"anonymous": False, "member": True, "facilitator": True,
                 "other_member": False, "staff": True}


@pytest.fixture
def listed_meeting(cast: Cast):
    Group.objects.filter(pk=cast.group.pk).update(visibility=Group.Visibility.LISTED)
    cast.group.refresh_from_db()
    return MeetingFactory(group=cast.group, conference_url="https://meet.example.org/listed",
                          attendance="hybrid")


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize(
    "url_name", ["meeting-detail", "meeting-ics", "api-meeting-detail"]
)
def test_only_members_and_staff_see_a_listed_groups_meeting(
    cast: Cast, listed_meeting, side: str, url_name: str
) -> None:
    response = client_for(person(cast, side)).get(reverse(url_name, args=[listed_meeting.pk]))

    assert response.status_code == (200 if SEES_MEETINGS[side] else 404)
    if not SEES_MEETINGS[side]:
        assert b"meet.example.org" not in response.content


@pytest.mark.parametrize("side", SIDES)
def test_only_members_and_staff_get_a_listed_groups_calendar(
    cast: Cast, listed_meeting, side: str
) -> None:
    response = client_for(person(cast, side)).get(
        reverse("group-meetings-ics", args=[cast.group.slug])
    )

    assert response.status_code == (200 if SEES_MEETINGS[side] else 404)


def test_a_listed_groups_meetings_stay_out_of_the_finder(cast: Cast, listed_meeting) -> None:
    response = client_for(None).get("/api/v1/meetings/", {"from": listed_meeting.starts_on})

    assert response.status_code == 200
    assert all(result["id"] != listed_meeting.pk for result in response.json()["results"])


def test_a_public_meetings_page_carries_its_schedule_as_schema_org_event(cast: Cast) -> None:
    meeting = MeetingFactory(group=cast.group, rrule="FREQ=WEEKLY;BYDAY=TU,TH")

    body = client_for(None).get(meeting.get_absolute_url()).content.decode()

    markup = json.loads(body.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert markup["@type"] == "Event"
    assert markup["eventSchedule"]["byDay"] == [
        "https://schema.org/Tuesday", "https://schema.org/Thursday"
    ]
    assert markup["eventSchedule"]["startTime"] == "19:00"
    assert markup["eventSchedule"]["scheduleTimezone"] == "America/Los_Angeles"
    assert markup["location"]["address"]["addressLocality"] == "Berkeley"


def test_a_private_groups_meeting_page_has_no_schema_org_markup(cast: Cast) -> None:
    Group.objects.filter(pk=cast.group.pk).update(visibility=Group.Visibility.PRIVATE)
    meeting = MeetingFactory(group=Group.objects.get(pk=cast.group.pk))

    body = client_for(None).get(meeting.get_absolute_url()).content.decode()

    assert "application/ld+json" not in body
