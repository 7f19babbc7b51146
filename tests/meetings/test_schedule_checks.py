"""A schedule that would make every calendar and refresh slow is refused with a message."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from mutual.meetings.actions import create_meeting
from mutual.meetings.models import Meeting
from tests.factories import GroupFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("first", [dt.date(1, 1, 1), dt.date(1999, 12, 31), dt.date(2099, 1, 1)])
def test_a_first_date_far_from_today_is_refused(first: dt.date) -> None:
    group = GroupFactory()

    with pytest.raises(ValidationError) as raised:
        create_meeting(actor=None, group=group, rrule="FREQ=DAILY", starts_on=first,
                       start_time=dt.time(19), time_zone="America/Los_Angeles")

    assert "starts_on" in raised.value.message_dict
    assert not Meeting.objects.exists()


def test_a_rule_that_never_happens_is_refused_before_anything_is_saved() -> None:
    group = GroupFactory()

    with pytest.raises(ValidationError, match="never have that day"):
        create_meeting(actor=None, group=group, rrule="FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
                       starts_on=dt.date(2026, 1, 1), start_time=dt.time(19),
                       time_zone="America/Los_Angeles")

    assert not Meeting.objects.exists()
