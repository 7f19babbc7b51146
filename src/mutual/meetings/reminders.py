"""Reminders for people who plan to come: when they are due, and sending them.

Times are worked out in the meeting's zone from the occurrence's actual start, so a moved
occurrence is reminded at its new time and the reminder the day before stays at 18:00 local
across clock changes. A cancelled occurrence gets a short note instead of a reminder.
"""

import datetime as dt
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from mutual.meetings.models import Attendance, Occurrence
from mutual.meetings.permissions import can_view_meeting
from mutual.meetings.recurrence import local_moment
from mutual.meetings.serializers import conference_for, meeting_place

DAY_BEFORE_AT = dt.time(18, 0)
HOUR_BEFORE = dt.timedelta(hours=1)
# A reminder the sender missed by more than this (it was down) is no longer worth sending.
GRACE = dt.timedelta(hours=6)
# From 18:00 the day before to a start just before midnight, plus an hour of clock change.
LONGEST_LEAD = dt.timedelta(hours=32)
UNSUBSCRIBE_SALT = "mutual.meetings.reminders.unsubscribe"

DAY_BEFORE = "day_before"
HOUR_BEFORE_KIND = "hour_before"
CANCELLED = "cancelled"

PENDING = Q(remind_day_before=True, day_before_sent_at__isnull=True) | Q(
    remind_hour_before=True, hour_before_sent_at__isnull=True
)


@dataclass(frozen=True)
class ReminderTimes:
    """When each reminder of one plan is due, as aware moments in the meeting's zone."""

    day_before: dt.datetime
    hour_before: dt.datetime


def due_at(attendance: Attendance, occurrence: Occurrence) -> ReminderTimes:
    """The day before at 18:00 local, on the local day before the occurrence's actual date,
    and one hour before its start."""
    zone = zoneinfo.ZoneInfo(attendance.meeting.time_zone)
    start = occurrence.starts_at.astimezone(zone)
    return ReminderTimes(
        day_before=local_moment(start.date() - dt.timedelta(days=1), DAY_BEFORE_AT, zone),
        hour_before=(occurrence.starts_at - HOUR_BEFORE).astimezone(zone),
    )


def _due_slots(attendance: Attendance, occurrence: Occurrence, now: dt.datetime) -> list[str]:
    """The reminders of this plan due in (now - GRACE, now], not yet sent, and due after the
    plan was made (nobody needs reminding of what they said a minute ago)."""
    times = due_at(attendance, occurrence)
    slots = [
        (DAY_BEFORE, attendance.remind_day_before, attendance.day_before_sent_at,
         times.day_before),
        (HOUR_BEFORE_KIND, attendance.remind_hour_before, attendance.hour_before_sent_at,
         times.hour_before),
    ]
    return [
        kind for kind, asked, sent_at, due in slots
        if asked and sent_at is None and now - GRACE < due <= now
        and due >= attendance.created_at
    ]


def _claim(attendance: Attendance, slots: Iterable[str], now: dt.datetime) -> bool:
    """Mark these reminders sent; False when another run got there first."""
    unsent = {f"{slot}_sent_at__isnull": True for slot in slots}
    marks = {f"{slot}_sent_at": now for slot in slots}
    return bool(Attendance.objects.filter(pk=attendance.pk, **unsent).update(**marks))


def send_due_reminders(*, now: dt.datetime | None = None) -> int:
    """Send every reminder due in (now - 6 h, now] that has not gone yet; returns how many.

    A cancelled occurrence gets one note saying so in place of the first reminder due, and
    nothing after it.
    """
    from mutual.meetings.tasks import send_reminder  # the task sends what this module writes

    now = now or timezone.now()
    waiting = Attendance.objects.filter(
        PENDING, meeting_id=OuterRef("meeting_id"), original_date=OuterRef("original_date")
    )
    occurrences = {
        (row.meeting_id, row.original_date): row
        for row in Occurrence.objects.filter(
            starts_at__gt=now, starts_at__lte=now + LONGEST_LEAD
        ).filter(Exists(waiting))
    }
    if not occurrences:
        return 0
    plans = Attendance.objects.filter(
        PENDING,
        meeting_id__in={meeting_id for meeting_id, _date in occurrences},
        original_date__in={day for _meeting_id, day in occurrences},
    ).select_related("meeting")
    sent = 0
    for attendance in plans:
        occurrence = occurrences.get((attendance.meeting_id, attendance.original_date))
        if occurrence is None:
            continue
        slots = _due_slots(attendance, occurrence, now)
        if not slots:
            continue
        if occurrence.status == Occurrence.Status.CANCELLED:
            kind = CANCELLED
            slots = [
                slot for slot, asked, sent_at in (
                    (DAY_BEFORE, attendance.remind_day_before, attendance.day_before_sent_at),
                    (HOUR_BEFORE_KIND, attendance.remind_hour_before,
                     attendance.hour_before_sent_at),
                ) if asked and sent_at is None
            ]
        else:
            # A sender that was down sends only the latest of two missed reminders.
            kind = slots[-1]
        if _claim(attendance, slots, now):
            send_reminder.enqueue(attendance.pk, kind)
            sent += 1
    return sent


