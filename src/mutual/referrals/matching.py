"""Matching a client's needs to groups and services: who fits, and why or why not.

Hard filters leave out what cannot serve the client at all: a group or service must be
about one of the concerns (or a concern below it); groups must be ones the directory shows
(never secret, closed or name-only listed ones); what meets in person must lie within
`SLACK` times the distance the client can travel; online groups must meet in one of the
client's languages, when they name any, and only the first `ONLINE_CANDIDATES` of them
are judged (see `_online_sample`). Everything else is a soft factor that
adds points, and each is said in words, either as a reason it fits or as a misfit:

    language spoken ........................ 30
    a meeting (or opening hours) when free . 25 (on a free day, at other hours: 10)
    distance ............................... up to 20, closer is more (online: 10;
                                             beyond the maximum: -10)
    each preference met .................... 10 (co-led for peer-led: 5)
    for family members, when they seek help  15
    paused, temporarily closed ............. -30 (a full service: -15, a waiting list: -5)

Meetings count by their occurrences in the coming four weeks, on the client's clock.
Groups are scored in one query (every point but distance's, which is added here, where
distances are measured from the coordinates the same query reads), so however many match,
only the best are loaded and judged in words here (with the same points); services, far
fewer, are judged here. The number of SQL queries does not depend on how many match. The
queries run for every request are written in SQL (decision 0009).
"""

import datetime as dt
import functools
import hashlib
import json
import math
import zoneinfo
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pycountry
from django.conf.locale import LANG_INFO
from django.core.cache import cache
from django.db import connection
from django.db.models import (
    Case,
    Exists,
    OuterRef,
    Q,
    Value,
    When,
)
from django.utils import timezone
from django.utils.dates import WEEKDAYS_ABBR
from django.utils.translation import get_language, gettext

from mutual.concerns.queries import concern_index
from mutual.groups.models import Group, ReferralPolicy
from mutual.groups.queries import active_facilitators, directory_groups
from mutual.meetings.models import Meeting, MeetingType, Occurrence
from mutual.meetings.recurrence import SUNDAY_FIRST, rule_parts, weekday_sunday_first
from mutual.organizations.models import Organization, Stewardship
from mutual.places.geo import ROUNDED_DECIMALS, bounding_box, distance_km
from mutual.places.lookup import ResolvedPlace
from mutual.places.models import Place
from mutual.services.models import Location, Schedule, Service, ServiceAtLocation
from mutual.services.queries import OPEN_STATUSES

DEFAULT_MAX_KM = 10.0
# Places a little beyond the maximum are shown, with the distance as a misfit.
SLACK = 1.5
LIMIT = 25
NEXT_MEETINGS = 3
ONLINE_CANDIDATES = 100
ONLINE_SAMPLE_SECONDS = 300
# Meetings are judged by their occurrences this far ahead, so a monthly one counts too.
WINDOW_DAYS = 28

LANGUAGE = 30
SCHEDULE_FIT = 25
SCHEDULE_DAY = 10
NEAREST = 20
ONLINE = 10
BEYOND = -10
PREFERENCE = 10
FAMILY = 15
CLOSED_FOR_NOW = -30
FULL = -15
WAITLIST = -5

# Meeting Guide type codes that say who a meeting is for, or how its venue is reached.
GENDER_TYPES = {"women": {"W"}, "men": {"M"}}
LGBTQ_TYPES = {"LGBTQ", "G", "L", "BI", "T", "NB"}
ACCESSIBLE_TYPES = {"X", "XB"}
GroupConcern = Group.concerns.through
GroupLanguage = Group.languages.through
MeetingLanguage = Meeting.languages.through
ServiceConcern = Service.concerns.through
ServiceLanguage = Service.languages.through


@functools.lru_cache(maxsize=1024)
def _translated(language: str | None, message: str) -> str:
    return gettext(message)


def _(message: str) -> str:
    """gettext, remembered for each language: every match is said in the same few phrases,
    and looking each up again was a measurable part of matching."""
    return _translated(get_language(), message)


@dataclass(frozen=True)
class Needs:
    """What a client needs, as a helping professional enters it with them."""

    concerns: tuple[str, ...]  # concern slugs; each includes the concerns below it
    near: ResolvedPlace | None = None
    online_only: bool = False
    max_km: float = DEFAULT_MAX_KM
    languages: tuple[str, ...] = ()  # ISO 639-1 codes
    days: tuple[int, ...] = ()  # 0 = Sunday
    free_from: dt.time | None = None
    free_until: dt.time | None = None
    peer_led: bool = False
    gender: str = ""  # "", "women" or "men"
    lgbtq: bool = False
    accessible: bool = False
    free: bool = False
    for_family: bool = False
    # The client's clock when no place says it: the professional's own zone.
    time_zone: str = "UTC"

    @property
    def asks_about_time(self) -> bool:
        return bool(self.days) or self.free_from is not None or self.free_until is not None

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        """The client's clock, which every meeting's time is read on."""
        return zoneinfo.ZoneInfo(self.near.time_zone if self.near is not None
                                 else self.time_zone)


@dataclass
class Slot:
    """One weekly time a meeting takes place or a service is open, on the client's clock."""

    day: int  # 0 = Sunday
    start: int  # minutes after midnight
    length: int
    cadence: str = ""  # "" weekly; else "every other week", "monthly"…

    @property
    def label(self) -> str:
        text = f"{WEEKDAYS_ABBR[(self.day - 1) % 7]} {self.start // 60:02d}:{self.start % 60:02d}"
        return f"{text}, {self.cadence}" if self.cadence else text


@dataclass(frozen=True)
class NextMeeting:
    """One of a group's coming meetings, as a match shows it."""

    meeting: Meeting
    starts_at: dt.datetime
    ends_at: dt.datetime
    status: str  # an Occurrence.Status: scheduled, cancelled or moved


