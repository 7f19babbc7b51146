"""Pages where a group's facilitators keep its meetings true: the schedule, single
occurrences, pauses, and the history of every change."""

import datetime as dt
import zoneinfo
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from mutual.audit.models import AuditEvent
from mutual.core.http import whole_number
from mutual.core.templatetags.mutual import language_name
from mutual.groups.models import Group, Membership
from mutual.groups.permissions import can_edit_group, can_view_group
from mutual.groups.queries import group_for_page
from mutual.meetings import actions
from mutual.meetings.forms import (
    CancelOccurrenceForm,
    MeetingForm,
    MoveOccurrenceForm,
    PauseForm,
    type_name,
)
from mutual.meetings.models import Meeting, OccurrenceChange
from mutual.meetings.permissions import can_edit_meeting
from mutual.meetings.recurrence import describe, local_moment, rule_dates
from mutual.meetings.views import visible_meeting
from mutual.places.actions import create_meeting_place
from mutual.places.models import Place

HISTORY_PAGE_SIZE = 50
# A member's plan to come is theirs alone and changes nothing about the meeting.
NOT_IN_HISTORY = ("meeting.plan", "meeting.withdraw_plan", "meeting.stop_reminders")
# Errors the actions raise about a meeting's fields, shown on the form field that sets them.
FORM_FIELD_FOR = {"place": "where", "rrule": "custom_rule"}


def editable_meeting(request: HttpRequest, pk: int) -> Meeting:
    """The meeting, if the viewer may see it (else 404) and change it (else 403)."""
    meeting = visible_meeting(request, pk)
    if not can_edit_meeting(request.user, meeting):
        raise PermissionDenied(
            _("Only this group's facilitators and staff can change its meetings.")
        )
    return meeting


def show_errors(form: Form, error: ValidationError) -> None:
    """An action's ValidationError on the form, by the field a person can fix."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for name, errors in error.error_dict.items():
        field = FORM_FIELD_FOR.get(name, name)
        form.add_error(field if field in form.fields else None, errors)


def _place(form: MeetingForm, *, actor: Any, group: Group, current: Place | None) -> Place | None:
    """The meeting's own place: kept when its address is unchanged, else located anew."""
    if form.cleaned_data["where"] != "own":
        return None
    if current is not None and form.describes(current):
        return current
    return create_meeting_place(actor=actor, group=group, **form.address())


