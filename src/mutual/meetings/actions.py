"""Every write to meetings: checked, saved, audited with what changed, and re-expanded."""

import datetime as dt
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from mutual.audit.actions import record
from mutual.core import ratelimit
from mutual.groups.models import Group
from mutual.meetings.models import (
    Attendance,
    Headcount,
    ListingReport,
    Meeting,
    MeetingType,
    Occurrence,
    OccurrenceChange,
    Pause,
)
from mutual.meetings.occurrences import exceptions_for, refresh_meetings
from mutual.meetings.permissions import can_edit_meeting, can_plan_to_attend, can_view_meeting
from mutual.meetings.queries import forget_longest_meeting
from mutual.meetings.recurrence import expand, rule_dates, validate_rule
from mutual.meetings.tasks import notify_listing_report

EDITABLE_FIELDS = (
    "name", "rrule", "starts_on", "start_time", "duration_minutes", "time_zone", "attendance",
    "place", "location_notes", "conference_url", "conference_url_notes", "conference_phone",
    "conference_phone_notes", "conference_for_members_only", "types", "notes", "status",
    "listing",
)


def _shown(value: Any) -> Any:
    """A value as the history keeps it: JSON-friendly and readable."""
    if value is None or isinstance(value, bool | int | float | str | list | dict):
        return value
    if hasattr(value, "pk"):
        return str(value)
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def unique_meeting_slug(base: str) -> str:
    base = slugify(base)[:100] or "meeting"
    slug, counter = base, 2
    while Meeting.objects.filter(slug=slug).exists():
        slug, counter = f"{base}-{counter}", counter + 1
    return slug


def _check_editor(actor: Any, meeting: Meeting) -> None:
    if actor is not None and not can_edit_meeting(actor, meeting):
        raise PermissionDenied(_("Only this group's facilitators can change its meetings."))


def _sync_types(meeting: Meeting) -> None:
    codes = sorted({code for code in meeting.types if code})
    MeetingType.objects.filter(meeting=meeting).exclude(code__in=codes).delete()
    have = set(MeetingType.objects.filter(meeting=meeting).values_list("code", flat=True))
    MeetingType.objects.bulk_create(
        MeetingType(meeting=meeting, code=code) for code in codes if code not in have
    )


# Rules are expanded from their first date: one far in the past makes every expansion slow.
EARLIEST_FIRST_DATE = dt.date(2000, 1, 1)


def _check_schedule(meeting: Meeting) -> None:
    meeting.rrule = validate_rule(meeting.rrule)
    latest = timezone.now().date() + dt.timedelta(days=5 * 366)
    if not EARLIEST_FIRST_DATE <= meeting.starts_on <= latest:
        raise ValidationError(
            {"starts_on": _("Give a first date between %(earliest)s and %(latest)s.")
             % {"earliest": EARLIEST_FIRST_DATE.isoformat(), "latest": latest.isoformat()}}
        )
    if meeting.meets_online and not (meeting.conference_url or meeting.conference_phone):
        raise ValidationError(
            {"conference_url": _("An online meeting needs a video link or a dial-in phone.")}
        )
    if meeting.meets_in_person and meeting.place is None and meeting.group.place is None:
        raise ValidationError(
            {"place": _("A meeting in person needs a place: its own or its group's.")}
        )


@transaction.atomic
def create_meeting(
    *, actor: Any, group: Group, languages: list | None = None, **fields: Any
) -> Meeting:
    """A facilitator (or staff, or an import run with actor=None) adds a meeting to a group."""
    meeting = Meeting(group=group, **fields)
    _check_editor(actor, meeting)
    if not meeting.slug:
        meeting.slug = unique_meeting_slug(meeting.name or group.name)
    _check_schedule(meeting)
    meeting.updated_at = fields.get("updated_at") or timezone.now()
    meeting.full_clean()
    meeting.save()
    meeting.languages.set(languages or [])
    _sync_types(meeting)
    forget_longest_meeting()
    refresh_meetings([meeting.pk])
    record(actor=actor, verb="meeting.create", target=meeting, group=group.slug)
    return meeting


