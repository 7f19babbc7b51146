"""Recurrence: RFC 5545 rules expanded in the meeting's own zone from its wall-clock time.

Every occurrence is computed as a local date and time first and only then given the
zone's offset for that day, so a 19:00 meeting stays at 19:00 across clock changes.
A time that does not exist on the night clocks go forward is read with the offset
before the gap (02:30 becomes 03:30), and a time that happens twice when they go back
is the first of the two, as RFC 5545 asks.
"""

import datetime as dt
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from dateutil import rrule as du
from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext as _

UTC = dt.UTC
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# Meeting Guide and the finder count days from Sunday = 0.
SUNDAY_FIRST = ("SU", "MO", "TU", "WE", "TH", "FR", "SA")
ALLOWED_FREQUENCIES = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}
# The time of day lives in start_time, so a rule may not set it.
FORBIDDEN_PARTS = {"BYHOUR", "BYMINUTE", "BYSECOND", "DTSTART", "TZID"}


class Schedule(Protocol):
    rrule: str
    starts_on: dt.date
    start_time: dt.time
    duration_minutes: int
    time_zone: str


@dataclass(frozen=True)
class Planned:
    """One occurrence as the rule and the meeting's exceptions make it."""

    original_date: dt.date
    start: dt.datetime  # aware, in the meeting's zone
    end: dt.datetime
    status: str = "scheduled"  # scheduled, cancelled or moved
    reason: str = ""


@dataclass(frozen=True)
class Exceptions:
    """Cancelled and moved occurrences by their original date, and paused date ranges."""

    cancelled: dict[dt.date, str]
    moved: dict[dt.date, tuple[dt.datetime, int | None, str]]
    paused: list[tuple[dt.date, dt.date, str]]

    @classmethod
    def none(cls) -> "Exceptions":
        return cls(cancelled={}, moved={}, paused=[])


