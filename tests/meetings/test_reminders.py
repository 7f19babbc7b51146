"""Reminders: due in the meeting's zone across clock changes, sent once, following moves and
cancellations, saying nothing sensitive in the subject, and easy to turn off."""

import datetime as dt
import zoneinfo
from io import StringIO
from urllib.parse import urlparse

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client

from mutual.accounts.models import User
from mutual.groups.models import Group
from mutual.meetings.actions import cancel_occurrence, move_occurrence, plan_to_attend
from mutual.meetings.models import Attendance, Meeting, Occurrence
from mutual.meetings.occurrences import refresh_meetings
from mutual.meetings.reminders import (
    deliver_reminder,
    due_at,
    send_due_reminders,
    unsubscribe_url,
)
from tests.conftest import Cast
from tests.factories import GroupFactory, MeetingFactory, PlaceFactory

pytestmark = pytest.mark.django_db

UTC = dt.UTC
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
# Clocks in Paris go forward at 02:00 on Sunday 28 March 2027.
SPRING_FORWARD_SUNDAY = dt.date(2027, 3, 28)
# Clocks in New York go back at 02:00 on Sunday 7 November 2027, the first Sunday of November.
FALL_BACK_SUNDAY = dt.date(2027, 11, 7)


def at(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=UTC)


def sunday_meeting(group: Group, zone: str, first: dt.date, **fields: object) -> Meeting:
    """Every Sunday at 10:00 local, with occurrences expanded around `first`."""
    meeting = MeetingFactory(
        group=group, name="Sunday Morning Circle", rrule="FREQ=WEEKLY;BYDAY=SU",
        starts_on=dt.date(2027, 1, 3), start_time=dt.time(10), time_zone=zone, **fields,
    )
    expand_around(meeting, first)
    return meeting


def expand_around(meeting: Meeting, day: dt.date) -> None:
    """Materialise occurrences as the daily refresh would in the week before `day`."""
    refresh_meetings([meeting.pk], today=day - dt.timedelta(days=7))


def plan(
    user: User, meeting: Meeting, day: dt.date, *, day_before: bool = True,
    hour_before: bool = True,
) -> Attendance:
    return plan_to_attend(
        actor=user, meeting=meeting, original_date=day, remind_day_before=day_before,
        remind_hour_before=hour_before,
        now=dt.datetime.combine(day - dt.timedelta(days=5), dt.time(12), tzinfo=UTC),
    )


def occurrence_of(attendance: Attendance) -> Occurrence:
    return Occurrence.objects.get(
        meeting_id=attendance.meeting_id, original_date=attendance.original_date
    )


@pytest.fixture
def paris_meeting(cast: Cast) -> Meeting:
    return sunday_meeting(cast.group, "Europe/Paris", SPRING_FORWARD_SUNDAY)


def test_the_day_before_is_1800_local_and_the_hour_before_follows_the_spring_clock_change(
    cast: Cast, paris_meeting: Meeting
) -> None:
    attendance = plan(cast.member, paris_meeting, SPRING_FORWARD_SUNDAY)

    times = due_at(attendance, occurrence_of(attendance))

    # Saturday is still on winter time (+01:00); Sunday 10:00 is on summer time (+02:00).
    assert times.day_before == at(2027, 3, 27, 17, 0)
    assert times.day_before.isoformat() == "2027-03-27T18:00:00+01:00"
    assert times.hour_before == at(2027, 3, 28, 7, 0)
    assert times.hour_before.isoformat() == "2027-03-28T09:00:00+02:00"


def test_a_us_meeting_on_the_first_sunday_of_november_is_reminded_on_both_sides_of_the_change(
    cast: Cast,
) -> None:
    meeting = sunday_meeting(cast.group, "America/New_York", FALL_BACK_SUNDAY)
    attendance = plan(cast.member, meeting, FALL_BACK_SUNDAY)

    times = due_at(attendance, occurrence_of(attendance))

    # 18:00 on Saturday is still daylight time (-04:00); 09:00 on Sunday is standard (-05:00).
    assert times.day_before.isoformat() == "2027-11-06T18:00:00-04:00"
    assert times.day_before == at(2027, 11, 6, 22, 0)
    assert times.hour_before.isoformat() == "2027-11-07T09:00:00-05:00"
    assert times.hour_before == at(2027, 11, 7, 14, 0)