@transaction.atomic
def update_meeting(
    *, actor: Any, meeting: Meeting, data: dict[str, Any], updated_at: dt.datetime | None = None
) -> list[str]:
    """Change a meeting; the history keeps each changed field's old and new value.

    Returns the names of the fields that changed (empty when nothing did).
    """
    _check_editor(actor, meeting)
    stored = (
        Meeting.objects.select_for_update(of=("self",))
        .select_related("group__place")
        .get(pk=meeting.pk)
    )
    changes: dict[str, list[Any]] = {}
    for name in EDITABLE_FIELDS:
        if name in data and getattr(stored, name) != data[name]:
            changes[name] = [_shown(getattr(stored, name)), _shown(data[name])]
            setattr(stored, name, data[name])
    if "languages" in data:
        wanted = {getattr(item, "pk", item) for item in data["languages"]}
        have = set(stored.languages.values_list("pk", flat=True))
        if wanted != have:
            changes["languages"] = [sorted(have), sorted(wanted)]
            stored.languages.set(wanted)
    if not changes:
        return []
    _check_schedule(stored)
    stored.updated_at = updated_at or timezone.now()
    stored.full_clean()
    stored.save()
    _sync_types(stored)
    forget_longest_meeting()
    refresh_meetings([stored.pk])
    record(actor=actor, verb="meeting.update", target=stored, changes=changes)
    return list(changes)


def _check_rule_date(meeting: Meeting, original_date: dt.date) -> None:
    if original_date not in rule_dates(meeting, original_date, original_date):
        raise ValidationError(
            _("The meeting does not take place on %(date)s.") % {"date": original_date},
            code="not_an_occurrence",
        )


def _touch(meeting: Meeting) -> None:
    Meeting.objects.filter(pk=meeting.pk).update(updated_at=timezone.now())
    forget_longest_meeting()
    refresh_meetings([meeting.pk])


@transaction.atomic
def cancel_occurrence(
    *, actor: Any, meeting: Meeting, original_date: dt.date, reason: str
) -> OccurrenceChange:
    """Call off one occurrence; people see it as cancelled, with the reason."""
    _check_editor(actor, meeting)
    _check_rule_date(meeting, original_date)
    change, _created = OccurrenceChange.objects.update_or_create(
        meeting=meeting, original_date=original_date,
        defaults={"kind": OccurrenceChange.Kind.CANCELLED, "new_start": None,
                  "new_duration_minutes": None, "reason": reason},
    )
    _touch(meeting)
    record(actor=actor, verb="meeting.cancel_occurrence", target=meeting,
           date=original_date.isoformat(), reason=reason)
    return change


@transaction.atomic
def move_occurrence(
    *, actor: Any, meeting: Meeting, original_date: dt.date, new_start: dt.datetime,
    reason: str, new_duration_minutes: int | None = None,
) -> OccurrenceChange:
    """Hold one occurrence at another time; it shows once, at the new time."""
    _check_editor(actor, meeting)
    _check_rule_date(meeting, original_date)
    if timezone.is_naive(new_start):
        raise ValidationError(_("A new start needs its time zone."))
    change, _created = OccurrenceChange.objects.update_or_create(
        meeting=meeting, original_date=original_date,
        defaults={"kind": OccurrenceChange.Kind.MOVED, "new_start": new_start,
                  "new_duration_minutes": new_duration_minutes, "reason": reason},
    )
    _touch(meeting)
    record(actor=actor, verb="meeting.move_occurrence", target=meeting,
           date=original_date.isoformat(), new_start=new_start.isoformat(), reason=reason)
    return change


@transaction.atomic
def restore_occurrence(*, actor: Any, meeting: Meeting, original_date: dt.date) -> None:
    """Undo a cancellation or a move."""
    _check_editor(actor, meeting)
    deleted, _kinds = OccurrenceChange.objects.filter(
        meeting=meeting, original_date=original_date
    ).delete()
    if deleted:
        _touch(meeting)
        record(actor=actor, verb="meeting.restore_occurrence", target=meeting,
               date=original_date.isoformat())


