"""The one-page handout a professional gives the client: where and when each chosen group
meets or each service opens, what a first meeting is like, cost, confidentiality, and where
to find help in a crisis. Nothing about the client but the first name, if they chose it."""

import zoneinfo
from dataclasses import dataclass, field
from typing import Any

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from mutual.core.crisis import CrisisCard
from mutual.core.pdf import latin1
from mutual.groups.models import SHOWS_DETAILS
from mutual.meetings.models import Meeting
from mutual.meetings.queries import coming_occurrences
from mutual.meetings.recurrence import describe
from mutual.referrals.models import Referral
from mutual.services.models import Schedule, Service


@dataclass
class Entry:
    """One group or service on the handout, in words the client reads."""

    name: str
    kind: str  # "group" or "service"
    lines: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)


def _where(meeting: Meeting) -> str:
    place = meeting.effective_place
    online = meeting.attendance in (Meeting.Attendance.ONLINE, Meeting.Attendance.HYBRID)
    parts = []
    if meeting.meets_in_person and place is not None:
        if meeting.group.address_for_members_only or meeting.group.visibility not in SHOWS_DETAILS:
            parts.append(_("In %(town)s; the group gives the exact address when you contact "
                           "them.") % {"town": place.locality})
        else:
            parts.append(", ".join(part for part in (place.name, place.street, place.locality)
                                   if part))
    if online:
        if meeting.conference_for_members_only or not meeting.conference_url:
            parts.append(_("Online; the group sends the link when you contact them."))
        else:
            parts.append(_("Online: %(link)s") % {"link": meeting.conference_url})
    return " · ".join(parts)


def _hours(schedule: Schedule) -> str:
    return _("%(days)s, %(opens)s to %(closes)s") % {
        "days": describe(schedule.rrule, schedule.starts_on),
        "opens": formats.time_format(schedule.opens_at, "TIME_FORMAT"),
        "closes": formats.time_format(schedule.closes_at, "TIME_FORMAT"),
    }


def _group_entry(referral: Referral, meetings: list[Meeting],
                 coming: dict[int, list[Any]]) -> Entry:
    group = referral.group
    entry = Entry(name=group.name, kind="group")
    entry.lines.append(str(group.get_led_by_display()))
    for meeting in meetings:
        entry.lines.append(_("%(rule)s at %(time)s") % {
            "rule": describe(meeting.rrule, meeting.starts_on),
            "time": formats.time_format(meeting.start_time, "TIME_FORMAT")})
        where = _where(meeting)
        if where:
            entry.lines.append(where)
        for occurrence in coming.get(meeting.pk, []):
            local = timezone.localtime(occurrence.starts_at, zoneinfo.ZoneInfo(meeting.time_zone))
            entry.dates.append(formats.date_format(local, "DATETIME_FORMAT"))
    if not meetings:
        entry.lines.append(_("Ask the group when it meets next."))
    return entry


def _service_entry(service: Service) -> Entry:
    entry = Entry(name=service.name, kind="service")
    entry.lines.append(service.organization.name)
    entry.lines.append(str(service.get_fee_display()) + (
        f": {service.fee_description}" if service.fee_description else ""))
    if service.application_process:
        entry.lines.append(service.application_process)
    for location in service.locations.all():
        entry.lines.append(", ".join(part for part in (
            location.name, location.place.street, location.place.locality) if part))
        entry.lines.extend(_hours(schedule) for schedule in location.schedules.all())
    entry.lines.extend(_hours(schedule) for schedule in service.schedules.all())
    if service.phone:
        entry.lines.append(_("Phone: %(phone)s") % {"phone": service.phone})
    return entry


def handout_entries(referrals: list[Referral]) -> list[Entry]:
    """The handout's groups and services, in the order the referrals were made."""
    group_ids = [r.group_id for r in referrals if r.group_id]
    meetings_by_group: dict[int, list[Meeting]] = {group_id: [] for group_id in group_ids}
    for meeting in (Meeting.objects.filter(group_id__in=group_ids)
                    .exclude(status=Meeting.Status.ENDED)
                    .select_related("place", "group__place").order_by("start_time", "pk")):
        meetings_by_group[meeting.group_id].append(meeting)
    coming = coming_occurrences(
        [m.pk for meetings in meetings_by_group.values() for m in meetings], per_meeting=2)
    services = {
        service.pk: service for service in Service.objects.filter(
            pk__in=[r.service_id for r in referrals if r.service_id])
        .select_related("organization")
        .prefetch_related("locations__place", "locations__schedules", "schedules")
    }
    entries = []
    for referral in referrals:
        if referral.group_id:
            entries.append(_group_entry(referral, meetings_by_group[referral.group_id], coming))
        elif referral.service_id in services:
            entries.append(_service_entry(services[referral.service_id]))
    return entries


def first_meeting_text() -> list[str]:
    return [
        _("You can just come. Nobody needs to refer you, and you do not have to speak: "
          "many people only listen the first time."),
        _("A first meeting usually starts with a welcome and a short round of names "
          "(a first name is enough). People then take turns to say how things are for them."),
        _("Most self-help groups are free. Some pass a hat for the rent; give only if you "
          "want to."),
        _("What is said in the group stays in the group. You decide what you share."),
    ]


def handout_pdf(*, name: str, entries: list[Entry], card: CrisisCard | None) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_title(latin1(_("Groups and services for you")))
    pdf.set_creation_date(timezone.now())
    pdf.add_page()
    pdf.set_auto_page_break(auto=True, margin=15)

    def line(text: str, *, size: int = 11, style: str = "", height: float = 6) -> None:
        pdf.set_font("Helvetica", style=style, size=size)
        pdf.multi_cell(0, height, latin1(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    title = (_("For %(name)s: groups and services") % {"name": name} if name
             else _("Groups and services for you"))
    line(title, size=16, style="B", height=9)
    for entry in entries:
        pdf.ln(2)
        line(entry.name, size=13, style="B", height=7)
        for text in entry.lines:
            line(text)
        if entry.dates:
            line(_("Next: %(dates)s") % {"dates": "; ".join(entry.dates)}, style="I")
    pdf.ln(3)
    line(_("What to expect"), size=13, style="B", height=7)
    for text in first_meeting_text():
        line(text)
    pdf.ln(3)
    line(_("Mutual is not a crisis service."), size=12, style="B")
    if card is not None:
        line(_("In an emergency call %(number)s.") % {"number": card.emergency})
        for crisis_line in card.lines:
            line(" · ".join(part for part in (crisis_line.name, crisis_line.phone,
                                               crisis_line.hours) if part))
    return bytes(pdf.output())