def test_reminders_go_out_at_their_times_once_each(cast: Cast, paris_meeting: Meeting) -> None:
    attendance = plan(cast.member, paris_meeting, SPRING_FORWARD_SUNDAY)

    assert send_due_reminders(now=at(2027, 3, 27, 16, 59)) == 0
    assert send_due_reminders(now=at(2027, 3, 27, 17, 0)) == 1
    assert send_due_reminders(now=at(2027, 3, 27, 17, 5)) == 0
    assert send_due_reminders(now=at(2027, 3, 28, 6, 55)) == 0
    assert send_due_reminders(now=at(2027, 3, 28, 7, 2)) == 1
    assert send_due_reminders(now=at(2027, 3, 28, 7, 7)) == 0

    assert [message.to for message in mail.outbox] == [[cast.member.email]] * 2
    assert "Your meeting is tomorrow." in mail.outbox[0].body
    assert "Your meeting starts in an hour." in mail.outbox[1].body
    attendance.refresh_from_db()
    assert attendance.day_before_sent_at == at(2027, 3, 27, 17, 0)
    assert attendance.hour_before_sent_at == at(2027, 3, 28, 7, 2)


def test_only_the_reminders_asked_for_are_sent(cast: Cast, paris_meeting: Meeting) -> None:
    plan(cast.member, paris_meeting, SPRING_FORWARD_SUNDAY, day_before=False)
    plan(cast.facilitator, paris_meeting, SPRING_FORWARD_SUNDAY, day_before=False,
         hour_before=False)

    send_due_reminders(now=at(2027, 3, 27, 17, 0))
    send_due_reminders(now=at(2027, 3, 28, 7, 0))

    assert [message.to for message in mail.outbox] == [[cast.member.email]]
    assert "starts in an hour" in mail.outbox[0].body


def test_a_reminder_missed_by_more_than_six_hours_is_not_sent_late(
    cast: Cast, paris_meeting: Meeting
) -> None:
    plan(cast.member, paris_meeting, SPRING_FORWARD_SUNDAY, hour_before=False)

    assert send_due_reminders(now=at(2027, 3, 27, 23, 1)) == 0
    assert mail.outbox == []


def test_a_sender_that_was_down_sends_only_the_latest_missed_reminder(
    cast: Cast,
) -> None:
    """A meeting at 00:30 has its two reminders six and a half hours apart."""
    meeting = MeetingFactory(
        group=cast.group, rrule="FREQ=WEEKLY;BYDAY=SU", starts_on=dt.date(2027, 1, 3),
        start_time=dt.time(0, 30), time_zone="Europe/Paris",
    )
    expand_around(meeting, dt.date(2027, 4, 11))
    attendance = plan(cast.member, meeting, dt.date(2027, 4, 11))

    # 18:00 on Saturday (16:00 UTC) and 23:30 (21:30 UTC) are both due by 21:35 UTC.
    assert send_due_reminders(now=at(2027, 4, 10, 21, 35)) == 1

    assert len(mail.outbox) == 1
    assert "starts in an hour" in mail.outbox[0].body
    attendance.refresh_from_db()
    assert attendance.day_before_sent_at and attendance.hour_before_sent_at


def test_a_moved_occurrence_is_reminded_at_its_new_time(cast: Cast, paris_meeting: Meeting) -> None:
    attendance = plan(cast.member, paris_meeting, dt.date(2027, 3, 21))
    # Sunday 21 March moves to Wednesday 24 March at 19:00 (18:00 UTC, still winter time).
    move_occurrence(
        actor=cast.facilitator, meeting=paris_meeting, original_date=dt.date(2027, 3, 21),
        new_start=dt.datetime(2027, 3, 24, 19, 0, tzinfo=PARIS), reason="The hall is closed",
    )
    expand_around(paris_meeting, dt.date(2027, 3, 21))

    times = due_at(attendance, occurrence_of(attendance))

    assert times.day_before.isoformat() == "2027-03-23T18:00:00+01:00"
    assert times.hour_before.isoformat() == "2027-03-24T18:00:00+01:00"
    # Nothing at the old times.
    assert send_due_reminders(now=at(2027, 3, 20, 17, 0)) == 0
    assert send_due_reminders(now=at(2027, 3, 21, 8, 0)) == 0
    assert send_due_reminders(now=at(2027, 3, 23, 17, 0)) == 1
    body = mail.outbox[0].body
    assert "Wednesday 24 March 2027, 19:00 (Europe/Paris)" in body
    assert "This meeting has moved to this time. The hall is closed" in body


def test_a_cancelled_occurrence_gets_one_short_note_instead_of_reminders(
    cast: Cast, paris_meeting: Meeting
) -> None:
    attendance = plan(cast.member, paris_meeting, SPRING_FORWARD_SUNDAY)
    cancel_occurrence(
        actor=cast.facilitator, meeting=paris_meeting, original_date=SPRING_FORWARD_SUNDAY,
        reason="Easter weekend",
    )
    expand_around(paris_meeting, SPRING_FORWARD_SUNDAY)

    assert send_due_reminders(now=at(2027, 3, 27, 17, 0)) == 1
    assert send_due_reminders(now=at(2027, 3, 28, 7, 0)) == 0

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Your meeting is cancelled"
    assert "is cancelled" in message.body
    assert "Easter weekend" in message.body
    assert "starts in an hour" not in message.body
    attendance.refresh_from_db()
    assert attendance.hour_before_sent_at is not None