@dataclass
class Match:
    kind: str  # "group" or "service"
    object: Any
    score: int = 0
    reasons: list[str] = field(default_factory=list)
    misfits: list[str] = field(default_factory=list)
    distance_km: float | None = None
    next_meetings: list[NextMeeting] = field(default_factory=list)
    referral_policy: str = ReferralPolicy.WELCOME
    referral_phone: str = ""
    # Whether anyone answers its referrals on Mutual: a group's facilitators, or the
    # stewards of the organization that offers a service.
    answered: bool = True

    @property
    def name(self) -> str:
        return str(self.object.name)

    @property
    def identifier(self) -> str:
        """What the referral API names it by: a group's slug, a service's HSDS id."""
        return self.object.slug if self.kind == "group" else str(self.object.hsds_id)

    @property
    def choice(self) -> str:
        return f"{self.kind}:{self.identifier}"

    @property
    def takes_referrals(self) -> bool:
        return self.referral_policy == ReferralPolicy.WELCOME and self.answered

    @property
    def summary(self) -> str:
        return " · ".join(self.reasons)


def language_name(code: str) -> str:
    if code in LANG_INFO and "name" in LANG_INFO[code]:
        return _(LANG_INFO[code]["name"])
    found = pycountry.languages.get(alpha_2=code)
    return found.name if found is not None else code


def _listing(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return _("%(first)s and %(last)s") % {"first": ", ".join(names[:-1]), "last": names[-1]}


def _minutes(moment: dt.time | None) -> int | None:
    return None if moment is None else moment.hour * 60 + moment.minute


def how_often(rule: str) -> str:
    """How often a rule repeats, in words, when it is not every week (or every day)."""
    return _how_often(rule, get_language())


@functools.lru_cache(maxsize=1024)
def _how_often(rule: str, language: str | None) -> str:
    """`how_often` in a language: most meetings share a few rules."""
    parts = rule_parts(rule)
    frequency, interval = parts.get("FREQ", ""), parts.get("INTERVAL", "1") or "1"
    if frequency == "WEEKLY" and interval == "2":
        return _("every other week")
    if frequency == "WEEKLY" and interval != "1":
        return _("every %(n)s weeks") % {"n": interval}
    return {"MONTHLY": _("monthly"), "YEARLY": _("yearly")}.get(frequency, "")


def rule_slots(rule: str, starts_on: dt.date, start: dt.time, length: int, zone_name: str,
               viewer: zoneinfo.ZoneInfo) -> list[Slot]:
    """The weekly times of a recurrence rule, read from the rule's text without expanding it.
    A monthly rule by day of the month says no weekday, and gives none."""
    parts = rule_parts(rule)
    frequency = parts.get("FREQ", "")
    codes = [code for code in parts.get("BYDAY", "").split(",") if code]
    days = sorted({SUNDAY_FIRST.index(code[-2:]) for code in codes if code[-2:] in SUNDAY_FIRST})
    if frequency == "DAILY" and not days:
        days = list(range(7))
    elif frequency in ("WEEKLY", "YEARLY") and not days:
        days = [weekday_sunday_first(starts_on)]
    repeats = how_often(rule)
    slots = []
    zone = zoneinfo.ZoneInfo(zone_name)
    for day in days:
        if viewer.key == zone.key:
            slots.append(Slot(day, start.hour * 60 + start.minute, length, repeats))
            continue
        # The client's weekday and time for the coming one on that day.
        today = timezone.now().astimezone(zone).date()
        date = today + dt.timedelta(days=(day - weekday_sunday_first(today)) % 7)
        seen = dt.datetime.combine(date, start, tzinfo=zone).astimezone(viewer)
        slots.append(Slot(weekday_sunday_first(seen.date()), seen.hour * 60 + seen.minute,
                          length, repeats))
    return slots


def _fits_time(slot: Slot, needs: Needs, *, whole: bool) -> bool:
    """Whether the slot lies in the hours the client is free: a meeting from start to end,
    opening hours for some part of them."""
    begins, ends = _minutes(needs.free_from), _minutes(needs.free_until)
    slot_end = slot.start + slot.length
    if whole:
        return (begins is None or slot.start >= begins) and (ends is None or slot_end <= ends)
    return (ends is None or slot.start < ends) and (begins is None or slot_end > begins)


def _schedule(slots: list[Slot], needs: Needs, *, whole: bool,
              nothing: str) -> tuple[int, str | None, str | None]:
    """Points, a reason and a misfit for the times something takes place."""
    if not slots:
        return 0, None, nothing
    if not needs.asks_about_time:
        return 0, ", ".join(slot.label for slot in slots[:2]), None
    on_free_days = [slot for slot in slots if not needs.days or slot.day in needs.days]
    fitting = [slot for slot in on_free_days if _fits_time(slot, needs, whole=whole)]
    if fitting:
        return SCHEDULE_FIT, ", ".join(slot.label for slot in fitting[:2]), None
    if on_free_days:
        return SCHEDULE_DAY, None, _("%(when)s, outside your free hours") % {
            "when": on_free_days[0].label}
    if needs.days:
        return 0, None, _("nothing on your free days (%(when)s)") % {
            "when": ", ".join(slot.label for slot in slots[:2])}
    return 0, None, _("%(when)s, outside your free hours") % {"when": slots[0].label}


def _language(spoken: Iterable[str], needs: Needs) -> tuple[int, str | None, str | None]:
    spoken = sorted(set(spoken))
    if not needs.languages:
        return 0, None, None
    shared = [code for code in needs.languages if code in spoken]
    if shared:
        return LANGUAGE, _listing([language_name(code) for code in shared]), None
    if not spoken:
        return 0, None, _("its languages are not recorded")
    names = [language_name(code) for code in spoken]
    if len(names) == 1:
        return 0, None, _("meets in %(language)s only") % {"language": names[0]}
    return 0, None, _("meets in %(languages)s") % {"languages": _listing(names)}


def _distance_points(distance: float | None, online: bool, needs: Needs) -> int:
    if distance is None:
        return ONLINE if online and needs.near is not None and not needs.online_only else 0
    if distance <= needs.max_km:
        return math.floor(NEAREST + 0.5 - distance * (NEAREST / needs.max_km))
    return BEYOND


def _distance(distance: float | None, online: bool,
              needs: Needs) -> tuple[int, str | None, str | None]:
    points = _distance_points(distance, online, needs)
    if distance is None:
        return points, _("online") if online else None, None
    shown = f"{distance:.1f}"
    if distance <= needs.max_km:
        return points, _("%(km)s km") % {"km": shown}, None
    return points, None, _("%(km)s km, beyond your %(max)s km") % {
        "km": shown, "max": f"{needs.max_km:g}"}


@dataclass
class _Judged:
    score: int = 0
    reasons: list[str] = field(default_factory=list)
    misfits: list[str] = field(default_factory=list)

    def add(self, part: tuple[int, str | None, str | None]) -> None:
        points, reason, misfit = part
        self.score += points
        if reason:
            self.reasons.append(reason)
        if misfit:
            self.misfits.append(misfit)


# Groups ---------------------------------------------------------------------------------


def _concern_ids(slugs: Sequence[str]) -> list[int]:
    index = concern_index()
    return sorted({
        descendant for slug in slugs if slug in index.by_slug
        for descendant in index.descendants(index.by_slug[slug])
    })


def _concern_runs(concern_ids: list[int]) -> list[list[int]]:
    """The (sorted) ids as runs of consecutive ids, [first, last]: a subtree's ids mostly
    are, and the index is then sought once a run rather than once an id."""
    runs: list[list[int]] = []
    for concern_id in concern_ids:
        if runs and runs[-1][1] + 1 == concern_id:
            runs[-1][1] = concern_id
        else:
            runs.append([concern_id, concern_id])
    return runs


def _in_concerns(concern_ids: list[int]) -> Q:
    """A `concern_id` among the (sorted) ids, sought as runs (see `_concern_runs`)."""
    condition = Q(pk__in=[])
    for first, last in _concern_runs(concern_ids):
        condition |= (Q(concern_id=first) if first == last
                      else Q(concern_id__gte=first, concern_id__lte=last))
    return condition


Window = tuple[dt.datetime, dt.datetime, dt.datetime | None]


def _free_windows(needs: Needs, now: dt.datetime) -> tuple[list[Window], list[Window]]:
    """The client's free days in the coming weeks (when they name none, every day), and
    their free hours on those days, as moments on the client's clock: (begins, ends) for
    when an occurrence may start and, where the client named a time they must leave, the
    moment it must end by."""
    zone = needs.zone
    today = now.astimezone(zone).date()
    days: list[Window] = []
    in_free_hours: list[Window] = []
    for offset in range(WINDOW_DAYS + 1):
        day = today + dt.timedelta(days=offset)
        if needs.days and weekday_sunday_first(day) not in needs.days:
            continue
        midnight = dt.datetime.combine(day, dt.time.min, tzinfo=zone)
        next_midnight = dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min,
                                            tzinfo=zone)
        if days and days[-1][1] == midnight:
            days[-1] = (days[-1][0], next_midnight, None)
        else:
            days.append((midnight, next_midnight, None))
        in_free_hours.append((
            dt.datetime.combine(day, needs.free_from or dt.time.min, tzinfo=zone),
            next_midnight,
            None if needs.free_until is None
            else dt.datetime.combine(day, needs.free_until, tzinfo=zone)))
    return days, in_free_hours


