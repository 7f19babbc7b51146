"""Pages around a meeting: "I plan to come" and its reminders, headcounts, and reports that
a listing is wrong. Who plans to come is seen by that person alone; facilitators see numbers."""

import datetime as dt
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from mutual.core.http import client_address, whole_number
from mutual.core.ratelimit import RateLimited
from mutual.groups.models import Group
from mutual.groups.permissions import can_edit_group, can_view_group
from mutual.groups.queries import group_for_page
from mutual.meetings import actions, reminders
from mutual.meetings.models import ListingReport, Meeting
from mutual.meetings.permissions import can_edit_meeting
from mutual.meetings.recurrence import describe
from mutual.meetings.serializers import conference_for, meeting_place
from mutual.meetings.views import visible_meeting

# The details a report can suggest changes to, in the order the forms show them.
DETAIL_LABELS = {
    "name": gettext_lazy("Name"),
    "when": gettext_lazy("Day and time"),
    "place": gettext_lazy("Place"),
    "conference": gettext_lazy("Video link or phone"),
    "notes": gettext_lazy("Notes"),
}
REPORTS_SHOWN = 100


# Forms

class PlanForm(forms.Form):
    action = forms.ChoiceField(
        choices=[("plan", gettext_lazy("I plan to come")), ("withdraw", gettext_lazy("Withdraw"))]
    )
    remind_day_before = forms.BooleanField(
        label=gettext_lazy("Email me the evening before"), required=False
    )
    remind_hour_before = forms.BooleanField(
        label=gettext_lazy("Email me an hour before"), required=False
    )


class HeadcountForm(forms.Form):
    count = forms.IntegerField(
        label=gettext_lazy("People who came"), min_value=0, max_value=100_000,
        help_text=gettext_lazy("A number only; nobody's name is kept."),
    )