def rule_parts(rule: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    text = rule.strip()
    if text[:6].upper() == "RRULE:":
        text = text[6:]
    for piece in text.split(";"):
        if not piece:
            continue
        name, _sep, value = piece.partition("=")
        parts[name.strip().upper()] = value.strip().upper()
    return parts


def join_rule(parts: dict[str, str]) -> str:
    order = ["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "COUNT", "UNTIL"]
    names = sorted(parts, key=lambda name: order.index(name) if name in order else len(order))
    return ";".join(f"{name}={parts[name]}" for name in names)


def validate_rule(rule: str) -> str:
    """The rule in a canonical form, or a ValidationError that says what to fix."""
    parts = rule_parts(rule)
    if parts.get("FREQ") not in ALLOWED_FREQUENCIES:
        raise ValidationError(
            _("A rule starts with FREQ=WEEKLY, FREQ=MONTHLY, FREQ=DAILY or FREQ=YEARLY."),
            code="frequency",
        )
    forbidden = sorted(FORBIDDEN_PARTS & parts.keys())
    if forbidden:
        raise ValidationError(
            _("Leave %(parts)s out of the rule: the start time and zone are set on the meeting.")
            % {"parts": ", ".join(forbidden)},
            code="forbidden_part",
        )
    _check_bounds(parts)
    canonical = join_rule(parts)
    try:
        _rule(canonical, dt.date(2000, 1, 1), dt.time(12))
    except (ValueError, TypeError) as error:
        raise ValidationError(
            _("This is not a rule we can read: %(error)s") % {"error": error}, code="invalid"
        ) from error
    return canonical


# Parts a meeting's rule never needs; some make a rule search for centuries for a date.
UNSUPPORTED_PARTS = {"BYYEARDAY", "BYWEEKNO", "BYEASTER"}
DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _numbers(parts: dict[str, str], name: str, low: int, high: int) -> list[int]:
    values = []
    for piece in filter(None, parts.get(name, "").split(",")):
        try:
            value = int(piece)
        except ValueError:
            value = 0
        if not (low <= abs(value) <= high) or (value < 0 and name in ("INTERVAL", "COUNT",
                                                                      "BYMONTH")):
            raise ValidationError(
                _("%(part)s must be a whole number from %(low)s to %(high)s.")
                % {"part": name, "low": low, "high": high},
                code="out_of_range",
            )
        values.append(value)
    return values


def _check_bounds(parts: dict[str, str]) -> None:
    """Refuse rules that can never happen or that take long to expand: a rule is stored
    once and expanded on every calendar and refresh."""
    unsupported = sorted(UNSUPPORTED_PARTS & parts.keys())
    if unsupported:
        raise ValidationError(
            _("Meetings do not use %(parts)s; describe the pattern with BYDAY, BYMONTHDAY "
              "or BYMONTH.") % {"parts": ", ".join(unsupported)},
            code="unsupported_part",
        )
    _numbers(parts, "INTERVAL", 1, 99)
    _numbers(parts, "COUNT", 1, 5000)
    _numbers(parts, "BYSETPOS", 1, 5)
    months = _numbers(parts, "BYMONTH", 1, 12) or list(range(1, 13))
    month_days = _numbers(parts, "BYMONTHDAY", 1, 31)
    positive = [day for day in month_days if day > 0]
    if month_days and len(positive) == len(month_days) and not any(
        day <= DAYS_IN_MONTH[month - 1] for day in positive for month in months
    ):
        raise ValidationError(
            _("These months never have that day, so the meeting would never take place."),
            code="never",
        )


def _until_naive(value: str, zone: dt.tzinfo) -> str:
    """UNTIL as local wall-clock time, which is how the rule is expanded here: a date is
    the end of that local day, a UTC moment (ending in Z) is read in the meeting's zone."""
    if "T" not in value:
        return value + "T235959"
    if value.endswith("Z"):
        moment = dt.datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        return moment.astimezone(zone).strftime("%Y%m%dT%H%M%S")
    return value


def _rule(
    rule: str, starts_on: dt.date, start_time: dt.time, zone: dt.tzinfo = UTC
) -> du.rrule:
    parts = rule_parts(rule)
    if "UNTIL" in parts:
        parts["UNTIL"] = _until_naive(parts["UNTIL"], zone)
    start = dt.datetime.combine(starts_on, start_time)
    return du.rrulestr(join_rule(parts), dtstart=start)  # type: ignore[return-value]


def local_moment(day: dt.date, time: dt.time, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    """The aware moment of a wall-clock time on a day, resolved as RFC 5545 resolves gaps
    and repeated hours."""
    naive = dt.datetime.combine(day, time)
    first = naive.replace(tzinfo=zone, fold=0)
    # Round-trip through UTC to land on a time that exists (02:30 in a gap becomes 03:30).
    return first.astimezone(UTC).astimezone(zone)


def counting_from(rule: str, starts_on: dt.date, first: dt.date) -> dt.date:
    """A first date closer to `first` that gives the same dates from `first` on.

    dateutil walks a rule from its first date, so a meeting that began years ago would
    walk years of dates on every expansion. Moving the start forward by whole periods
    keeps the pattern: the same weekday and week parity, the same nth weekday or day of
    the month. Rules with COUNT, and those whose dates hang on the first date's day of
    the month or of the year, are left as they are.
    """
    parts = rule_parts(rule)
    frequency, interval = parts.get("FREQ"), int(parts.get("INTERVAL", "1") or 1)
    if "COUNT" in parts or first <= starts_on:
        return starts_on
    if frequency in ("DAILY", "WEEKLY"):
        period = interval * (7 if frequency == "WEEKLY" else 1)
        whole = (first - starts_on).days // period - 1
        return starts_on + dt.timedelta(days=max(whole, 0) * period)
    if frequency == "MONTHLY" and ("BYDAY" in parts or "BYMONTHDAY" in parts):
        months = (first.year - starts_on.year) * 12 + first.month - starts_on.month
        whole = max(months // interval - 1, 0) * interval
        year, month = divmod(starts_on.month - 1 + whole, 12)
        return dt.date(starts_on.year + year, month + 1, 1)
    return starts_on


def rule_dates(schedule: Schedule, first: dt.date, last: dt.date) -> list[dt.date]:
    """Local dates between first and last (inclusive) on which the rule falls."""
    zone = zoneinfo.ZoneInfo(schedule.time_zone)
    start = counting_from(schedule.rrule, schedule.starts_on, first)
    rule = _rule(schedule.rrule, start, schedule.start_time, zone)
    after = dt.datetime.combine(first, dt.time.min)
    before = dt.datetime.combine(last, dt.time.max)
    return [moment.date() for moment in rule.between(after, before, inc=True)]


def first_date(schedule: Schedule) -> dt.date | None:
    """The first local date the rule gives on or after starts_on (None if it gives none)."""
    zone = zoneinfo.ZoneInfo(schedule.time_zone)
    rule = _rule(schedule.rrule, schedule.starts_on, schedule.start_time, zone)
    first = rule.after(dt.datetime.combine(schedule.starts_on, dt.time.min), inc=True)
    return first.date() if first is not None else None


def _ends(start: dt.datetime, length: dt.timedelta, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    # Counted in elapsed time: a 90-minute meeting lasts 90 minutes on the night clocks change.
    return (start.astimezone(UTC) + length).astimezone(zone)


def expand(
    schedule: Schedule, first: dt.date, last: dt.date, exceptions: Exceptions | None = None
) -> list[Planned]:
    """Occurrences whose rule date falls between first and last, with cancellations,
    moves and pauses applied. A moved occurrence appears once, at its new time."""
    exceptions = exceptions or Exceptions.none()
    zone = zoneinfo.ZoneInfo(schedule.time_zone)
    length = dt.timedelta(minutes=schedule.duration_minutes)
    planned = []
    for day in rule_dates(schedule, first, last):
        start = local_moment(day, schedule.start_time, zone)
        if day in exceptions.moved:
            new_start, new_minutes, reason = exceptions.moved[day]
            new_start = new_start.astimezone(zone)
            new_length = dt.timedelta(minutes=new_minutes) if new_minutes else length
            planned.append(
                Planned(day, new_start, _ends(new_start, new_length, zone), "moved", reason)
            )
            continue
        status, reason = "scheduled", ""
        if day in exceptions.cancelled:
            status, reason = "cancelled", exceptions.cancelled[day]
        else:
            for paused_from, paused_until, why in exceptions.paused:
                if paused_from <= day <= paused_until:
                    status, reason = "cancelled", why
                    break
        planned.append(Planned(day, start, _ends(start, length, zone), status, reason))
    return planned + _moved_in(schedule, first, last, exceptions, zone, length)


def _moved_in(
    schedule: Schedule, first: dt.date, last: dt.date, exceptions: Exceptions,
    zone: zoneinfo.ZoneInfo, length: dt.timedelta,
) -> list[Planned]:
    """Occurrences due outside first..last that were moved into it (Tuesday's meeting held
    on Thursday), as long as the rule still gives their original date."""
    planned = []
    for day, (new_start, new_minutes, reason) in sorted(exceptions.moved.items()):
        local = new_start.astimezone(zone)
        if first <= day <= last or not first <= local.date() <= last:
            continue
        if day not in rule_dates(schedule, day, day):
            continue
        new_length = dt.timedelta(minutes=new_minutes) if new_minutes else length
        planned.append(Planned(day, local, _ends(local, new_length, zone), "moved", reason))
    return planned


def weekday_sunday_first(day: dt.date) -> int:
    """0 = Sunday … 6 = Saturday, as Meeting Guide and the finder count."""
    return (day.weekday() + 1) % 7


def weekly_days(rule: str) -> list[int] | None:
    """The days (0 = Sunday) of a plain every-week rule, or None when the rule is not one.

    A weekly rule without BYDAY repeats on its first date's weekday; the caller supplies
    that case.
    """
    parts = rule_parts(rule)
    if parts.get("FREQ") != "WEEKLY" or parts.get("INTERVAL", "1") != "1":
        return None
    if set(parts) - {"FREQ", "INTERVAL", "BYDAY", "WKST", "UNTIL"}:
        return None
    codes = [code for code in parts.get("BYDAY", "").split(",") if code]
    if any(code not in WEEKDAY_CODES for code in codes):
        return None
    return sorted(SUNDAY_FIRST.index(code) for code in codes)


def weekly_rule(days: Iterable[int], interval: int = 1) -> str:
    """A rule for the given days (0 = Sunday), every `interval` weeks."""
    codes = ",".join(SUNDAY_FIRST[day] for day in sorted(set(days)))
    parts = {"FREQ": "WEEKLY", "BYDAY": codes}
    if interval != 1:
        parts["INTERVAL"] = str(interval)
    return join_rule(parts)


def monthly_rule(ordinal: int, day: int) -> str:
    """The nth (1 to 4, or -1 for the last) weekday (0 = Sunday) of every month."""
    return join_rule({"FREQ": "MONTHLY", "BYDAY": f"{ordinal}{SUNDAY_FIRST[day]}"})


def describe(rule: str, starts_on: dt.date) -> str:
    """The rule in words, for people: “Every Tuesday”, “The first Saturday of the month”."""
    parts = rule_parts(rule)
    names = [
        _("Sunday"), _("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"),
        _("Friday"), _("Saturday"),
    ]
    ordinals = {1: _("first"), 2: _("second"), 3: _("third"), 4: _("fourth"), -1: _("last")}
    frequency, interval = parts.get("FREQ"), int(parts.get("INTERVAL", "1") or 1)
    codes = [code for code in parts.get("BYDAY", "").split(",") if code]
    if frequency == "WEEKLY":
        days = [names[SUNDAY_FIRST.index(code)] for code in codes if code in SUNDAY_FIRST]
        days = days or [names[weekday_sunday_first(starts_on)]]
        listed = ", ".join(days)
        if interval == 1:
            return _("Every %(days)s") % {"days": listed}
        if interval == 2:
            return _("Every other week on %(days)s") % {"days": listed}
        return _("Every %(n)s weeks on %(days)s") % {"n": interval, "days": listed}
    if frequency == "MONTHLY" and len(codes) == 1 and codes[0][-2:] in SUNDAY_FIRST:
        number = codes[0][:-2] or parts.get("BYSETPOS", "")
        try:
            ordinal = ordinals[int(number)]
        except (KeyError, ValueError):
            return rule
        day = names[SUNDAY_FIRST.index(codes[0][-2:])]
        return _("The %(ordinal)s %(day)s of the month") % {"ordinal": ordinal, "day": day}
    if frequency == "MONTHLY" and "BYMONTHDAY" in parts:
        return _("Monthly on day %(day)s") % {"day": parts["BYMONTHDAY"]}
    if frequency == "DAILY" and interval == 1:
        return _("Every day")
    if frequency == "YEARLY":
        return _("Every year on %(date)s") % {"date": date_format(starts_on, "j F")}
    return rule