def _online_sample(needs: Needs, concern_ids: list[int],
                   formats: list[str]) -> list[int]:
    """The online groups worth judging: only those whose own languages include one of the
    client's, when they name any (an online group has no nearness to make up for a
    language they do not speak), and of those the first `ONLINE_CANDIDATES`, led and open
    to whom the client asked first. Online groups are alike but for their meetings: a
    sample keeps the whole world's from being judged for each client.

    Finding it reads every online group of the concerns, wherever the client lives, so
    the sample is kept `ONLINE_SAMPLE_SECONDS` for the next client with the same concerns,
    languages and preferences. The groups in it are checked again when they are scored:
    one hidden or closed since is never shown."""
    key = "matching:online:" + hashlib.sha256(repr((
        concern_ids, needs.languages, needs.peer_led, needs.for_family, formats,
    )).encode()).hexdigest()
    found = cache.get(key)
    if found is not None:
        return found
    online = directory_groups().exclude(visibility=Group.Visibility.LISTED).filter(
        Exists(GroupConcern.objects.filter(_in_concerns(concern_ids), group_id=OuterRef("pk"))),
        format__in=formats)
    if needs.languages:
        # The group's own languages: asking its meetings too made PostgreSQL read them all.
        online = online.filter(Exists(GroupLanguage.objects.filter(
            group_id=OuterRef("pk"), language_id__in=needs.languages)))
    order: list[Any] = []
    if needs.peer_led:
        order.append(Case(When(led_by=Group.LedBy.PEERS, then=Value(0)),
                          When(led_by=Group.LedBy.CO_LED, then=Value(1)), default=Value(2)))
    if needs.for_family:
        order.append(Case(When(audience=Group.Audience.CONCERN, then=Value(1)),
                          default=Value(0)))
    found = list(online.order_by(*order, "pk").values_list("pk", flat=True)[
        :ONLINE_CANDIDATES])
    cache.set(key, found, ONLINE_SAMPLE_SECONDS)
    return found