@login_required
@require_http_methods(["GET", "POST"])
def meeting_create(request: HttpRequest, slug: str) -> HttpResponse:
    group = group_for_page(slug)
    if group is None or not can_view_group(request.user, group):
        raise Http404(_("No group here."))
    if not can_edit_group(request.user, group):
        raise PermissionDenied(_("Only this group's facilitators and staff can add meetings."))
    form = MeetingForm(request.POST or None, group=group, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                meeting = actions.create_meeting(
                    actor=request.user, group=group,
                    languages=list(form.cleaned_data["languages"]),
                    place=_place(form, actor=request.user, group=group, current=None),
                    **form.meeting_data(),
                )
        except ValidationError as error:
            show_errors(form, error)
        else:
            messages.success(request, _("The meeting is added. Its next dates are below."))
            return redirect(meeting)
    return render(
        request, "meetings/edit.html", {"group": group, "form": form, "meeting": None},
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def meeting_edit(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = editable_meeting(request, pk)
    form = MeetingForm(request.POST or None, group=meeting.group, meeting=meeting,
                       user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.meeting_data()
        data["languages"] = list(form.cleaned_data["languages"])
        try:
            with transaction.atomic():
                data["place"] = _place(
                    form, actor=request.user, group=meeting.group, current=meeting.place
                )
                changed = actions.update_meeting(actor=request.user, meeting=meeting, data=data)
        except ValidationError as error:
            show_errors(form, error)
        else:
            if changed:
                messages.success(request, _("The meeting is updated."))
            else:
                messages.info(request, _("Nothing was changed."))
            return redirect(meeting)
    return render(
        request, "meetings/edit.html", {"group": meeting.group, "form": form, "meeting": meeting},
        status=400 if form.errors else 200,
    )


def _occurrence_date(meeting: Meeting, day: str) -> tuple[dt.date, OccurrenceChange | None]:
    """The date from the address, if the meeting takes place (or was changed) on it."""
    try:
        original_date = dt.date.fromisoformat(day)
    except ValueError:
        raise Http404(_("That is not a date.")) from None
    change = meeting.changes.filter(original_date=original_date).first()
    if change is None and original_date not in rule_dates(meeting, original_date, original_date):
        raise Http404(_("The meeting does not take place on that date."))
    return original_date, change


@login_required
@require_http_methods(["GET", "POST"])
def meeting_occurrence(request: HttpRequest, pk: int, day: str) -> HttpResponse:
    """One occurrence: cancel it, move it, or put it back as the rule has it."""
    meeting = editable_meeting(request, pk)
    original_date, change = _occurrence_date(meeting, day)
    zone = zoneinfo.ZoneInfo(meeting.time_zone)
    planned_start = local_moment(original_date, meeting.start_time, zone)
    moved_to = change.new_start.astimezone(zone) if change and change.new_start else None
    cancel_form = CancelOccurrenceForm(auto_id="cancel_%s")
    move_form = MoveOccurrenceForm(
        auto_id="move_%s",
        initial={
            "date": (moved_to or planned_start).date(),
            "time": (moved_to or planned_start).time(),
            "duration_minutes": change.new_duration_minutes if change else None,
        },
    )
    status = 200
    if request.method == "POST":
        status = 400
        action = request.POST.get("action")
        when = {"date": date_format(original_date, "l j F Y")}
        try:
            if action == "cancel":
                cancel_form = CancelOccurrenceForm(request.POST, auto_id="cancel_%s")
                if cancel_form.is_valid():
                    actions.cancel_occurrence(
                        actor=request.user, meeting=meeting, original_date=original_date,
                        reason=cancel_form.cleaned_data["reason"],
                    )
                    messages.success(request, _("The meeting on %(date)s is cancelled.") % when)
                    return redirect(meeting)
            elif action == "move":
                move_form = MoveOccurrenceForm(request.POST, auto_id="move_%s")
                if move_form.is_valid():
                    data = move_form.cleaned_data
                    actions.move_occurrence(
                        actor=request.user, meeting=meeting, original_date=original_date,
                        new_start=local_moment(data["date"], data["time"], zone),
                        new_duration_minutes=data["duration_minutes"], reason=data["reason"],
                    )
                    messages.success(request, _("The meeting of %(date)s is moved.") % when)
                    return redirect(meeting)
            elif action == "restore":
                actions.restore_occurrence(
                    actor=request.user, meeting=meeting, original_date=original_date
                )
                messages.success(
                    request, _("The meeting on %(date)s takes place as planned.") % when
                )
                return redirect(meeting)
            else:
                messages.error(request, _("Choose to cancel, move or restore this meeting."))
        except ValidationError as error:
            show_errors(move_form if action == "move" else cancel_form, error)
    pause = meeting.pauses.filter(starts_on__lte=original_date, ends_on__gte=original_date).first()
    return render(
        request,
        "meetings/occurrence.html",
        {
            "meeting": meeting,
            "group": meeting.group,
            "original_date": original_date,
            "planned_start": planned_start,
            "change": change,
            "moved_to": moved_to,
            "pause": pause,
            "cancel_form": cancel_form,
            "move_form": move_form,
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def meeting_pauses(request: HttpRequest, pk: int) -> HttpResponse:
    """A meeting's pauses: add one (a summer break), or end one early."""
    meeting = editable_meeting(request, pk)
    form = PauseForm()
    if request.method == "POST" and request.POST.get("action") == "end":
        raw = request.POST.get("pause", "")
        pause = meeting.pauses.filter(pk=whole_number(raw) or 0).first()
        if pause is None:
            raise Http404(_("This meeting has no such pause."))
        actions.end_pause(actor=request.user, pause=pause)
        messages.success(request, _("The pause is ended; the meeting takes place on those dates."))
        return redirect("meeting-pauses", meeting.pk)
    if request.method == "POST":
        form = PauseForm(request.POST)
        if form.is_valid():
            try:
                actions.pause_meeting(actor=request.user, meeting=meeting, **form.cleaned_data)
            except ValidationError as error:
                show_errors(form, error)
            else:
                messages.success(
                    request, _("The meeting is paused; those dates show as cancelled.")
                )
                return redirect("meeting-pauses", meeting.pk)
    return render(
        request,
        "meetings/pauses.html",
        {"meeting": meeting, "group": meeting.group, "form": form,
         "pauses": list(meeting.pauses.order_by("starts_on", "pk"))},
        status=400 if form.errors else 200,
    )


def _shown(name: str, value: Any, meeting: Meeting) -> str:
    """A value from the history, as a person reads it."""
    if value in (None, "", [], {}):
        return "—"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if name == "rrule":
        words = describe(str(value), meeting.starts_on)
        return words if words == value else f"{words} ({value})"
    if name == "attendance":
        return str(dict(Meeting.Attendance.choices).get(value, value))
    if name == "status":
        return str(dict(Meeting.Status.choices).get(value, value))
    if name == "types" and isinstance(value, list):
        return ", ".join(type_name(str(code)) for code in value)
    if name == "languages" and isinstance(value, list):
        return ", ".join(language_name(str(code)) for code in value)
    if name == "start_time":
        return str(value)[:5]
    if name == "starts_on":
        try:
            return date_format(dt.date.fromisoformat(str(value)), "j F Y")
        except ValueError:
            return str(value)
    return str(value)


def _field_label(name: str) -> str:
    try:
        return capfirst(Meeting._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:  # a field since removed is shown by its name
        return name


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def history_entry(event: AuditEvent, who: str, meeting: Meeting) -> dict[str, Any]:
    data = event.data or {}
    new_start = None
    if data.get("new_start"):
        try:
            new_start = dt.datetime.fromisoformat(data["new_start"]).astimezone(
                zoneinfo.ZoneInfo(meeting.time_zone)
            )
        except ValueError:
            new_start = None
    changes = [
        {"label": _field_label(name), "old": _shown(name, old, meeting),
         "new": _shown(name, new, meeting)}
        for name, (old, new) in (data.get("changes") or {}).items()
    ]
    return {
        "at": event.at,
        "who": who,
        "verb": event.verb,
        "changes": changes,
        "via": data.get("via", ""),
        "date": _date(data.get("date")),
        "new_start": new_start,
        "starts_on": _date(data.get("starts_on")),
        "ends_on": _date(data.get("ends_on")),
        "reason": data.get("reason", ""),
        "count": data.get("count"),
    }


def _who(event: AuditEvent, names: dict[int, str]) -> str:
    """Who did it, as the group knows them: their display name there, else their role."""
    if event.verb == "meeting.report":
        # Reports may come from anyone; the report itself says how to reach its author.
        return _("someone")
    if event.actor_id is None:
        return _("import")
    if event.actor_id in names:
        return names[event.actor_id]
    if event.actor is not None and event.actor.is_staff:
        return _("staff")
    return _("a former member")


@login_required
@require_GET
def meeting_history(request: HttpRequest, pk: int) -> HttpResponse:
    """Every change to a meeting, newest first, with who made it and what it was."""
    meeting = editable_meeting(request, pk)
    events = (
        AuditEvent.objects.filter(target_type="meetings.meeting", target_id=str(meeting.pk))
        .exclude(verb__in=NOT_IN_HISTORY)
        .select_related("actor")
        .order_by("-at", "-pk")
    )
    page = Paginator(events, HISTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    actor_ids = {event.actor_id for event in page.object_list if event.actor_id is not None}
    names = dict(
        Membership.objects.filter(group=meeting.group, user_id__in=actor_ids).values_list(
            "user_id", "display_name"
        )
    )
    entries = [history_entry(event, _who(event, names), meeting) for event in page.object_list]
    return render(
        request,
        "meetings/history.html",
        {"meeting": meeting, "group": meeting.group, "entries": entries, "page": page},
    )