def test_a_cancelled_occurrence_without_reminders_sends_nothing(
    cast: Cast, paris_meeting: Meeting
) -> None:
    plan(cast.member, paris_meeting, SPRING_FORWARD_SUNDAY, day_before=False, hour_before=False)
    cancel_occurrence(
        actor=cast.facilitator, meeting=paris_meeting, original_date=SPRING_FORWARD_SUNDAY,
        reason="Easter weekend",
    )
    expand_around(paris_meeting, SPRING_FORWARD_SUNDAY)

    send_due_reminders(now=at(2027, 3, 27, 17, 0))
    send_due_reminders(now=at(2027, 3, 28, 7, 0))

    assert mail.outbox == []


def test_a_plan_made_after_a_reminder_was_due_does_not_get_it(
    cast: Cast, paris_meeting: Meeting
) -> None:
    attendance = plan(cast.member, paris_meeting, SPRING_FORWARD_SUNDAY)
    Attendance.objects.filter(pk=attendance.pk).update(created_at=at(2027, 3, 27, 20, 0))

    assert send_due_reminders(now=at(2027, 3, 27, 20, 5)) == 0
    assert send_due_reminders(now=at(2027, 3, 28, 7, 0)) == 1
    assert "starts in an hour" in mail.outbox[0].body


def test_the_email_says_nothing_sensitive_in_its_subject_and_everything_needed_inside(
    cast: Cast,
) -> None:
    group = GroupFactory(
        name="Widowed Walkers of Lyon", concerns=["loss-of-a-spouse"],
        place=PlaceFactory(locality="Lyon", region="", country="FR", postal_code="69002",
                           street="12 rue de la République", name="Maison des Associations",
                           time_zone="Europe/Paris"),
    )
    meeting = sunday_meeting(group, "Europe/Paris", SPRING_FORWARD_SUNDAY)
    meeting.location_notes = "Ring the bell marked Salle 3."
    meeting.save()
    plan(cast.member, meeting, SPRING_FORWARD_SUNDAY)

    send_due_reminders(now=at(2027, 3, 27, 17, 0))

    message = mail.outbox[0]
    assert message.subject == "Your meeting reminder"
    for word in ("widow", "walkers", "lyon", "loss", "spouse", "sunday morning"):
        assert word not in message.subject.lower()
    assert "Sunday Morning Circle" in message.body
    assert "Sunday 28 March 2027, 10:00 (Europe/Paris)" in message.body
    assert "Maison des Associations, 12 rue de la République, Lyon, 69002, FR" in message.body
    assert "Ring the bell marked Salle 3." in message.body
    html, kind = message.alternatives[0]
    assert kind == "text/html"
    assert "Sunday Morning Circle" in html
    assert "Sunday 28 March 2027, 10:00" in html
    link = unsubscribe_url(Attendance.objects.get())
    assert message.extra_headers["List-Unsubscribe"] == f"<{link}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link in message.body
    assert link.replace("&", "&amp;") in html


def test_the_email_is_in_the_persons_language_and_shows_their_own_time(cast: Cast) -> None:
    User.objects.filter(pk=cast.member.pk).update(
        preferred_language="fr", time_zone="America/Toronto"
    )
    meeting = sunday_meeting(cast.group, "Europe/Paris", SPRING_FORWARD_SUNDAY)
    plan(User.objects.get(pk=cast.member.pk), meeting, SPRING_FORWARD_SUNDAY)

    send_due_reminders(now=at(2027, 3, 27, 17, 0))

    body = mail.outbox[0].body
    assert "dimanche 28 mars 2027, 10:00 (Europe/Paris)" in body
    # Toronto is already on daylight time (-04:00): 04:00 there.
    assert "dimanche 28 mars 2027, 04:00" in body


def test_the_video_link_goes_only_to_those_who_may_see_it(cast: Cast) -> None:
    meeting = sunday_meeting(
        cast.group, "Europe/Paris", SPRING_FORWARD_SUNDAY, attendance=Meeting.Attendance.ONLINE,
        conference_url="https://video.example.org/sunday-circle", conference_for_members_only=True,
    )
    plan(cast.member, meeting, SPRING_FORWARD_SUNDAY)
    plan(cast.other_member, meeting, SPRING_FORWARD_SUNDAY)

    send_due_reminders(now=at(2027, 3, 27, 17, 0))

    by_person = {message.to[0]: message for message in mail.outbox}
    assert "https://video.example.org/sunday-circle" in by_person[cast.member.email].body
    outsider = by_person[cast.other_member.email]
    assert "video.example.org" not in outsider.body
    assert "video.example.org" not in outsider.alternatives[0][0]
    assert "The group shares the link with its members." in outsider.body


