"""Milestones on the day, and the private monthly "you helped" note."""

import datetime
from io import StringIO
from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from mutual.discussions.milestones import milestone_day, todays_milestones
from mutual.discussions.models import Milestone, Thanks
from mutual.groups.models import Membership
from mutual.notifications.models import Notification
from mutual.notifications.recognition import announce_milestones, thank_helpers
from tests.conftest import Cast
from tests.factories import GroupFactory, MembershipFactory
from tests.notifications.helpers import make_reply, make_thread

DAY = datetime.timedelta(days=1)


def milestone(kind: str, date: datetime.date) -> Milestone:
    return Milestone(kind=kind, label="since my last drink", date=date)


@pytest.mark.parametrize(("days", "wording"), [
    (1, "1 day"), (7, "7 days"), (30, "30 days"), (60, "60 days"), (90, "90 days"),
    (180, "180 days"), (2, None), (31, None), (200, None),
])
def test_days_since_are_marked_on_the_early_days(days: int, wording: str | None) -> None:
    today = datetime.date(2026, 11, 27)
    assert milestone_day(milestone("days_since", today - days * DAY), today) == wording


def test_years_are_marked_on_the_date_for_both_kinds() -> None:
    today = datetime.date(2026, 11, 27)
    for kind in ("days_since", "anniversary"):
        assert milestone_day(milestone(kind, datetime.date(2025, 11, 27)), today) == "1 year"
        assert milestone_day(milestone(kind, datetime.date(2016, 11, 27)), today) == "10 years"
        assert milestone_day(milestone(kind, datetime.date(2025, 11, 28)), today) is None
    assert milestone_day(milestone("anniversary", today - 7 * DAY), today) is None
    assert milestone_day(milestone("anniversary", today), today) is None


def test_a_leap_day_is_marked_on_the_28th_in_other_years() -> None:
    leap = milestone("anniversary", datetime.date(2024, 2, 29))
    assert milestone_day(leap, datetime.date(2025, 2, 28)) == "1 year"
    assert milestone_day(leap, datetime.date(2028, 2, 28)) is None
    assert milestone_day(leap, datetime.date(2028, 2, 29)) == "4 years"


@pytest.fixture
def sams_mum(cast: Cast) -> Membership:
    return MembershipFactory(group=cast.group, display_name="Sam's mum")


def test_todays_milestones_are_the_shared_ones_of_active_members(
        cast: Cast, sams_mum: Membership) -> None:
    today = timezone.localdate()
    shared = Milestone.objects.create(group=cast.group, user=sams_mum.user, kind="anniversary",
                                      label="Sam's birthday", date=today.replace(year=2020))
    Milestone.objects.create(group=cast.group, user=sams_mum.user, kind="days_since",
                             label="private", date=today - 30 * DAY, shared=False)
    Milestone.objects.create(group=cast.group, user=sams_mum.user, kind="days_since",
                             label="not today", date=today - 31 * DAY)
    gone = MembershipFactory(group=cast.group, status=Membership.Status.REMOVED)
    Milestone.objects.create(group=cast.group, user=gone.user, kind="days_since",
                             label="left", date=today - 7 * DAY)
    found = todays_milestones([cast.group.pk], today)
    assert [m.pk for m in found] == [shared.pk]
    assert found[0].display_name == "Sam's mum"  # type: ignore[attr-defined]
    assert found[0].span == f"{today.year - 2020} years"  # type: ignore[attr-defined]
    assert todays_milestones([cast.other_group.pk], today) == []


def test_the_group_hears_of_a_milestone_on_the_day_only(
        cast: Cast, sams_mum: Membership, django_capture_on_commit_callbacks: Any) -> None:
    today = timezone.localdate()
    Milestone.objects.create(group=cast.group, user=sams_mum.user, kind="days_since",
                             label="since my last drink", date=today - 30 * DAY)
    Membership.objects.filter(user=cast.facilitator).update(email_milestones=True)
    pending = MembershipFactory(group=cast.group, status=Membership.Status.PENDING)

    assert announce_milestones(today=today - DAY) == 0
    assert not Notification.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("notifications", "milestones", stdout=StringIO())
    told = Notification.objects.filter(kind="milestone")
    assert set(told.values_list("recipient_id", flat=True)) == {cast.member.pk,
                                                                 cast.facilitator.pk}
    assert not told.filter(recipient__in=[sams_mum.user, pending.user, cast.other_member]) \
        .exists()
    assert told.first().text == (  # type: ignore[union-attr]
        f"Sam's mum marks 30 days — since my last drink — today in {cast.group.name}.")
    assert [message.to for message in mail.outbox] == [[cast.facilitator.email]]
    assert "Sam" not in mail.outbox[0].subject
    assert announce_milestones(today=today) == 0
    assert told.count() == 2


def this_month() -> datetime.date:
    return timezone.localdate().replace(day=1)


def thanked(post: Any, by: Any, when: datetime.date) -> None:
    thanks = Thanks.objects.create(post=post, user=by)
    moment = timezone.make_aware(datetime.datetime.combine(when, datetime.time(12)))
    Thanks.objects.filter(pk=thanks.pk).update(created_at=moment)


def test_helpers_hear_how_many_different_people_thanked_them_last_month(
        cast: Cast, django_capture_on_commit_callbacks: Any) -> None:
    first = this_month()
    last_month = (first - DAY).replace(day=1)
    helper = MembershipFactory(group=cast.group).user
    other_helper = MembershipFactory(group=cast.other_group).user
    thread = make_thread(cast.group, cast.facilitator)
    one, two = make_reply(thread, helper), make_reply(thread, helper)
    thanked(one, cast.member, last_month)
    thanked(two, cast.member, last_month + 3 * DAY)
    thanked(one, cast.facilitator, last_month + 9 * DAY)
    thanked(two, MembershipFactory(group=cast.group).user, first)  # this month: not yet
    thanked(two, MembershipFactory(group=cast.group).user, last_month - DAY)  # too early
    elsewhere = make_reply(make_thread(cast.other_group, cast.other_member), other_helper)
    thanked(elsewhere, cast.other_member, last_month)

    with django_capture_on_commit_callbacks(execute=True):
        assert thank_helpers(today=first) == 2
    month = last_month.strftime("%B %Y")
    assert Notification.objects.get(recipient=helper).text == f"You helped 2 people in {month}."
    assert Notification.objects.get(recipient=other_helper).text == \
        f"You helped 1 person in {month}."
    assert set(Notification.objects.values_list("recipient_id", flat=True)) == {
        helper.pk, other_helper.pk}
    assert not Notification.objects.exclude(kind="helped").exists()
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        assert thank_helpers(today=first) == 0
    assert Notification.objects.count() == 2


def test_the_monthly_command_runs(cast: Cast) -> None:
    out = StringIO()
    call_command("notifications", "monthly-thanks", stdout=out)
    assert "0 members told" in out.getvalue()


def test_another_groups_milestones_stay_in_that_group(cast: Cast) -> None:
    today = timezone.localdate()
    outsider = MembershipFactory(group=GroupFactory())
    Milestone.objects.create(group=outsider.group, user=outsider.user, kind="days_since",
                             label="x", date=today - DAY)
    announce_milestones(today=today)
    assert not Notification.objects.filter(
        recipient__in=[cast.member, cast.facilitator, cast.other_member]).exists()
