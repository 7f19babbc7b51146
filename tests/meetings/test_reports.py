"""“This listing is wrong”: anyone who sees a meeting can say so; only the group's facilitators
(and staff) see the reports and resolve them."""

from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.http import HttpResponse
from django.test import Client

from mutual.audit.models import AuditEvent
from mutual.groups.models import Group
from mutual.meetings.actions import REPORTS_PER_HOUR
from mutual.meetings.models import ListingReport, Meeting
from tests.conftest import SIDES, Cast, client_for, person
from tests.factories import MeetingFactory, MembershipFactory

pytestmark = pytest.mark.django_db

Send = Callable[..., HttpResponse]

VIDEO = "https://video.example.org/tuesday-circle"
REPORT = {
    "problem": "We moved to Thursdays in September.",
    "name": "Tuesday Circle",
    "when": "Every Thursday, 19:00 (America/Los_Angeles), 90 minutes",
    "notes": "Bring a friend.",
    "contact": "sam@example.net",
    "website": "",
}


@pytest.fixture
def meeting(cast: Cast) -> Meeting:
    return MeetingFactory(group=cast.group, name="Tuesday Circle", notes="Tea from 18:45.")


@pytest.fixture
def send(django_capture_on_commit_callbacks: Any) -> Send:
    """POST the report form and run what the action schedules after its commit."""

    def post(client: Client, meeting: Meeting, data: dict[str, str] = REPORT) -> HttpResponse:
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"/meetings/{meeting.pk}/report/", data)

    return post


def reports_url(group: Group) -> str:
    return f"/groups/{group.slug}/meetings/reports/"


def make_report(meeting: Meeting, **fields: Any) -> ListingReport:
    values: dict[str, Any] = {
        "problem": "The room changed.",
        "suggested": {"name": meeting.display_name, "place": "Room 2B, 37 Shattuck Avenue"},
        "contact": "",
    }
    values.update(fields)
    return ListingReport.objects.create(meeting=meeting, **values)


@pytest.mark.parametrize("side", SIDES)
def test_anyone_who_sees_the_meeting_gets_the_form_filled_with_its_listing(
    cast: Cast, meeting: Meeting, side: str
) -> None:
    response = client_for(person(cast, side)).get(f"/meetings/{meeting.pk}/report/")

    assert response.status_code == 200
    content = response.content.decode()
    assert 'value="Tuesday Circle"' in content
    assert "Every Tuesday, 19:00 (America/Los_Angeles), 90 minutes" in content
    assert "Berkeley, CA 94704, US" in content
    assert "Tea from 18:45." in content
    assert 'name="website"' in content


@pytest.mark.parametrize(
    ("side", "status"),
    [("anonymous", 404), ("member", 200), ("facilitator", 200), ("other_member", 404),
     ("staff", 200)],
)
def test_a_secret_groups_meeting_has_no_form_for_outsiders(
    cast: Cast, meeting: Meeting, side: str, status: int
) -> None:
    Group.objects.filter(pk=cast.group.pk).update(visibility=Group.Visibility.SECRET)

    response = client_for(person(cast, side)).get(f"/meetings/{meeting.pk}/report/")

    assert response.status_code == status


@pytest.mark.parametrize(
    ("side", "sees_link"),
    [("anonymous", False), ("member", True), ("facilitator", True), ("other_member", False),
     ("staff", True)],
)
def test_the_video_link_is_prefilled_only_for_those_who_may_see_it(
    cast: Cast, side: str, sees_link: bool
) -> None:
    meeting = MeetingFactory(
        group=cast.group, attendance=Meeting.Attendance.ONLINE, conference_url=VIDEO,
        conference_for_members_only=True,
    )

    content = client_for(person(cast, side)).get(f"/meetings/{meeting.pk}/report/")

    assert (VIDEO in content.content.decode()) is sees_link
    assert ('name="conference"' in content.content.decode()) is sees_link