def absolute_url(path: str) -> str:
    """A link for an email, which has no request to take the host from."""
    base = settings.SITE_URL
    if not base:
        host = next((name for name in settings.ALLOWED_HOSTS if "*" not in name), "localhost")
        base = f"{'https' if settings.HTTPS else 'http'}://{host.lstrip('.')}"
    return base.rstrip("/") + path


def unsubscribe_token(attendance: Attendance) -> str:
    return signing.dumps({"plan": attendance.pk, "user": attendance.user_id}, salt=UNSUBSCRIBE_SALT)


def plan_for_token(token: str) -> Attendance | None:
    """The plan an unsubscribe link names, or None when it has been withdrawn.

    Raises signing.BadSignature for a link Mutual did not make.
    """
    data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    if not isinstance(data, dict):
        raise signing.BadSignature("not an unsubscribe token")
    return (
        Attendance.objects.select_related("meeting__group")
        .filter(pk=data.get("plan"), user_id=data.get("user"))
        .first()
    )


def unsubscribe_url(attendance: Attendance) -> str:
    return absolute_url(
        reverse("meeting-reminders-unsubscribe", args=[unsubscribe_token(attendance)])
    )


def place_line(place: dict[str, Any] | None) -> str:
    """A place as one line of text, with only what the viewer may see."""
    if not place:
        return ""
    street = [place.get("name", ""), place.get("street", "")] if place.get("street") else []
    region = (place.get("region", ""), place.get("postal_code", ""))
    town = " ".join(part for part in region if part)
    parts = [*street, place.get("city", ""), town, place.get("country", "")]
    return ", ".join(part for part in parts if part)


def _when(moment: dt.datetime) -> str:
    return date_format(moment, "l j F Y, H:i")


def reminder_email(
    attendance: Attendance, occurrence: Occurrence, kind: str
) -> EmailMultiAlternatives:
    """The reminder (or cancellation note), in the person's language; the subject names
    neither the group nor its concern."""
    user = attendance.user
    meeting = attendance.meeting
    zone = zoneinfo.ZoneInfo(meeting.time_zone)
    start = occurrence.starts_at.astimezone(zone)
    own_zone = zoneinfo.ZoneInfo(user.time_zone) if user.time_zone not in ("", "UTC") else None
    own_start = start.astimezone(own_zone) if own_zone is not None else None
    place = meeting_place(meeting, user)
    unsubscribe = unsubscribe_url(attendance)
    with translation.override(user.preferred_language):
        context: dict[str, Any] = {
            "kind": kind,
            "meeting": meeting,
            "occurrence": occurrence,
            "when": _when(start),
            "zone": meeting.time_zone,
            "own_when": _when(own_start) if own_start and own_start.utcoffset() != start.utcoffset()
            else "",
            "own_zone": user.time_zone,
            "moved": occurrence.status == Occurrence.Status.MOVED,
            "where": place_line(place),
            "approximate": bool(place and place.get("approximate")),
            "location_notes": meeting.location_notes if place and place.get("street") else "",
            "conference": conference_for(meeting, user),
            "meeting_url": absolute_url(meeting.get_absolute_url()),
            "unsubscribe_url": unsubscribe,
        }
        subject = _("Your meeting is cancelled") if kind == CANCELLED else _(
            "Your meeting reminder"
        )
        text = render_to_string("meetings/email/reminder.txt", context)
        html = render_to_string("meetings/email/reminder.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def deliver_reminder(attendance_id: int, kind: str) -> bool:
    """Send one claimed reminder; False when the plan or its occurrence is gone, or the
    person may no longer see the meeting."""
    attendance = (
        Attendance.objects.select_related("user", "meeting__group__place", "meeting__place")
        .filter(pk=attendance_id)
        .first()
    )
    if attendance is None:
        return False
    occurrence = Occurrence.objects.filter(
        meeting_id=attendance.meeting_id, original_date=attendance.original_date
    ).first()
    if occurrence is None or not can_view_meeting(attendance.user, attendance.meeting):
        return False
    # Read again at sending time: the person may have turned reminders off, or the
    # facilitator cancelled the meeting, since the reminder was claimed.
    wanted = {DAY_BEFORE: attendance.remind_day_before,
              HOUR_BEFORE_KIND: attendance.remind_hour_before}
    if not wanted.get(kind, True):
        return False
    if occurrence.status == Occurrence.Status.CANCELLED:
        kind = CANCELLED
    reminder_email(attendance, occurrence, kind).send()
    return True
