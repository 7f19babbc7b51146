"""“I plan to come”: only the person sees their plan; facilitators see a number and record
how many came."""

import datetime as dt
import zoneinfo
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from mutual.accounts.models import User
from mutual.audit.models import AuditEvent
from mutual.groups.models import Group, Membership
from mutual.meetings.actions import PLANS_PER_HOUR, cancel_occurrence, move_occurrence
from mutual.meetings.models import Attendance, Headcount, Meeting, Occurrence
from mutual.meetings.occurrences import refresh_meetings
from mutual.meetings.queries import coming_occurrences, participation_for
from mutual.meetings.recurrence import rule_dates
from tests.conftest import SIDES, Cast, client_for, person
from tests.factories import MeetingFactory, MembershipFactory

pytestmark = pytest.mark.django_db

PLAN = {"action": "plan", "remind_day_before": "on"}


@pytest.fixture
def meeting(cast: Cast) -> Meeting:
    return MeetingFactory(group=cast.group, name="Tuesday Circle")


def next_date(meeting: Meeting) -> dt.date:
    """The original date of the meeting's next occurrence."""
    occurrence = (
        Occurrence.objects.filter(meeting=meeting, starts_at__gt=timezone.now())
        .order_by("starts_at")
        .first()
    )
    assert occurrence is not None
    return occurrence.original_date


def past_date(meeting: Meeting) -> dt.date:
    """A date on which the meeting has already taken place."""
    today = timezone.now().date()
    return rule_dates(meeting, today - dt.timedelta(days=20), today - dt.timedelta(days=2))[-1]


def attend_url(meeting: Meeting, day: dt.date | str) -> str:
    return f"/meetings/{meeting.pk}/occurrences/{day}/attend/"


def headcount_url(meeting: Meeting, day: dt.date | str) -> str:
    return f"/meetings/{meeting.pk}/occurrences/{day}/headcount/"


@pytest.mark.parametrize("side", SIDES)
def test_anyone_signed_in_who_sees_the_meeting_may_plan_to_come(
    cast: Cast, meeting: Meeting, side: str
) -> None:
    day = next_date(meeting)
    user = person(cast, side)

    response = client_for(user).post(attend_url(meeting, day), PLAN)

    assert response.status_code == 302
    if user is None:
        assert response["Location"].startswith("/accounts/login/?next=")
        assert not Attendance.objects.exists()
    else:
        assert response["Location"] == f"/meetings/{meeting.pk}/#participation"
        plan = Attendance.objects.get(meeting=meeting, original_date=day, user=user)
        assert plan.remind_day_before and not plan.remind_hour_before


@pytest.mark.parametrize(
    ("side", "status"),
    [("anonymous", 404), ("member", 302), ("facilitator", 302), ("other_member", 404),
     ("staff", 302)],
)
def test_a_secret_groups_meeting_is_not_found_by_outsiders(
    cast: Cast, meeting: Meeting, side: str, status: int
) -> None:
    Group.objects.filter(pk=cast.group.pk).update(visibility=Group.Visibility.SECRET)
    day = next_date(meeting)

    response = client_for(person(cast, side)).post(attend_url(meeting, day), PLAN)

    assert response.status_code == status
    assert Attendance.objects.count() == (1 if status == 302 else 0)


def test_saying_it_again_changes_the_reminders_and_withdrawing_removes_the_plan(
    cast: Cast, meeting: Meeting
) -> None:
    day = next_date(meeting)
    client = client_for(cast.member)

    client.post(attend_url(meeting, day), PLAN)
    client.post(attend_url(meeting, day), {"action": "plan", "remind_hour_before": "on"})

    plan = Attendance.objects.get()
    assert (plan.remind_day_before, plan.remind_hour_before) == (False, True)

    response = client.post(attend_url(meeting, day), {"action": "withdraw"}, follow=True)

    assert not Attendance.objects.exists()
    assert "You no longer plan to come" in response.content.decode()