@transaction.atomic
def pause_meeting(
    *, actor: Any, meeting: Meeting, starts_on: dt.date, ends_on: dt.date, reason: str
) -> Pause:
    """No meetings between two dates (a summer break); each shows as cancelled."""
    _check_editor(actor, meeting)
    pause = Pause(meeting=meeting, starts_on=starts_on, ends_on=ends_on, reason=reason)
    pause.full_clean()
    pause.save()
    _touch(meeting)
    record(actor=actor, verb="meeting.pause", target=meeting, starts_on=starts_on.isoformat(),
           ends_on=ends_on.isoformat(), reason=reason)
    return pause


@transaction.atomic
def record_admin_change(
    *, actor: Any, meeting: Meeting, created: bool, fields: list[str] | None = None
) -> None:
    """Staff edit meetings in the admin, which saves the models itself; the change is audited
    and the meeting's types and occurrences rebuilt here."""
    Meeting.objects.filter(pk=meeting.pk).update(updated_at=timezone.now())
    _sync_types(meeting)
    forget_longest_meeting()
    refresh_meetings([meeting.pk])
    record(actor=actor, verb="meeting.create" if created else "meeting.update", target=meeting,
           via="admin", fields=fields or [])


@transaction.atomic
def end_pause(*, actor: Any, pause: Pause) -> None:
    meeting = pause.meeting
    _check_editor(actor, meeting)
    record(actor=actor, verb="meeting.unpause", target=meeting,
           starts_on=pause.starts_on.isoformat(), ends_on=pause.ends_on.isoformat())
    pause.delete()
    _touch(meeting)


# People around a meeting: plans to come, headcounts and reports that a listing is wrong.

PLANS_PER_HOUR = 30
REPORTS_PER_HOUR = 5


@transaction.atomic
def plan_to_attend(
    *, actor: Any, meeting: Meeting, original_date: dt.date, remind_day_before: bool,
    remind_hour_before: bool, now: dt.datetime | None = None,
) -> Attendance:
    """Someone says they plan to come to one occurrence and picks their reminders (or none).

    Saying it again changes the reminders. Only they see the plan.
    """
    if not can_plan_to_attend(actor, meeting):
        raise PermissionDenied(_("Sign in to say you plan to come."))
    ratelimit.hit(
        f"meeting-plan:{actor.pk}", limit=PLANS_PER_HOUR, period_seconds=3600,
        message=_("You have changed your plans many times in the last hour. Please try again "
                  "in an hour."),
    )
    now = now or timezone.now()
    occurrence = Occurrence.objects.filter(meeting=meeting, original_date=original_date).first()
    if occurrence is None or occurrence.ends_at <= now:
        raise ValidationError(
            _("There is no coming meeting on %(date)s to plan for.") % {"date": original_date},
            code="not_coming",
        )
    if occurrence.status == Occurrence.Status.CANCELLED:
        raise ValidationError(
            _("The meeting on %(date)s is cancelled.") % {"date": original_date},
            code="cancelled",
        )
    attendance, _created = Attendance.objects.update_or_create(
        meeting=meeting, original_date=original_date, user=actor,
        defaults={"remind_day_before": remind_day_before,
                  "remind_hour_before": remind_hour_before},
    )
    # The history keeps that a plan was made, not whose: who plans to come is theirs alone.
    record(actor=None, verb="meeting.plan", target=meeting, date=original_date.isoformat())
    return attendance


@transaction.atomic
def withdraw_plan(*, actor: Any, meeting: Meeting, original_date: dt.date) -> bool:
    """Someone no longer plans to come; False when they had no plan."""
    if not getattr(actor, "is_authenticated", False):
        raise PermissionDenied(_("Sign in to change your plans."))
    deleted, _kinds = Attendance.objects.filter(
        meeting=meeting, original_date=original_date, user=actor
    ).delete()
    if deleted:
        record(actor=None, verb="meeting.withdraw_plan", target=meeting,
               date=original_date.isoformat())
    return bool(deleted)