def test_a_report_is_kept_audited_and_sent_to_the_facilitators(
    cast: Cast, meeting: Meeting, send: Send
) -> None:
    cast.group.name = "Widowed Walkers of Berkeley"
    cast.group.save()
    second = MembershipFactory(group=cast.group, role="facilitator").user

    response = send(Client(), meeting)

    assert response.status_code == 302
    assert response["Location"] == f"/meetings/{meeting.pk}/"
    report = ListingReport.objects.get()
    assert report.problem == REPORT["problem"]
    assert report.contact == "sam@example.net"
    assert report.reporter is None
    assert report.suggested == {
        "name": "Tuesday Circle",
        "when": "Every Thursday, 19:00 (America/Los_Angeles), 90 minutes",
        "place": "",
        "notes": "Bring a friend.",
    }
    assert AuditEvent.objects.filter(verb="meeting.report", target_id=str(meeting.pk)).exists()
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [cast.facilitator.email, second.email]
    )
    message = mail.outbox[0]
    assert message.subject == "A listing needs checking"
    for word in ("widow", "walkers", "berkeley", "tuesday", "loss", "spouse"):
        assert word not in message.subject.lower()
    assert f"/groups/{cast.group.slug}/meetings/reports/" in message.body
    assert REPORT["problem"] in message.body
    assert message.alternatives[0][1] == "text/html"


def test_a_report_without_what_is_wrong_keeps_what_was_typed(
    cast: Cast, meeting: Meeting, send: Send
) -> None:
    response = send(Client(), meeting, {**REPORT, "problem": "  "})

    assert response.status_code == 400
    content = response.content.decode()
    assert "This field is required." in content
    assert 'value="Every Thursday, 19:00 (America/Los_Angeles), 90 minutes"' in content
    assert 'value="sam@example.net"' in content
    assert "Bring a friend." in content
    assert not ListingReport.objects.exists()
    assert mail.outbox == []


def test_a_robot_that_fills_the_hidden_field_is_thanked_and_nothing_is_kept(
    meeting: Meeting, send: Send
) -> None:
    response = send(Client(), meeting, {**REPORT, "website": "https://spam.example"})

    assert response.status_code == 302
    assert not ListingReport.objects.exists()
    assert mail.outbox == []


def test_many_reports_from_one_address_are_slowed_with_a_clear_message(
    meeting: Meeting, send: Send
) -> None:
    client = Client()
    for _attempt in range(REPORTS_PER_HOUR):
        assert send(client, meeting).status_code == 302

    response = send(client, meeting, {**REPORT, "problem": "The phone number is wrong."})

    assert response.status_code == 429
    content = response.content.decode()
    assert "Please try again in an hour." in content
    assert "The phone number is wrong." in content
    assert ListingReport.objects.count() == REPORTS_PER_HOUR
    # Another address is not held back by the first.
    other = Client(REMOTE_ADDR="192.0.2.80")
    assert send(other, meeting).status_code == 302


def test_a_signed_in_reporter_is_kept_with_the_report(
    cast: Cast, meeting: Meeting, send: Send
) -> None:
    send(client_for(cast.other_member), meeting)

    assert ListingReport.objects.get().reporter == cast.other_member


@pytest.mark.parametrize(
    ("side", "status"),
    [("anonymous", 302), ("member", 403), ("facilitator", 200), ("other_member", 403),
     ("staff", 200)],
)
def test_only_facilitators_and_staff_see_the_reports(
    cast: Cast, meeting: Meeting, side: str, status: int
) -> None:
    make_report(meeting, problem="The room changed to 2B.", contact="jo@example.net")

    response = client_for(person(cast, side)).get(reports_url(cast.group))

    assert response.status_code == status
    if side == "anonymous":
        assert response["Location"].startswith("/accounts/login/")
    content = response.content.decode()
    assert ("The room changed to 2B." in content) is (status == 200)
    assert ("jo@example.net" in content) is (status == 200)


def test_a_secret_groups_reports_are_not_found_by_outsiders(cast: Cast, meeting: Meeting) -> None:
    Group.objects.filter(pk=cast.group.pk).update(visibility=Group.Visibility.SECRET)

    assert client_for(cast.other_member).get(reports_url(cast.group)).status_code == 404
    assert client_for(cast.facilitator).get(reports_url(cast.group)).status_code == 200