class _Sql:
    """An SQL text and its parameters, written in parts: the queries matching runs for
    every request are written in SQL, as building them with the ORM took longer than the
    database took to answer (decision 0009). They use nothing SQLite and PostgreSQL do not
    share (decision 0002), and every value but a row id is a named parameter, so parts may
    be written in any order."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: dict[str, Any] = {}

    def add(self, text: str) -> None:
        self.parts.append(text)

    def values(self, values: Sequence[Any]) -> str:
        """Placeholders for the values, which are added to the parameters."""
        names = []
        for value in values:
            name = f"p{len(self.params)}"
            self.params[name] = value
            names.append(f"%({name})s")
        return ", ".join(names)

    @staticmethod
    def ids(values: Sequence[int]) -> str:
        """Row ids, written into the text: integers cannot carry anything else, and
        PostgreSQL's driver took measurably long to merge a hundred parameters."""
        return ", ".join(str(int(value)) for value in values) or "NULL"

    @property
    def text(self) -> str:
        return " ".join(self.parts)


def _table(model: Any) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _moment(value: dt.datetime) -> Any:
    """An aware moment as the database takes it."""
    return connection.ops.adapt_datetimefield_value(value)


def _shown_sql(sql: _Sql, alias: str) -> str:
    """The groups the directory shows (groups.queries.directory_groups) other than those
    listed by name only, as a condition on `alias`."""
    hidden = sql.values([Group.Visibility.SECRET, Group.Visibility.LISTED])
    return (f"{alias}.visibility NOT IN ({hidden})"
            f" AND {alias}.status <> {sql.values([Group.Status.CLOSED])}")


def _about_sql(sql: _Sql, through: Any, column: str, alias: str,
               concern_ids: list[int]) -> str:
    """The row `alias` (a group or a service) is about one of the concerns, as its
    relationship to concerns (`through`, by `column`) says, sought as runs of ids (see
    `_concern_runs`)."""
    runs = []
    for first, last in _concern_runs(concern_ids):
        runs.append(f"c.concern_id = {sql.ids([first])}" if first == last else
                    f"c.concern_id BETWEEN {sql.ids([first])} AND {sql.ids([last])}")
    return (f"EXISTS (SELECT 1 FROM {_table(through)} c WHERE c.{column} = {alias}.id"
            f" AND ({' OR '.join(runs) or '1 = 0'}))")


def _box_sql(sql: _Sql, near: ResolvedPlace, radius_km: float, *, margin: float = 0.0) -> str:
    """The places `p` whose coordinates lie within the box around the radius (on both
    sides of the antimeridian when it crosses it), widened by a margin, as the directory
    draws it: the places' own index finds them."""
    min_lat, max_lat, min_lon, max_lon = bounding_box(
        near.latitude, near.longitude, radius_km, margin_degrees=margin)
    box = f"p.latitude BETWEEN {sql.values([min_lat])} AND {sql.values([max_lat])}"
    if min_lon < -180 or max_lon > 180:
        return (f"{box} AND (p.longitude >= {sql.values([(min_lon + 540) % 360 - 180])}"
                f" OR p.longitude <= {sql.values([(max_lon + 540) % 360 - 180])})")
    return f"{box} AND p.longitude BETWEEN {sql.values([min_lon])} AND {sql.values([max_lon])}"


def _during_sql(sql: _Sql, windows: list[Window]) -> str:
    """An occurrence `o` starts in one of the windows and, where the window says so, ends
    by its third moment."""
    parts = []
    for begins, until, ends_by in windows:
        part = f"o.starts_at >= {sql.values([_moment(begins)])}"
        part += f" AND o.starts_at < {sql.values([_moment(until)])}"
        if ends_by is not None:
            part += f" AND o.ends_at <= {sql.values([_moment(ends_by)])}"
        parts.append(f"({part})")
    return f"({' OR '.join(parts) or '1 = 0'})"


def _points_sql(sql: _Sql, needs: Needs, now: dt.datetime) -> str:
    """A group `g`'s score but for its distance, as `_judge_group` gives it with the
    reasons."""
    points = [f"CASE WHEN g.status = {sql.values([Group.Status.PAUSED])}"
              f" THEN {CLOSED_FOR_NOW} ELSE 0 END"]
    if needs.languages:
        points.append(
            f"CASE WHEN EXISTS (SELECT 1 FROM {_table(GroupLanguage)} gl WHERE gl.group_id = g.id"
            f" AND gl.language_id IN ({sql.values(needs.languages)}))"
            f" OR EXISTS (SELECT 1 FROM {_table(MeetingLanguage)} ml"
            f" JOIN {_table(Meeting)} m ON m.id = ml.meeting_id WHERE m.group_id = g.id"
            f" AND ml.language_id IN ({sql.values(needs.languages)}))"
            f" THEN {LANGUAGE} ELSE 0 END")
    if needs.asks_about_time:
        on_free_days, in_free_hours = _free_windows(needs, now)

        # Of the occurrences meetings are judged by (as `_judge_groups` reads them: not
        # cancelled, in the coming weeks), the best fitting. The windows are weighed in
        # the rows' values rather than in their conditions: PostgreSQL took longer to plan
        # as many conditions than to read the rows.
        points.append(
            f"COALESCE((SELECT MAX(CASE WHEN {_during_sql(sql, in_free_hours)}"
            f" THEN {SCHEDULE_FIT} WHEN {_during_sql(sql, on_free_days)} THEN {SCHEDULE_DAY}"
            f" ELSE 0 END) FROM {_table(Occurrence)} o WHERE o.group_id = g.id"
            f" AND o.starts_at >= {sql.values([_moment(now)])}"
            f" AND o.starts_at < {sql.values([_moment(now + dt.timedelta(days=WINDOW_DAYS))])}"
            f" AND o.status <> {sql.values([Occurrence.Status.CANCELLED])}), 0)")
    if needs.peer_led:
        points.append(f"CASE WHEN g.led_by = {sql.values([Group.LedBy.PEERS])}"
                      f" THEN {PREFERENCE} WHEN g.led_by = {sql.values([Group.LedBy.CO_LED])}"
                      f" THEN {PREFERENCE // 2} ELSE 0 END")

    def active(extra: str = "") -> str:
        return (f"EXISTS (SELECT 1 FROM {_table(Meeting)} m WHERE m.group_id = g.id"
                f" AND m.status = {sql.values([Meeting.Status.ACTIVE])}{extra})")

    def typed(codes: set[str]) -> str:
        return active(f" AND EXISTS (SELECT 1 FROM {_table(MeetingType)} t"
                      f" WHERE t.meeting_id = m.id AND t.code IN ({sql.values(sorted(codes))}))")

    def having(condition: str, points_given: int) -> str:
        return f"CASE WHEN {condition} THEN {points_given} ELSE 0 END"

    if needs.gender:
        points.append(having(typed(GENDER_TYPES[needs.gender]), PREFERENCE))
    if needs.lgbtq:
        points.append(having(typed(LGBTQ_TYPES), PREFERENCE))
    if needs.accessible:
        in_person = active(f" AND m.attendance <> {sql.values([Meeting.Attendance.ONLINE])}")
        only_online = f"{active()} AND NOT {in_person}"
        points.append(having(f"{typed(ACCESSIBLE_TYPES)} OR ({only_online})", PREFERENCE))
    if needs.for_family:
        family = sql.values([Group.Audience.FAMILY, Group.Audience.BOTH])
        points.append(having(f"g.audience IN ({family})", FAMILY))
    return " + ".join(points)