def test_the_history_keeps_that_a_plan_was_made_but_not_by_whom(
    cast: Cast, meeting: Meeting
) -> None:
    client_for(cast.member).post(attend_url(meeting, next_date(meeting)), PLAN)

    event = AuditEvent.objects.get(verb="meeting.plan")
    assert event.actor is None
    assert event.target_id == str(meeting.pk)


def test_a_cancelled_occurrence_cannot_be_planned_and_says_why(
    cast: Cast, meeting: Meeting
) -> None:
    day = next_date(meeting)
    cancel_occurrence(actor=cast.facilitator, meeting=meeting, original_date=day, reason="Holiday")

    response = client_for(cast.member).post(attend_url(meeting, day), PLAN)

    assert response.status_code == 400
    assert "is cancelled" in response.content.decode()
    assert not Attendance.objects.exists()


def test_a_date_without_a_coming_meeting_is_refused(cast: Cast, meeting: Meeting) -> None:
    client = client_for(cast.member)

    past = client.post(attend_url(meeting, past_date(meeting)), PLAN)
    wednesday = client.post(attend_url(meeting, next_date(meeting) + dt.timedelta(days=1)), PLAN)
    nonsense = client.post(attend_url(meeting, "next-tuesday"), PLAN)

    assert past.status_code == 400
    assert "There is no coming meeting on" in past.content.decode()
    assert wednesday.status_code == 400
    assert nonsense.status_code == 404
    assert not Attendance.objects.exists()


def test_a_plan_needs_a_post(cast: Cast, meeting: Meeting) -> None:
    response = client_for(cast.member).get(attend_url(meeting, next_date(meeting)))

    assert response.status_code == 405


def test_too_many_changes_in_an_hour_are_refused_with_a_clear_message(
    cast: Cast, meeting: Meeting
) -> None:
    day = next_date(meeting)
    client = client_for(cast.member)
    for _attempt in range(PLANS_PER_HOUR):
        assert client.post(attend_url(meeting, day), PLAN).status_code == 302

    response = client.post(
        attend_url(meeting, day), {"action": "plan", "remind_hour_before": "on"}
    )

    assert response.status_code == 429
    content = response.content.decode()
    assert "Please try again in an hour." in content
    # What they asked for is still on the form, ready to send again.
    assert 'name="remind_hour_before" id="id_remind_hour_before" checked' in content
    assert Attendance.objects.get().remind_day_before


def test_a_plan_is_seen_only_by_its_maker_and_facilitators_see_a_number(
    cast: Cast, meeting: Meeting
) -> None:
    day = next_date(meeting)
    second_member = MembershipFactory(group=cast.group, display_name="Rowan").user
    Membership.objects.filter(user=cast.member).update(display_name="Ash")
    client_for(cast.member).post(attend_url(meeting, day), PLAN)
    page = f"/meetings/{meeting.pk}/"

    own = client_for(cast.member).get(page).content.decode()
    other = client_for(second_member).get(page).content.decode()
    facilitator = client_for(cast.facilitator).get(page).content.decode()
    staff = client_for(cast.staff).get(page).content.decode()
    outsider = client_for(cast.other_member).get(page).content.decode()
    anonymous = Client().get(page).content.decode()

    assert "You plan to come" in own
    for content in (other, facilitator, staff, outsider, anonymous):
        assert "You plan to come" not in content
        assert cast.member.email not in content
        assert str(cast.member) not in content
        assert "Ash" not in content
    for content in (facilitator, staff):
        assert "1 person plans to come" in content
    for content in (own, other, outsider, anonymous):
        assert "plans to come" not in content
        assert "people plan to come" not in content


def test_anonymous_visitors_are_invited_to_sign_in_to_plan(meeting: Meeting) -> None:
    content = Client().get(f"/meetings/{meeting.pk}/").content.decode()

    assert f"/accounts/login/?next=/meetings/{meeting.pk}/" in content
    assert "I plan to come" not in content