def test_the_reports_page_puts_open_reports_first_with_suggested_and_current_details(
    cast: Cast, meeting: Meeting
) -> None:
    make_report(meeting, problem="An old complaint.", status=ListingReport.Status.RESOLVED,
                resolution="Fixed the time.")
    make_report(meeting, problem="The room changed to 2B.", contact="jo@example.net")
    other_groups_meeting = MeetingFactory(group=cast.other_group)
    make_report(other_groups_meeting, problem="Not this group's business.")

    content = client_for(cast.facilitator).get(reports_url(cast.group)).content.decode()

    assert content.index("The room changed to 2B.") < content.index("An old complaint.")
    assert "Not this group's business." not in content
    assert "1 open report" in content
    assert "Room 2B, 37 Shattuck Avenue" in content
    assert "Berkeley, CA 94704, US" in content  # the place as listed now
    assert "jo@example.net" in content
    assert "Fixed the time." in content
    assert content.count('name="resolution"') == 1


def test_the_meeting_page_links_facilitators_to_open_reports(cast: Cast, meeting: Meeting) -> None:
    make_report(meeting)
    page = f"/meetings/{meeting.pk}/"

    facilitator = client_for(cast.facilitator).get(page).content.decode()
    member = client_for(cast.member).get(page).content.decode()

    assert reports_url(cast.group) in facilitator
    assert "1 open" in facilitator
    assert reports_url(cast.group) not in member
    assert f"/meetings/{meeting.pk}/report/" in member


@pytest.mark.parametrize(
    ("side", "status"),
    [("anonymous", 302), ("member", 403), ("facilitator", 302), ("other_member", 403),
     ("staff", 302)],
)
def test_facilitators_and_staff_resolve_a_report(
    cast: Cast, meeting: Meeting, side: str, status: int
) -> None:
    report = make_report(meeting)
    user = person(cast, side)

    response = client_for(user).post(
        reports_url(cast.group), {"report": report.pk, "resolution": "Updated the room."}
    )

    assert response.status_code == status
    report.refresh_from_db()
    if side in ("facilitator", "staff"):
        assert response["Location"] == reports_url(cast.group)
        assert report.status == ListingReport.Status.RESOLVED
        assert report.resolution == "Updated the room."
        assert report.resolved_by == user
        assert report.resolved_at is not None
        event = AuditEvent.objects.get(verb="meeting.resolve_report")
        assert event.actor == user
    else:
        assert report.status == ListingReport.Status.OPEN
        assert not AuditEvent.objects.filter(verb="meeting.resolve_report").exists()


def test_resolving_needs_what_was_done_and_keeps_the_page(cast: Cast, meeting: Meeting) -> None:
    report = make_report(meeting)

    response = client_for(cast.facilitator).post(
        reports_url(cast.group), {"report": report.pk, "resolution": ""}
    )

    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    report.refresh_from_db()
    assert report.status == ListingReport.Status.OPEN


def test_a_report_is_resolved_only_once(cast: Cast, meeting: Meeting) -> None:
    report = make_report(meeting)
    client = client_for(cast.facilitator)
    client.post(reports_url(cast.group), {"report": report.pk, "resolution": "Updated."})

    again = client.post(reports_url(cast.group), {"report": report.pk, "resolution": "Again."})

    assert again.status_code == 400
    assert "already resolved" in again.content.decode()
    report.refresh_from_db()
    assert report.resolution == "Updated."


def test_a_facilitator_cannot_resolve_another_groups_report_through_their_page(
    cast: Cast,
) -> None:
    report = make_report(MeetingFactory(group=cast.other_group))

    response = client_for(cast.facilitator).post(
        reports_url(cast.group), {"report": report.pk, "resolution": "Not mine."}
    )

    assert response.status_code == 404
    report.refresh_from_db()
    assert report.status == ListingReport.Status.OPEN


def test_an_empty_report_says_what_is_missing(meeting: Meeting, send: Send) -> None:
    response = send(Client(), meeting, {})

    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert not ListingReport.objects.exists()