@transaction.atomic
def stop_reminders(*, attendance: Attendance) -> bool:
    """Turn off a plan's reminders from the link in a reminder; the plan stays.

    Returns False when they were already off.
    """
    changed = Attendance.objects.filter(pk=attendance.pk).filter(
        Q(remind_day_before=True) | Q(remind_hour_before=True)
    ).update(remind_day_before=False, remind_hour_before=False)
    attendance.remind_day_before = attendance.remind_hour_before = False
    if changed:
        record(actor=None, verb="meeting.stop_reminders", target=attendance.meeting,
               date=attendance.original_date.isoformat())
    return bool(changed)


@transaction.atomic
def record_headcount(
    *, actor: Any, meeting: Meeting, original_date: dt.date, count: int,
    now: dt.datetime | None = None,
) -> Headcount:
    """A facilitator notes how many came to an occurrence that has started: a number, no names."""
    if not can_edit_meeting(actor, meeting):
        raise PermissionDenied(_("Only this group's facilitators can record how many came."))
    if count < 0:
        raise ValidationError({"count": _("A headcount is zero or more.")})
    now = now or timezone.now()
    exceptions = exceptions_for([meeting.pk])[meeting.pk]
    planned = expand(meeting, original_date, original_date, exceptions)
    if not planned:
        raise ValidationError(
            _("The meeting does not take place on %(date)s.") % {"date": original_date},
            code="not_an_occurrence",
        )
    if planned[0].status == "cancelled":
        raise ValidationError(
            _("The meeting on %(date)s was cancelled.") % {"date": original_date},
            code="cancelled",
        )
    if planned[0].start > now:
        raise ValidationError(
            _("You can record how many came once the meeting has started."), code="not_started"
        )
    headcount, _created = Headcount.objects.update_or_create(
        meeting=meeting, original_date=original_date,
        defaults={"count": count, "recorded_by": actor},
    )
    record(actor=actor, verb="meeting.headcount", target=meeting,
           date=original_date.isoformat(), count=count)
    return headcount


def report_listing(
    *, actor: Any, meeting: Meeting, problem: str, suggested: dict[str, str], contact: str,
    client: str,
) -> ListingReport:
    """Anyone who can see a meeting says its listing is wrong; the facilitators are told."""
    if not can_view_meeting(actor, meeting):
        raise PermissionDenied(_("No meeting here."))
    if not problem.strip():
        raise ValidationError({"problem": _("Say what is wrong, so the group knows what to fix.")})
    ratelimit.hit(
        f"meeting-report:{client}", limit=REPORTS_PER_HOUR, period_seconds=3600,
        message=_("Many reports have come from your connection in the last hour. Please try "
                  "again in an hour."),
    )
    with transaction.atomic():
        report = ListingReport.objects.create(
            meeting=meeting,
            problem=problem.strip(),
            suggested=suggested,
            contact=contact.strip(),
            reporter=actor if getattr(actor, "is_authenticated", False) else None,
        )
        record(actor=actor, verb="meeting.report", target=meeting, report=report.pk)
        transaction.on_commit(lambda: notify_listing_report.enqueue(report.pk))
    return report


@transaction.atomic
def resolve_report(
    *, actor: Any, report: ListingReport, resolution: str, now: dt.datetime | None = None
) -> ListingReport:
    """A facilitator says what was done about a report and closes it."""
    if not can_edit_meeting(actor, report.meeting):
        raise PermissionDenied(_("Only this group's facilitators can resolve its reports."))
    if not resolution.strip():
        raise ValidationError({"resolution": _("Say what was done, for the group's record.")})
    stored = ListingReport.objects.select_for_update().get(pk=report.pk)
    if stored.status == ListingReport.Status.RESOLVED:
        raise ValidationError(_("This report is already resolved."), code="resolved")
    stored.status = ListingReport.Status.RESOLVED
    stored.resolution = resolution.strip()
    stored.resolved_by = actor
    stored.resolved_at = now or timezone.now()
    stored.save(update_fields=["status", "resolution", "resolved_by", "resolved_at"])
    record(actor=actor, verb="meeting.resolve_report", target=stored.meeting, report=stored.pk)
    return stored