def _group_candidates(needs: Needs, concern_ids: list[int],
                      now: dt.datetime) -> list[tuple[Any, ...]]:
    """The groups the hard filters let through, as (pk, distance_km, led_by, audience,
    format, status, points), points being the score `_judge_group` gives with the reasons.

    The groups that meet in person nearby (from the places in the box) and the online
    sample are found apart, each by the index that narrows it most, and scored together
    in one query: asking for both in one condition made the databases read every group of
    the concern. Without a place, or online only, only groups that meet online are
    candidates. Distances are measured here, from the places' coordinates, as the
    directory measures them (see groups.queries._near): rounded where the address is for
    members only, so that a hidden address cannot be pinned down."""
    sql = _Sql()
    sql.add(f"SELECT g.id, g.latitude, g.longitude, g.hidden, g.led_by, g.audience, g.format,"
            f" g.status, {_points_sql(sql, needs, now)} FROM (")
    near = None if needs.online_only else needs.near
    radius = needs.max_km * SLACK
    online_formats = [Group.Format.ONLINE, Group.Format.HYBRID]
    if near is not None:
        sql.add(f"SELECT h.id, p.latitude, p.longitude, h.address_for_members_only AS hidden,"
                f" h.led_by, h.audience, h.format, h.status FROM {_table(Group)} h"
                f" JOIN {_table(Place)} p ON p.id = h.place_id WHERE"
                # Widened by the rounding of hidden addresses, so that it never decides alone.
                f" {_box_sql(sql, near, radius, margin=10**-ROUNDED_DECIMALS)}"
                f" AND {_shown_sql(sql, 'h')} AND h.format <> {sql.values([Group.Format.ONLINE])}"
                f" AND {_about_sql(sql, GroupConcern, 'group_id', 'h', concern_ids)} UNION ALL")
        online_formats = [Group.Format.ONLINE]
    # Online groups meet nowhere, so their rows carry no coordinates.
    sample = _online_sample(needs, concern_ids, online_formats)
    sql.add(f"SELECT h.id, NULL AS latitude, NULL AS longitude, h.address_for_members_only"
            f" AS hidden, h.led_by, h.audience,"
            f" h.format, h.status FROM {_table(Group)} h"
            f" WHERE h.id IN ({sql.ids(sample)}) AND {_shown_sql(sql, 'h')}"
            f" AND h.format IN ({sql.values(online_formats)})"
            f" AND {_about_sql(sql, GroupConcern, 'group_id', 'h', concern_ids)}) g")
    with connection.cursor() as cursor:
        cursor.execute(sql.text, sql.params)
        rows = cursor.fetchall()
    found = []
    for pk, latitude, longitude, hidden, led_by, audience, group_format, status, points in rows:
        distance = None
        if near is not None and latitude is not None and group_format != Group.Format.ONLINE:
            if hidden:
                latitude = round(latitude, ROUNDED_DECIMALS)
                longitude = round(longitude, ROUNDED_DECIMALS)
            distance = distance_km(near.latitude, near.longitude, latitude, longitude)
            if distance > radius:
                continue
        online = group_format != Group.Format.IN_PERSON
        found.append((pk, distance, led_by, audience, group_format, status,
                      points + _distance_points(distance, online, needs)))
    return found