def test_someone_who_may_no_longer_see_the_meeting_gets_nothing(
    cast: Cast, paris_meeting: Meeting
) -> None:
    plan(cast.other_member, paris_meeting, SPRING_FORWARD_SUNDAY)
    Group.objects.filter(pk=cast.group.pk).update(visibility=Group.Visibility.SECRET)

    send_due_reminders(now=at(2027, 3, 27, 17, 0))

    assert mail.outbox == []


def test_the_command_sends_what_is_due_now() -> None:
    out = StringIO()

    call_command("meetings", "send-reminders", stdout=out)

    assert out.getvalue().strip() == "0 reminders sent."


def unsubscribe_path(attendance: Attendance) -> str:
    return urlparse(unsubscribe_url(attendance)).path


def test_unsubscribing_asks_first_then_turns_the_reminders_off(
    cast: Cast, paris_meeting: Meeting
) -> None:
    attendance = plan(cast.member, paris_meeting, SPRING_FORWARD_SUNDAY)
    path = unsubscribe_path(attendance)
    assert path.startswith("/meetings/reminders/unsubscribe/")
    client = Client(enforce_csrf_checks=True)

    asked = client.get(path)

    assert asked.status_code == 200
    assert "Stop the email reminders for Sunday Morning Circle" in asked.content.decode()
    attendance.refresh_from_db()
    assert attendance.remind_day_before and attendance.remind_hour_before

    stopped = client.post(path)

    assert stopped.status_code == 200
    assert "Reminders are off" in stopped.content.decode()
    attendance.refresh_from_db()
    assert not attendance.remind_day_before and not attendance.remind_hour_before
    assert send_due_reminders(now=at(2027, 3, 27, 17, 0)) == 0
    assert "already off" in client.get(path).content.decode()


def test_one_click_unsubscribe_from_the_mail_program(cast: Cast, paris_meeting: Meeting) -> None:
    attendance = plan(cast.member, paris_meeting, SPRING_FORWARD_SUNDAY)

    response = Client(enforce_csrf_checks=True).post(
        unsubscribe_path(attendance), "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    attendance.refresh_from_db()
    assert not attendance.remind_day_before and not attendance.remind_hour_before
    # The plan itself stays: only the emails stop.
    assert Attendance.objects.filter(pk=attendance.pk).exists()


def test_an_unsubscribe_link_that_was_tampered_with_does_nothing(
    cast: Cast, paris_meeting: Meeting
) -> None:
    attendance = plan(cast.member, paris_meeting, SPRING_FORWARD_SUNDAY)
    path = unsubscribe_path(attendance)

    response = Client().post(path[:-3] + "xx/")

    assert response.status_code == 404
    attendance.refresh_from_db()
    assert attendance.remind_day_before


def test_an_unsubscribe_link_for_a_withdrawn_plan_says_so(
    cast: Cast, paris_meeting: Meeting
) -> None:
    attendance = plan(cast.member, paris_meeting, SPRING_FORWARD_SUNDAY)
    path = unsubscribe_path(attendance)
    attendance.delete()

    response = Client().post(path)

    assert response.status_code == 200
    assert "this plan to come was withdrawn" in response.content.decode()


def test_reminders_turned_off_after_being_claimed_are_not_sent(
    cast: Cast, paris_meeting: Meeting
) -> None:
    attendance = plan(cast.member, paris_meeting, SPRING_FORWARD_SUNDAY)
    Attendance.objects.filter(pk=attendance.pk).update(remind_day_before=False)

    sent = deliver_reminder(attendance.pk, "day_before")

    assert sent is False
    assert mail.outbox == []


def test_a_meeting_cancelled_after_its_reminder_was_claimed_gets_the_cancelled_note(
    cast: Cast, paris_meeting: Meeting
) -> None:
    attendance = plan(cast.member, paris_meeting, SPRING_FORWARD_SUNDAY)
    Occurrence.objects.filter(pk=occurrence_of(attendance).pk).update(
        status=Occurrence.Status.CANCELLED, reason="The hall is flooded."
    )

    sent = deliver_reminder(attendance.pk, "hour_before")

    assert sent is True
    assert [message.subject for message in mail.outbox] == ["Your meeting is cancelled"]
    assert "The hall is flooded." in mail.outbox[0].body
