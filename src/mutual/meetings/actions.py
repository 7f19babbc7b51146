"""Every write to meetings: checked, saved, audited with what changed, and re-expanded."""

import datetime as dt
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from mutual.audit.actions import record
from mutual.groups.models import Group
from mutual.meetings.models import Meeting, MeetingType, OccurrenceChange, Pause
from mutual.meetings.occurrences import refresh_meetings
from mutual.meetings.permissions import can_edit_meeting
from mutual.meetings.recurrence import rule_dates, validate_rule

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


def _check_schedule(meeting: Meeting) -> None:
    meeting.rrule = validate_rule(meeting.rrule)
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
    stored = Meeting.objects.select_for_update().select_related("group__place").get(pk=meeting.pk)
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
def end_pause(*, actor: Any, pause: Pause) -> None:
    meeting = pause.meeting
    _check_editor(actor, meeting)
    record(actor=actor, verb="meeting.unpause", target=meeting,
           starts_on=pause.starts_on.isoformat(), ends_on=pause.ends_on.isoformat())
    pause.delete()
    _touch(meeting)