@pytest.mark.parametrize(
    ("side", "status"),
    [("anonymous", 302), ("member", 403), ("facilitator", 302), ("other_member", 403),
     ("staff", 302)],
)
def test_facilitators_and_staff_record_a_headcount(
    cast: Cast, meeting: Meeting, side: str, status: int
) -> None:
    day = past_date(meeting)
    user = person(cast, side)

    response = client_for(user).post(headcount_url(meeting, day), {"count": "12"})

    assert response.status_code == status
    if user is None:
        assert response["Location"].startswith("/accounts/login/")
    if side in ("facilitator", "staff"):
        assert response["Location"] == f"/meetings/{meeting.pk}/#participation"
        headcount = Headcount.objects.get(meeting=meeting, original_date=day)
        assert headcount.count == 12
        assert headcount.recorded_by == user
        event = AuditEvent.objects.get(verb="meeting.headcount")
        assert event.actor == user
        assert event.data == {"date": day.isoformat(), "count": 12}
    else:
        assert not Headcount.objects.exists()


def test_a_headcount_shows_to_facilitators_beside_the_past_meeting(
    cast: Cast, meeting: Meeting
) -> None:
    day = past_date(meeting)
    client_for(cast.facilitator).post(headcount_url(meeting, day), {"count": "7"})
    client_for(cast.facilitator).post(headcount_url(meeting, day), {"count": "9"})
    page = f"/meetings/{meeting.pk}/"

    facilitator = client_for(cast.facilitator).get(page).content.decode()
    member = client_for(cast.member).get(page).content.decode()

    assert Headcount.objects.get().count == 9
    assert f'action="/meetings/{meeting.pk}/occurrences/{day}/headcount/"' in facilitator
    assert 'name="count" min="0" inputmode="numeric" value="9"' in facilitator
    assert "How many came" not in member
    assert "/headcount/" not in member


def test_a_headcount_waits_until_the_meeting_has_started_and_keeps_the_number(
    cast: Cast, meeting: Meeting
) -> None:
    response = client_for(cast.facilitator).post(
        headcount_url(meeting, next_date(meeting)), {"count": "14"}
    )

    assert response.status_code == 400
    content = response.content.decode()
    assert "once the meeting has started" in content
    assert 'value="14"' in content
    assert not Headcount.objects.exists()


def test_a_headcount_that_is_not_a_number_is_refused_and_kept(
    cast: Cast, meeting: Meeting
) -> None:
    response = client_for(cast.facilitator).post(
        headcount_url(meeting, past_date(meeting)), {"count": "-3"}
    )

    assert response.status_code == 400
    content = response.content.decode()
    assert 'value="-3"' in content
    assert "greater than or equal to 0" in content
    assert not Headcount.objects.exists()


def test_a_moved_occurrence_counts_from_its_new_start(cast: Cast) -> None:
    """A meeting moved to later today has not started, whatever its rule date says."""
    zone = zoneinfo.ZoneInfo("America/Los_Angeles")
    now = timezone.now()
    meeting = MeetingFactory(group=cast.group)
    day = past_date(meeting)
    move_occurrence(
        actor=cast.facilitator, meeting=meeting, original_date=day,
        new_start=(now + dt.timedelta(hours=3)).astimezone(zone), reason="Room booked",
    )
    refresh_meetings([meeting.pk])

    response = client_for(cast.facilitator).post(headcount_url(meeting, day), {"count": "5"})

    assert response.status_code == 400
    assert not Headcount.objects.exists()


@pytest.mark.parametrize(("side", "queries"), [("member", 2), ("facilitator", 7)])
def test_the_meeting_page_reads_plans_and_numbers_in_a_fixed_number_of_queries(
    cast: Cast, meeting: Meeting, side: str, queries: int, django_assert_num_queries: Any
) -> None:
    now = timezone.now()
    upcoming = coming_occurrences([meeting.pk], per_meeting=6)[meeting.pk]
    cards = [{"occurrence": occurrence} for occurrence in upcoming]
    user = User.objects.get(pk=getattr(cast, side).pk)

    with django_assert_num_queries(queries):
        part = participation_for(meeting, cards, user, now=now)

    assert len(part["rows"]) == 6
