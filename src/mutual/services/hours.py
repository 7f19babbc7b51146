"""Opening hours as people state them: days of the week, when it opens and closes, a note."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from mutual.meetings.recurrence import describe, weekly_days


@dataclass(frozen=True)
class HoursRow:
    """One line of opening hours: the same times on each of the days (0 = Sunday)."""

    days: tuple[int, ...]
    opens: dt.time
    closes: dt.time
    notes: str = ""


def problems(row: HoursRow) -> dict[str, str]:
    """What is wrong with a row, keyed by the part to fix; empty when it is right."""
    found = {}
    if not row.days:
        found["days"] = _("Choose at least one day.")
    elif any(day not in range(7) for day in row.days):
        found["days"] = _("Days are numbered 0 (Sunday) to 6 (Saturday).")
    if row.closes <= row.opens:
        found["closes"] = _(
            "The closing time must come after the opening time, on the same day. For hours "
            "past midnight, add a second line for the next day.")
    return found


def describe_hours(schedule: Any) -> str:
    """A schedule in words: “Every Monday, Tuesday, 09:00 to 17:00”."""
    return _("%(days)s, %(opens)s to %(closes)s") % {
        "days": describe(schedule.rrule, schedule.starts_on),
        "opens": schedule.opens_at.strftime("%H:%M"),
        "closes": schedule.closes_at.strftime("%H:%M"),
    }


def row_of(schedule: Any) -> dict[str, Any]:
    """A schedule as the hours form shows it, when its rule is a plain weekly one."""
    days = weekly_days(schedule.rrule)
    if days is None:
        days = []
    return {"days": [str(day) for day in days], "opens": schedule.opens_at,
            "closes": schedule.closes_at, "notes": schedule.notes}