class ReportForm(forms.Form):
    """What is wrong, and the listing as the reporter thinks it should be."""

    problem = forms.CharField(
        label=gettext_lazy("What is wrong?"), max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("For example: “It moved to Thursdays” or “The room is now 2B”."),
    )
    name = forms.CharField(label=DETAIL_LABELS["name"], max_length=200, required=False)
    when = forms.CharField(label=DETAIL_LABELS["when"], max_length=300, required=False)
    place = forms.CharField(label=DETAIL_LABELS["place"], max_length=500, required=False)
    conference = forms.CharField(
        label=DETAIL_LABELS["conference"], max_length=500, required=False
    )
    notes = forms.CharField(
        label=DETAIL_LABELS["notes"], max_length=4000, required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    contact = forms.CharField(
        label=gettext_lazy("How to reach you (optional)"), max_length=200, required=False,
        help_text=gettext_lazy(
            "An email address or phone number, if the group may ask you about it. Only its "
            "facilitators see it."
        ),
    )
    website = forms.CharField(required=False, label="", widget=forms.HiddenInput)

    def __init__(self, *args: Any, details: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, initial=details, **kwargs)
        for key in DETAIL_LABELS:
            if key not in details:
                del self.fields[key]

    def suggested(self) -> dict[str, str]:
        return {key: self.cleaned_data[key] for key in DETAIL_LABELS if key in self.fields}


class ResolveForm(forms.Form):
    resolution = forms.CharField(
        label=gettext_lazy("What was done"), max_length=4000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy("For example: “Updated the room” or “The listing was right”."),
    )


def resolve_form(report: ListingReport, data: Any = None) -> ResolveForm:
    """One form per report on a page, each with its own field ids."""
    return ResolveForm(data, auto_id=f"id_report{report.pk}_%s")


# Reads

def listing_details(meeting: Meeting, user: Any) -> dict[str, str]:
    """A meeting's listing as text, with only what this person may see."""
    minutes = ngettext("%(n)s minute", "%(n)s minutes", meeting.duration_minutes) % {
        "n": meeting.duration_minutes
    }
    details = {
        "name": meeting.display_name,
        "when": f"{describe(meeting.rrule, meeting.starts_on)}, "
                f"{meeting.start_time:%H:%M} ({meeting.time_zone}), {minutes}",
    }
    if meeting.meets_in_person:
        details["place"] = reminders.place_line(meeting_place(meeting, user))
    conference = conference_for(meeting, user)
    if conference is not None:
        details["conference"] = " · ".join(
            part for part in (conference["url"], conference["phone"]) if part
        )
    details["notes"] = meeting.notes
    return details


def report_rows(
    group: Group, user: Any, bound: tuple[int, ResolveForm] | None = None
) -> list[dict[str, Any]]:
    """A group's listing reports, open ones first, each beside the meeting's details now."""
    found = (
        ListingReport.objects.filter(meeting__group=group)
        .select_related("meeting__place", "meeting__group__place", "resolved_by")
        .annotate(
            open_first=Case(
                When(status=ListingReport.Status.OPEN, then=Value(0)),
                default=Value(1), output_field=IntegerField(),
            )
        )
        .order_by("open_first", "-created_at", "-pk")[:REPORTS_SHOWN]
    )
    current: dict[int, dict[str, str]] = {}
    rows = []
    for report in found:
        if report.meeting_id not in current:
            current[report.meeting_id] = listing_details(report.meeting, user)
        now_shown = current[report.meeting_id]
        suggested = report.suggested if isinstance(report.suggested, dict) else {}
        fields = []
        for key, label in DETAIL_LABELS.items():
            if key not in now_shown and key not in suggested:
                continue
            was, wanted = now_shown.get(key, ""), suggested.get(key)
            fields.append({
                "label": label,
                "current": was,
                "suggested": wanted,
                "changed": wanted is not None and str(wanted).strip() != was.strip(),
            })
        form = bound[1] if bound and bound[0] == report.pk else resolve_form(report)
        rows.append({"report": report, "fields": fields, "form": form})
    return rows


# Views

def occurrence_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise Http404(_("No meeting on that date.")) from error


def _day(original_date: dt.date) -> str:
    return date_format(original_date, "l j F Y")


def _after(meeting: Meeting) -> str:
    return f"{meeting.get_absolute_url()}#participation"


@require_POST
def attend(request: HttpRequest, pk: int, day: str) -> HttpResponse:
    """Plan to come to one occurrence (with reminders, if wanted), or withdraw."""
    meeting = visible_meeting(request, pk)
    original_date = occurrence_date(day)
    if not request.user.is_authenticated:
        return redirect_to_login(meeting.get_absolute_url())
    form = PlanForm(request.POST)
    error, status = "", 400
    if form.is_valid():
        data = form.cleaned_data
        try:
            if data["action"] == "withdraw":
                actions.withdraw_plan(actor=request.user, meeting=meeting,
                                      original_date=original_date)
                messages.success(request, _("You no longer plan to come on %(date)s.")
                                 % {"date": _day(original_date)})
            else:
                actions.plan_to_attend(
                    actor=request.user, meeting=meeting, original_date=original_date,
                    remind_day_before=data["remind_day_before"],
                    remind_hour_before=data["remind_hour_before"],
                )
                messages.success(request, _("You plan to come on %(date)s. Only you can see this.")
                                 % {"date": _day(original_date)})
        except RateLimited as limited:
            error, status = limited.message, 429
        except ValidationError as invalid:
            error = " ".join(invalid.messages)
        else:
            return redirect(_after(meeting))
    return render(
        request, "meetings/occurrence_action.html",
        {"meeting": meeting, "original_date": original_date, "error": error,
         "plan_form": form},
        status=status,
    )


@require_POST
def headcount(request: HttpRequest, pk: int, day: str) -> HttpResponse:
    """A facilitator records how many came to an occurrence."""
    meeting = visible_meeting(request, pk)
    original_date = occurrence_date(day)
    if not request.user.is_authenticated:
        return redirect_to_login(meeting.get_absolute_url())
    if not can_edit_meeting(request.user, meeting):
        raise PermissionDenied(_("Only this group's facilitators can record how many came."))
    form = HeadcountForm(request.POST)
    if form.is_valid():
        try:
            actions.record_headcount(actor=request.user, meeting=meeting,
                                     original_date=original_date, count=form.cleaned_data["count"])
        except ValidationError as invalid:
            form.add_error(None, invalid)
        else:
            messages.success(request, _("Headcount saved for %(date)s.")
                             % {"date": _day(original_date)})
            return redirect(_after(meeting))
    return render(
        request, "meetings/occurrence_action.html",
        {"meeting": meeting, "original_date": original_date, "headcount_form": form},
        status=400,
    )


@csrf_exempt  # mail programs unsubscribe with a bare POST (RFC 8058); the token is the proof
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """The link in every reminder: GET asks to confirm, POST turns the plan's reminders off."""
    try:
        attendance = reminders.plan_for_token(token)
    except signing.BadSignature as error:
        raise Http404(_("This link does not work. Copy the whole link from the email.")) from error
    stopped = False
    if attendance is not None and request.method == "POST":
        actions.stop_reminders(attendance=attendance)
        stopped = True
    return render(
        request, "meetings/unsubscribe.html",
        {"attendance": attendance, "stopped": stopped,
         "reminders_on": attendance is not None
         and (attendance.remind_day_before or attendance.remind_hour_before)},
    )


@require_http_methods(["GET", "POST"])
def report(request: HttpRequest, pk: int) -> HttpResponse:
    """Anyone tells a group its meeting's listing is wrong, starting from the listing as shown."""
    meeting = visible_meeting(request, pk)
    form = ReportForm(
        request.POST if request.method == "POST" else None,
        details=listing_details(meeting, request.user),
    )
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            if form.cleaned_data["website"]:
                # Only robots fill the hidden field; they are thanked and nothing is kept.
                messages.success(request, _("Thank you. The group's facilitators will check it."))
                return redirect(meeting)
            try:
                actions.report_listing(
                    actor=request.user, meeting=meeting,
                    problem=form.cleaned_data["problem"], suggested=form.suggested(),
                    contact=form.cleaned_data["contact"], client=client_address(request),
                )
            except RateLimited as limited:
                form.add_error(None, limited.message)
                status = 429
            except ValidationError as invalid:
                form.add_error(None, invalid)
            else:
                messages.success(request, _("Thank you. The group's facilitators will check it."))
                return redirect(meeting)
    return render(
        request, "meetings/report.html",
        {"meeting": meeting, "group": meeting.group, "form": form}, status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def reports(request: HttpRequest, slug: str) -> HttpResponse:
    """A group's facilitators see what people say is wrong with its listings, and resolve it."""
    group = group_for_page(slug)
    if group is None or not can_view_group(request.user, group):
        raise Http404(_("No group here."))
    if not can_edit_group(request.user, group):
        raise PermissionDenied(_("Only this group's facilitators can see reports on its meetings."))
    bound = None
    status = 200
    if request.method == "POST":
        number = request.POST.get("report", "")
        found = get_object_or_404(
            ListingReport.objects.select_related("meeting__group"),
            pk=whole_number(number) or 0, meeting__group=group,
        )
        form = resolve_form(found, request.POST)
        if form.is_valid():
            try:
                actions.resolve_report(actor=request.user, report=found,
                                       resolution=form.cleaned_data["resolution"])
            except ValidationError as invalid:
                form.add_error(None, invalid)
            else:
                messages.success(request, _("The report is resolved."))
                return redirect("meeting-reports", slug=group.slug)
        bound, status = (found.pk, form), 400
    rows = report_rows(group, request.user, bound)
    return render(
        request, "meetings/reports.html",
        {"group": group, "rows": rows,
         "open_count": sum(1 for row in rows if row["report"].status == "open")},
        status=status,
    )