def _judge_group(row: tuple[Any, ...], languages: set[str], meetings: list[tuple[Any, ...]],
                 slots: list[Slot], needs: Needs) -> _Judged:
    _pk, distance, led_by, audience, group_format, status = row
    judged = _Judged()
    judged.add(_language(languages, needs))
    active = [meeting for meeting in meetings if meeting[5] == Meeting.Status.ACTIVE]
    judged.add(_schedule(slots, needs, whole=True,
                         nothing=_("no meetings in the coming four weeks")))
    judged.add(_distance(distance, group_format != Group.Format.IN_PERSON, needs))

    labels = {Group.LedBy.PEERS: _("peer-led"), Group.LedBy.CO_LED: _("co-led"),
              Group.LedBy.PROFESSIONALS: _("professionally led")}
    if not needs.peer_led or led_by == Group.LedBy.PEERS:
        judged.add((PREFERENCE if needs.peer_led else 0, labels.get(led_by), None))
    elif led_by == Group.LedBy.CO_LED:
        judged.add((PREFERENCE // 2, _("co-led by peers and professionals"), None))
    else:
        judged.add((0, None, labels.get(led_by)))

    types = {code for meeting in active for code in (meeting[3] or ())}
    in_person = any(meeting[4] != Meeting.Attendance.ONLINE for meeting in active)
    if needs.gender:
        wanted = _("for women") if needs.gender == "women" else _("for men")
        if types & GENDER_TYPES[needs.gender]:
            judged.add((PREFERENCE, wanted, None))
        else:
            judged.add((0, None, _("not listed as a meeting %(for)s") % {"for": wanted}))
    if needs.lgbtq:
        if types & LGBTQ_TYPES:
            judged.add((PREFERENCE, _("LGBTQ+"), None))
        else:
            judged.add((0, None, _("not listed as an LGBTQ+ meeting")))
    if needs.accessible:
        if types & ACCESSIBLE_TYPES:
            judged.add((PREFERENCE, _("wheelchair access"), None))
        elif active and not in_person:
            judged.add((PREFERENCE, _("online: no venue to reach"), None))
        else:
            judged.add((0, None, _("wheelchair access not listed")))
    if needs.free:
        judged.add((0, None, _("cost not recorded (self-help groups are usually free)")))
    if needs.for_family:
        if audience in (Group.Audience.FAMILY, Group.Audience.BOTH):
            judged.add((FAMILY, _("welcomes family and friends"), None))
        else:
            judged.add((0, None, _("for people with the concern, not their family")))
    if status == Group.Status.PAUSED:
        judged.add((CLOSED_FOR_NOW, None, _("paused for now")))
    return judged


Judgement = tuple[int, float | None, _Judged, list[tuple[Any, ...]]]
# What judging and showing a group's occurrences read of them.
OCCURRENCE_FIELDS = ("group_id", "meeting_id", "starts_at", "ends_at", "status")
# What judging and showing a group's current meetings read of them.
MEETING_FIELDS = ("group_id", "id", "rrule", "types", "attendance", "status", "name",
                  "time_zone")
# The same, in the model's order, as Meeting.from_db takes them.
_MEETING_ORDER = [field.attname for field in Meeting._meta.concrete_fields
                  if field.attname in MEETING_FIELDS]
_MEETING_AT = [MEETING_FIELDS.index(name) for name in _MEETING_ORDER]


def _spoken(ids: list[int]) -> dict[int, set[str]]:
    """The languages of each group and of its meetings, in one query."""
    spoken: dict[int, set[str]] = {pk: set() for pk in ids}
    if not ids:
        return spoken
    sql = _Sql()
    groups = sql.ids(ids)
    sql.add(f"SELECT gl.group_id, gl.language_id FROM {_table(GroupLanguage)} gl"
            f" WHERE gl.group_id IN ({groups}) UNION"
            f" SELECT m.group_id, ml.language_id FROM {_table(MeetingLanguage)} ml"
            f" JOIN {_table(Meeting)} m ON m.id = ml.meeting_id WHERE m.group_id IN ({groups})")
    with connection.cursor() as cursor:
        cursor.execute(sql.text, sql.params)
        for group_id, code in cursor.fetchall():
            spoken[group_id].add(code)
    return spoken


def _from_text(moment: str) -> dt.datetime:
    """A moment the database gave as text: with its offset from PostgreSQL, in UTC without
    one from SQLite."""
    value = dt.datetime.fromisoformat(moment)
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _coming_occurrences(ids: list[int], now: dt.datetime) -> list[tuple[Any, ...]]:
    """The groups' occurrences in the coming weeks, cancelled ones too (the next meetings
    shown say so), as `OCCURRENCE_FIELDS`, soonest first. Their moments are read as text:
    turning a few hundred of them into datetimes through the database driver took longer
    than the query."""
    if not ids:
        return []
    sql = _Sql()
    sql.add(f"SELECT o.group_id, o.meeting_id, CAST(o.starts_at AS TEXT),"
            f" CAST(o.ends_at AS TEXT), o.status FROM {_table(Occurrence)} o"
            f" WHERE o.group_id IN ({sql.ids(ids)}) AND o.starts_at >= "
            f"{sql.values([_moment(now)])} AND o.starts_at < "
            f"{sql.values([_moment(now + dt.timedelta(days=WINDOW_DAYS))])}"
            " ORDER BY o.starts_at, o.id")
    with connection.cursor() as cursor:
        cursor.execute(sql.text, sql.params)
        return [(group_id, meeting_id, _from_text(starts_at), _from_text(ends_at), status)
                for group_id, meeting_id, starts_at, ends_at, status in cursor.fetchall()]


def _judge_groups(rows: list[tuple[Any, ...]], needs: Needs,
                  now: dt.datetime) -> tuple[list[Judgement], dict[int, Group]]:
    """Each group judged in words, with its occurrences in the coming weeks; and the
    groups, loaded with what a match shows, each with its current meetings as
    `MEETING_FIELDS` in `meeting_rows` and whether its facilitators answer referrals in
    `answered`."""
    ids = [row[0] for row in rows]
    # What a match shows of a group: a page's worth of groups loads no more than that.
    groups = (Group.objects.select_related("organization")
              .only("slug", "name", "referral_policy", "referral_phone", "organization__name")
              .annotate(answered=Exists(active_facilitators().filter(group_id=OuterRef("pk"))))
              .in_bulk(ids))
    meetings: dict[int, list[tuple[Any, ...]]] = {pk: [] for pk in ids}
    if ids:
        sql = _Sql()
        sql.add(f"SELECT m.{', m.'.join(MEETING_FIELDS)} FROM {_table(Meeting)} m"
                f" WHERE m.group_id IN ({sql.ids(ids)})"
                f" AND m.status <> {sql.values([Meeting.Status.ENDED])}"
                " ORDER BY m.start_time, m.id")
        with connection.cursor() as cursor:
            cursor.execute(sql.text, sql.params)
            for group_id, pk, rule, types, *rest in cursor.fetchall():
                # Meeting Guide type codes, kept as JSON: both databases give the text.
                meetings[group_id].append((group_id, pk, rule, json.loads(types), *rest))
    for pk, group in groups.items():
        group.meeting_rows = meetings[pk]
    repeats = {meeting[1]: how_often(meeting[2]) for found in meetings.values()
               for meeting in found}
    spoken = _spoken(ids)
    slots: dict[int, dict[tuple[int, int, int], Slot]] = {pk: {} for pk in ids}
    upcoming: dict[int, list[tuple[Any, ...]]] = {pk: [] for pk in ids}
    zone = needs.zone
    for occurrence in _coming_occurrences(ids, now):
        group_id, meeting_id, starts_at, ends_at, status = occurrence
        upcoming[group_id].append(occurrence)
        if status == Occurrence.Status.CANCELLED:
            continue
        seen = starts_at.astimezone(zone)
        slot = Slot(weekday_sunday_first(seen.date()), seen.hour * 60 + seen.minute,
                    int((ends_at - starts_at).total_seconds() // 60),
                    repeats.get(meeting_id, ""))
        slots[group_id].setdefault((slot.day, slot.start, slot.length), slot)
    judged = [(row[0], row[1], _judge_group(row, spoken[row[0]], meetings[row[0]],
                                            list(slots[row[0]].values()), needs),
               upcoming[row[0]])
              for row in rows]
    return judged, groups


def _rank_groups(needs: Needs, concern_ids: list[int],
                 limit: int) -> tuple[list[Judgement], dict[int, Group]]:
    """The best `limit` groups: ranked by their points from the database, then judged in
    words, with the same points, here."""
    now = timezone.now()
    rows = _group_candidates(needs, concern_ids, now)
    rows.sort(key=lambda row: (-row[6], row[1] is None, row[1] or 0.0, row[0]))
    return _judge_groups([row[:6] for row in rows[:limit]], needs, now)


def _group_matches(chosen: list[Judgement], groups: dict[int, Group]) -> list[Match]:
    found = []
    for pk, distance, judged, coming in chosen:
        group = groups[pk]
        active = {meeting[1]: meeting for meeting in group.meeting_rows
                  if meeting[5] == Meeting.Status.ACTIVE}
        shown: dict[int, Meeting] = {}
        upcoming = []
        for _group_id, meeting_id, starts_at, ends_at, status in [
                row for row in coming if row[1] in active][:NEXT_MEETINGS]:
            if meeting_id not in shown:
                # Only the fields read: a meeting shown in a match needs no more.
                row = active[meeting_id]
                shown[meeting_id] = Meeting.from_db(None, _MEETING_ORDER,
                                                    [row[at] for at in _MEETING_AT])
                shown[meeting_id].group = group
            upcoming.append(NextMeeting(shown[meeting_id], starts_at, ends_at, status))
        misfits = list(judged.misfits)
        if not group.answered:
            misfits.append(_("nobody answers referrals for it on Mutual yet"))
        elif group.referral_policy == ReferralPolicy.NONE:
            misfits.append(_("does not take referrals"))
        elif group.referral_policy == ReferralPolicy.PHONE:
            misfits.append(_("takes referrals by phone only: %(phone)s") % {
                "phone": group.referral_phone or _("no number given")})
        found.append(Match(
            kind="group", object=group, score=judged.score, reasons=judged.reasons,
            misfits=misfits, distance_km=None if distance is None else round(distance, 1),
            next_meetings=upcoming, referral_policy=group.referral_policy,
            referral_phone=group.referral_phone, answered=group.answered))
    return found


# Services -------------------------------------------------------------------------------


def _service_candidates(needs: Needs, concern_ids: list[int]) -> list[tuple[Any, ...]]:
    """Open services about one of the concerns, as the directory finds them (see
    services.queries.search_services): within the radius, by their nearest location,
    when the client is not online only, as (pk, distance_km, fee, capacity, status,
    governance, located). Written in SQL, as the group candidates' query is; near a place,
    each service's locations in the box are read and the nearest measured here."""
    sql = _Sql()
    columns = "s.id, s.fee, s.capacity, s.status, o.governance_kind"
    sources = (f"{_table(Service)} s JOIN {_table(Organization)} o"
               f" ON o.id = s.organization_id")
    conditions = (f"s.status IN ({sql.values(OPEN_STATUSES)})"
                  f" AND {_about_sql(sql, ServiceConcern, 'service_id', 's', concern_ids)}")
    if needs.near is None or needs.online_only:
        sql.add(f"SELECT {columns}, EXISTS (SELECT 1 FROM {_table(ServiceAtLocation)} a"
                f" WHERE a.service_id = s.id) FROM {sources} WHERE {conditions}")
        with connection.cursor() as cursor:
            cursor.execute(sql.text, sql.params)
            return [(pk, None, *rest) for pk, *rest in cursor.fetchall()]
    near, radius = needs.near, needs.max_km * SLACK
    sql.add(f"SELECT {columns}, p.latitude, p.longitude FROM {sources}"
            f" JOIN {_table(ServiceAtLocation)} a ON a.service_id = s.id"
            f" JOIN {_table(Location)} l ON l.id = a.location_id"
            f" JOIN {_table(Place)} p ON p.id = l.place_id"
            f" WHERE {_box_sql(sql, near, radius)} AND {conditions}")
    nearest: dict[int, tuple[Any, ...]] = {}
    with connection.cursor() as cursor:
        cursor.execute(sql.text, sql.params)
        for pk, fee, capacity, status, governance, latitude, longitude in cursor.fetchall():
            distance = distance_km(near.latitude, near.longitude, latitude, longitude)
            if distance <= radius and (pk not in nearest or distance < nearest[pk][1]):
                nearest[pk] = (pk, distance, fee, capacity, status, governance, True)
    return list(nearest.values())


def _judge_service(row: tuple[Any, ...], languages: set[str], hours: list[tuple[Any, ...]],
                   needs: Needs) -> _Judged:
    _pk, distance, fee, capacity, status, governance, located = row
    judged = _Judged()
    judged.add(_language(languages, needs))
    slots = [slot for schedule in hours for slot in rule_slots(*schedule, needs.zone)]
    judged.add(_schedule(slots, needs, whole=False, nothing=_("opening hours not recorded")))
    if needs.online_only and located:
        judged.add((0, None, _("offered at a place")))
    elif not located:
        judged.add((0, _("by phone or online"), None))
    else:
        judged.add(_distance(distance, False, needs))
    if needs.peer_led:
        if governance == "mutual_assistance":
            judged.add((PREFERENCE, _("run by a mutual-assistance organization"), None))
        elif governance == "partnership":
            judged.add((PREFERENCE // 2, _("run by a partnership of peers and professionals"),
                        None))
        elif governance == "professionally_led":
            judged.add((0, None, _("run by a professionally led organization")))
        else:
            judged.add((0, None, _("whether peers run it is not recorded")))
    if needs.gender:
        judged.add((0, None, _("whether it is for women or men only is not recorded")))
    if needs.lgbtq:
        judged.add((0, None, _("whether it is for LGBTQ+ people is not recorded")))
    if needs.accessible:
        judged.add((0, None, _("check its accessibility notes")))
    if needs.free:
        if fee == Service.Fee.FREE:
            judged.add((PREFERENCE, _("free"), None))
        elif fee == Service.Fee.DONATION:
            judged.add((PREFERENCE // 2, _("by donation"), None))
        else:
            judged.add((0, None, _("charges a fee")))
    elif fee == Service.Fee.FREE:
        judged.add((0, _("free"), None))
    if needs.for_family:
        judged.add((0, None, _("whether it serves family members: see who it is for")))
    if status != Service.Status.ACTIVE:
        judged.add((CLOSED_FOR_NOW, None, _("temporarily closed")))
    if capacity == Service.Capacity.FULL:
        judged.add((FULL, None, _("full")))
    elif capacity == Service.Capacity.WAITLIST:
        judged.add((WAITLIST, None, _("waiting list")))
    return judged


def _rank_services(needs: Needs,
                   concern_ids: list[int]) -> list[tuple[int, float | None, _Judged]]:
    rows = _service_candidates(needs, concern_ids)
    ids = [row[0] for row in rows]
    spoken: dict[int, set[str]] = {pk: set() for pk in ids}
    hours: dict[int, list[tuple[Any, ...]]] = {pk: [] for pk in ids}
    if ids:
        with connection.cursor() as cursor:
            sql = _Sql()
            sql.add(f"SELECT service_id, language_id FROM {_table(ServiceLanguage)}"
                    f" WHERE service_id IN ({sql.ids(ids)})")
            cursor.execute(sql.text, sql.params)
            for service_id, code in cursor.fetchall():
                spoken[service_id].add(code)
            # A service's own hours, and its hours at each of its places.
            sql = _Sql()
            services = sql.ids(ids)
            sql.add(f"SELECT h.service_id, a.service_id, h.rrule, h.starts_on, h.opens_at,"
                    f" h.closes_at, h.time_zone FROM {_table(Schedule)} h"
                    f" LEFT JOIN {_table(ServiceAtLocation)} a ON a.id = h.service_at_location_id"
                    f" WHERE h.service_id IN ({services}) OR a.service_id IN ({services})"
                    " ORDER BY h.id")
            cursor.execute(sql.text, sql.params)
            for own, at_place, rule, starts_on, opens, closes, zone in cursor.fetchall():
                length = (closes.hour * 60 + closes.minute) - (opens.hour * 60 + opens.minute)
                hours[own or at_place].append((rule, starts_on, opens, length, zone))
    return [(row[0], row[1], _judge_service(row, spoken[row[0]], hours[row[0]], needs))
            for row in rows]


def _service_matches(chosen: list[tuple[int, float | None, _Judged]]) -> list[Match]:
    # What a match shows of a service: its name, its page and who offers it.
    services = (
        Service.objects.select_related("organization")
        .only("slug", "name", "hsds_id", "organization__slug", "organization__name")
        .annotate(answered=Exists(Stewardship.objects.filter(
            organization_id=OuterRef("organization_id"))))
        .in_bulk([pk for pk, _distance, _judged in chosen])
    )
    found = []
    for pk, distance, judged in chosen:
        service = services[pk]
        misfits = list(judged.misfits)
        if not service.answered:
            misfits.append(_("nobody answers referrals for it on Mutual yet"))
        found.append(Match(
            kind="service", object=service, score=judged.score, reasons=judged.reasons,
            misfits=misfits, distance_km=None if distance is None else round(distance, 1),
            answered=service.answered))
    return found


def match(needs: Needs, *, limit: int = LIMIT) -> list[Match]:
    """Groups and services for the client, the best fit first."""
    concern_ids = _concern_ids(needs.concerns)
    if not concern_ids:
        return []
    groups, loaded_groups = _rank_groups(needs, concern_ids, limit)
    services = _rank_services(needs, concern_ids)

    def order(entry: tuple[str, Any]) -> tuple[Any, ...]:
        kind, (pk, distance, judged, *_rest) = entry
        return (-judged.score, distance if distance is not None else float("inf"), kind, pk)

    ranked = sorted([("group", entry) for entry in groups]
                    + [("service", entry) for entry in services], key=order)[:limit]
    chosen_groups = [entry for kind, entry in ranked if kind == "group"]
    chosen_services = [entry for kind, entry in ranked if kind == "service"]
    loaded = {("group", found.object.pk): found
              for found in _group_matches(chosen_groups, loaded_groups)}
    loaded |= {("service", found.object.pk): found
               for found in _service_matches(chosen_services)}
    return [loaded[(kind, entry[0])] for kind, entry in ranked]
