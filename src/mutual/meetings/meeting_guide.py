"""The Meeting Guide format (the code4recovery specification), both ways.

Out: public meetings as feed rows, read in a fixed number of queries. In: a feed row checked
and turned into what a meeting, its place, group and organization need, without writing
anything; imports.py does the writing.
"""

import datetime as dt
import hashlib
import logging
import re
import zoneinfo
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass
from functools import cache, lru_cache
from typing import Any

import pycountry
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_slug
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from mutual.core.http import whole_number
from mutual.groups.models import Group
from mutual.meetings.models import Meeting
from mutual.meetings.recurrence import (
    SUNDAY_FIRST,
    WEEKDAY_CODES,
    rule_parts,
    weekday_sunday_first,
    weekly_days,
)
from mutual.organizations.models import Organization
from mutual.places.geo import ROUNDED_DECIMALS
from mutual.places.lookup import US_ZIP, PlaceNotFound, ResolvedPlace, resolve_place
from mutual.places.models import Place

logger = logging.getLogger("mutual.meetings.feed")

# Every field the specification defines for a meeting.
SPEC_FIELDS = (
    "name", "slug", "day", "time", "end_time", "timezone", "types", "notes", "location",
    "location_notes", "formatted_address", "address", "city", "state", "postal_code", "country",
    "region", "sub_region", "regions", "conference_url", "conference_url_notes",
    "conference_phone", "conference_phone_notes", "latitude", "longitude", "approximate",
    "updated", "group", "group_notes", "venmo", "square", "paypal", "homegroup_online", "url",
    "edit_url", "feedback_emails", "feedback_url", "entity", "entity_email", "entity_location",
    "entity_logo", "entity_phone", "entity_website_url",
    "contact_1_name", "contact_1_email", "contact_1_phone",
    "contact_2_name", "contact_2_email", "contact_2_phone",
    "contact_3_name", "contact_3_email", "contact_3_phone",
)
# Spec fields Mutual has no column for: kept as they came in meeting.listing and published
# again. `formatted_address` is kept so a feed's own wording of an address comes back.
LISTING_FIELDS = (
    "formatted_address", "region", "sub_region", "regions", "venmo", "square", "paypal",
    "homegroup_online", "feedback_emails", "entity_email",
    "contact_1_name", "contact_1_email", "contact_1_phone",
    "contact_2_name", "contact_2_email", "contact_2_phone",
    "contact_3_name", "contact_3_email", "contact_3_phone",
)
LIST_LISTING_FIELDS = {"regions", "feedback_emails"}

# ISO 639-1 code → the Meeting Guide type code for a meeting held in that language
# (data/types.json); a meeting's languages are published as these types.
_LANGUAGE_TYPE = {
    "af": "AF", "am": "AM", "ar": "AR", "bg": "BG", "da": "DA", "de": "DE", "el": "EL",
    "en": "EN", "es": "S", "fa": "FA", "fi": "FI", "fr": "FR", "he": "HE", "hi": "HI",
    "hr": "HR", "hu": "HU", "is": "IS", "it": "ITA", "ja": "JA", "ka": "KA", "ko": "KOR",
    "lt": "LT", "ml": "ML", "mt": "MT", "ne": "NE", "nl": "NL", "no": "NO", "pa": "PUN",
    "pl": "POL", "pt": "POR", "ru": "RUS", "sk": "SK", "sl": "SL", "sv": "SV", "th": "TH",
    "tl": "TL", "tr": "TUR", "uk": "UK",
}
TYPE_LANGUAGES = {code: language for language, code in _LANGUAGE_TYPE.items()}
# Norwegian's two written standards are published as Norwegian too.
LANGUAGE_TYPES = {**_LANGUAGE_TYPE, "nb": "NO", "nn": "NO"}
TEMPORARILY_CLOSED = "TC"
# Feeds written before `attendance_option` existed marked online meetings with this type.
LEGACY_ONLINE = "ONL"
ATTENDANCE_OPTIONS = ("in_person", "online", "hybrid", "inactive")
DEFAULT_MINUTES = 60
# Bumped when the shape of a row changes, so cached bodies and clients' ETags are renewed.
FORMAT_VERSION = "1"

PUBLISHED = Q(
    group__visibility=Group.Visibility.PUBLIC,
    group__status=Group.Status.ACTIVE,
    status__in=[Meeting.Status.ACTIVE, Meeting.Status.TEMPORARILY_CLOSED],
)
_MEETING_COLUMNS = (
    "pk", "group_id", "place_id", "slug", "name", "rrule", "starts_on", "start_time",
    "duration_minutes", "time_zone", "attendance", "status", "location_notes", "conference_url",
    "conference_url_notes", "conference_phone", "conference_phone_notes",
    "conference_for_members_only", "types", "notes", "listing", "updated_at",
)
_GROUP_COLUMNS = (
    "pk", "name", "description", "address_for_members_only", "place_id", "organization__name",
    "organization__website", "organization__phone", "organization__service_area",
    "organization__logo_url",
)
_PLACE_COLUMNS = (
    "pk", "name", "street", "locality", "region", "postal_code", "country", "latitude",
    "longitude", "approximate",
)


# ---------------------------------------------------------------------------------------
# Out: the feed


@dataclass(frozen=True)
class FeedVersion:
    """What the feed's body depends on; equal versions give equal bodies.

    Read over whole tables rather than the published meetings: three plain aggregates,
    where following the joins would cost more than the rare needless rebuild. A change to
    a group's visibility or place moves its `updated_at`; a deletion changes a count.
    """

    meetings: int
    meetings_changed: dt.datetime | None
    groups_changed: dt.datetime | None
    organizations: int
    organizations_changed: dt.datetime | None

    @property
    def last_modified(self) -> dt.datetime | None:
        moments = [self.meetings_changed, self.groups_changed, self.organizations_changed]
        return max((moment for moment in moments if moment), default=None)

    @property
    def etag(self) -> str:
        parts = [
            FORMAT_VERSION, self.meetings, self.meetings_changed, self.groups_changed,
            self.organizations, self.organizations_changed,
        ]
        return hashlib.sha256(repr(parts).encode()).hexdigest()[:32]


def feed_version() -> FeedVersion:
    meetings = Meeting.objects.aggregate(count=Count("pk"), changed=Max("updated_at"))
    organizations = Organization.objects.aggregate(count=Count("pk"), changed=Max("updated_at"))
    return FeedVersion(
        meetings=meetings["count"],
        meetings_changed=meetings["changed"],
        groups_changed=Group.objects.aggregate(changed=Max("updated_at"))["changed"],
        organizations=organizations["count"],
        organizations_changed=organizations["changed"],
    )


def _daily_days(parts: dict[str, str]) -> list[int] | None:
    """A plain every-day rule, perhaps limited to some weekdays, is a weekly one."""
    plain = not set(parts) - {"FREQ", "INTERVAL", "BYDAY", "WKST", "UNTIL"}
    if parts.get("FREQ") != "DAILY" or parts.get("INTERVAL", "1") != "1" or not plain:
        return None
    codes = [code for code in parts.get("BYDAY", "").split(",") if code]
    if not all(code in WEEKDAY_CODES for code in codes):
        return None
    return sorted(SUNDAY_FIRST.index(code) for code in codes) or list(range(7))


@lru_cache(maxsize=4096)
def _rule_days(rrule: str, today: dt.date) -> tuple[tuple[int, ...] | None, str]:
    """feed_days for a rule; () when the rule repeats on its first date's weekday."""
    parts = rule_parts(rrule)
    until = parts.get("UNTIL", "")
    if until and until[:8] < today.strftime("%Y%m%d"):
        return None, f"its rule ended on {until[:8]}"
    days = weekly_days(rrule)
    if days is None:
        days = _daily_days(parts)
    if days is None:
        return None, f"its rule ({rrule}) does not repeat every week"
    return tuple(days), ""


def feed_days(
    rrule: str, starts_on: dt.date, today: dt.date
) -> tuple[list[int] | None, str]:
    """The days (0 = Sunday) a meeting meets every week, or None and why it cannot be listed.

    The specification lists weekly meetings only; a daily rule is every day of the week.
    """
    days, why = _rule_days(rrule, today)
    if days is None:
        return None, why
    return list(days) or [weekday_sunday_first(starts_on)], ""


def _clock(value: dt.time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def _end_time(start: dt.time, minutes: int) -> str:
    end = start.hour * 60 + start.minute + minutes
    return f"{end // 60 % 24:02d}:{end % 60:02d}"


def _joined_address(street: str, city: str, state: str, postal_code: str, country: str) -> str:
    state_line = " ".join(part for part in (state, postal_code) if part)
    return ", ".join(part for part in (street, city, state_line, country) if part)


def _place_fields(
    place: Mapping[str, Any], *, stored_address: str, hidden: bool, area_only: bool
) -> dict[str, Any]:
    """Where the meeting is, as anyone may see it: a place kept for members, or one that marks
    an area, is given as its town with coordinates rounded to about a kilometre."""
    rounded = hidden or area_only or place["approximate"]
    fields: dict[str, Any] = {
        "city": place["locality"],
        "state": place["region"],
        "country": place["country"],
        "approximate": "yes" if rounded else "no",
    }
    if rounded:
        fields["latitude"] = round(place["latitude"], ROUNDED_DECIMALS)
        fields["longitude"] = round(place["longitude"], ROUNDED_DECIMALS)
        street = postal_code = ""
    else:
        fields["latitude"] = place["latitude"]
        fields["longitude"] = place["longitude"]
        street, postal_code = place["street"], place["postal_code"]
        fields.update({"location": place["name"], "address": street, "postal_code": postal_code})
    # The feed's own wording of the address is used while it still names this place, and
    # never when it would show a street that is not to be shown.
    wording = stored_address.casefold()
    still_fits = bool(wording) and not hidden and place["locality"].casefold() in wording and (
        place["street"].casefold() in wording if not rounded else not place["street"]
    )
    fields["formatted_address"] = stored_address if still_fits else _joined_address(
        street, place["locality"], place["region"], postal_code, place["country"]
    )
    return fields


def _group_fields(group: Mapping[str, Any]) -> dict[str, Any]:
    """What every meeting of a group says about it and its organization."""
    fields = {"group": group["name"], "group_notes": group["description"]}
    if group["organization__name"]:
        fields.update({
            "entity": group["organization__name"],
            "entity_website_url": group["organization__website"],
            "entity_phone": group["organization__phone"],
            "entity_location": group["organization__service_area"],
            "entity_logo": group["organization__logo_url"],
        })
    return fields


def _updated_text(moment: dt.datetime) -> str:
    """YYYY-MM-DD HH:MM:SS in UTC, as the specification writes `updated`."""
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", "seconds")


class _Rows:
    """Feed rows built from a meeting's columns, its group's and its places'; what groups and
    places say is worked out once for all their meetings."""

    def __init__(self, groups: dict[int, dict], places: dict[int, dict]) -> None:
        self.groups = groups
        self.places = places
        self._group_fields: dict[int, dict[str, Any]] = {}
        self._place_fields: dict[tuple, dict[str, Any]] = {}

    def group_fields(self, group_id: int) -> dict[str, Any]:
        if group_id not in self._group_fields:
            self._group_fields[group_id] = _group_fields(self.groups[group_id])
        return self._group_fields[group_id]

    def place_fields(
        self, place_id: int, *, stored_address: str, hidden: bool, area_only: bool
    ) -> dict[str, Any]:
        key = (place_id, stored_address, hidden, area_only)
        if key not in self._place_fields:
            self._place_fields[key] = _place_fields(
                self.places[place_id], stored_address=stored_address, hidden=hidden,
                area_only=area_only,
            )
        return self._place_fields[key]

    def row(
        self, meeting: Mapping[str, Any], languages: list[str], days: list[int], url: str
    ) -> dict[str, Any]:
        """One published meeting as a feed row; empty fields are left out."""
        group = self.groups[meeting["group_id"]]
        listing = meeting["listing"] or {}
        closed = meeting["status"] == Meeting.Status.TEMPORARILY_CLOSED
        attendance = meeting["attendance"]
        types = list(meeting["types"] or [])
        types += [LANGUAGE_TYPES[code] for code in languages if code in LANGUAGE_TYPES]
        if closed:
            types.append(TEMPORARILY_CLOSED)
        row: dict[str, Any] = {
            "name": meeting["name"] or group["name"],
            "slug": meeting["slug"],
            "day": days[0] if len(days) == 1 else days,
            "time": _clock(meeting["start_time"]),
            "end_time": _end_time(meeting["start_time"], meeting["duration_minutes"]),
            "timezone": meeting["time_zone"],
            "types": list(dict.fromkeys(types)),
            "notes": meeting["notes"],
            "attendance_option": "inactive" if closed else attendance,
            "updated": _updated_text(meeting["updated_at"]),
            "url": url,
            "edit_url": url,
            "feedback_url": url,
            **self.group_fields(meeting["group_id"]),
        }
        hidden = group["address_for_members_only"]
        if meeting["place_id"] is not None:
            row.update(self.place_fields(
                meeting["place_id"], stored_address=listing.get("formatted_address", ""),
                hidden=hidden, area_only=False,
            ))
        elif group["place_id"] is not None:
            # An online meeting is listed near its group's town, as the spec asks.
            row.update(self.place_fields(
                group["place_id"], stored_address="", hidden=hidden,
                area_only=attendance == Meeting.Attendance.ONLINE,
            ))
        if "city" in row and not hidden:
            row["location_notes"] = meeting["location_notes"]
        online = attendance != Meeting.Attendance.IN_PERSON
        if online and not meeting["conference_for_members_only"]:
            row["conference_url"] = meeting["conference_url"]
            row["conference_url_notes"] = meeting["conference_url_notes"]
            row["conference_phone"] = meeting["conference_phone"]
            row["conference_phone_notes"] = meeting["conference_phone_notes"]
        for name in LISTING_FIELDS:
            if name in listing and name != "formatted_address":
                row[name] = listing[name]
        if "entity" not in row:
            row.pop("entity_email", None)  # the spec allows entity fields only with `entity`
        return {name: value for name, value in row.items() if value not in ("", None, [])}


def feed_rows(
    meeting_url: Callable[[int], str], *, today: dt.date | None = None
) -> Iterator[dict[str, Any]]:
    """Every public meeting as a feed row, in four queries whatever their number; meetings
    are read as they are written out, so a large feed is never all in memory as rows.

    Meetings whose rule is not a weekly one are left out, each with a log line saying why.
    """
    today = today or timezone.now().date()
    published = Meeting.objects.filter(PUBLISHED)
    groups = {
        group["pk"]: group
        for group in Group.objects.filter(pk__in=published.values("group_id"))
        .values(*_GROUP_COLUMNS)
    }
    places = {
        place["pk"]: place
        for place in Place.objects.filter(
            Q(pk__in=published.values("place_id")) | Q(pk__in=published.values("group__place_id"))
        ).values(*_PLACE_COLUMNS)
    }
    languages: dict[int, list[str]] = defaultdict(list)
    for meeting_id, code in (
        Meeting.languages.through.objects.filter(meeting__in=published.values("pk"))
        .order_by("meeting_id", "language_id")
        .values_list("meeting_id", "language_id")
    ):
        languages[meeting_id].append(code)
    build = _Rows(groups, places)
    for meeting in published.order_by("pk").values(*_MEETING_COLUMNS).iterator(chunk_size=2000):
        days, why = feed_days(meeting["rrule"], meeting["starts_on"], today)
        if days is None:
            logger.info("Meeting %s left out of the Meeting Guide feed: %s.", meeting["slug"], why)
            continue
        yield build.row(meeting, languages[meeting["pk"]], days, meeting_url(meeting["pk"]))


# ---------------------------------------------------------------------------------------
# In: reading a feed's row


class RowError(ValueError):
    """A row that cannot be imported, and why, in words for the person running the import."""


@dataclass(frozen=True)
class PlaceSpec:
    name: str
    street: str
    locality: str
    region: str
    postal_code: str
    country: str
    latitude: float
    longitude: float
    time_zone: str
    approximate: bool

    def fields(self) -> dict[str, Any]:
        """As Place's fields, which these are named after."""
        return asdict(self)


@dataclass(frozen=True)
class EntitySpec:
    name: str
    website: str
    phone: str
    service_area: str
    logo_url: str


@dataclass(frozen=True)
class MeetingSpec:
    """A feed row as Mutual stores it."""

    slug: str
    name: str
    days: tuple[int, ...]
    start_time: dt.time
    duration_minutes: int
    time_zone: str
    attendance: str
    status: str
    types: list[str]
    languages: list[str]
    place: PlaceSpec | None
    location_notes: str
    conference_url: str
    conference_url_notes: str
    conference_phone: str
    conference_phone_notes: str
    notes: str
    group_name: str
    group_notes: str
    entity: EntitySpec | None
    updated_at: dt.datetime | None
    listing: dict[str, Any]


@cache
def known_time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _text(row: Mapping[str, Any], key: str, *, limit: int | None = None) -> str:
    value = row.get(key)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise RowError(_("“%(field)s” must be text.") % {"field": key})
    text = str(value).strip()
    if limit is not None and len(text) > limit:
        raise RowError(
            _("“%(field)s” is longer than %(limit)s characters.") % {"field": key, "limit": limit}
        )
    return text


def _slug(row: Mapping[str, Any]) -> str:
    value = row.get("slug")
    if isinstance(value, bool) or not isinstance(value, str | int) or not str(value).strip():
        raise RowError(_("The row has no slug."))
    slug = str(value).strip()
    try:
        validate_slug(slug)
    except ValidationError as error:
        raise RowError(
            _("The slug “%(slug)s” may hold only letters, digits, hyphens and underscores.")
            % {"slug": slug}
        ) from error
    if len(slug) > Meeting._meta.get_field("slug").max_length:
        raise RowError(_("The slug is longer than 120 characters."))
    return slug


def _days(row: Mapping[str, Any]) -> tuple[int, ...]:
    value = row.get("day")
    if value is None or value == "" or value == []:
        raise RowError(
            _("The row has no day: meetings by appointment cannot be imported.")
        )
    items = value if isinstance(value, list) else [value]
    days = []
    for item in items:
        if isinstance(item, str) and whole_number(item) is not None:
            item = whole_number(item)
        if isinstance(item, bool) or not isinstance(item, int) or not 0 <= item <= 6:
            raise RowError(
                _("“day” must be 0 (Sunday) to 6 (Saturday), or a list of them; it is %(value)s.")
                % {"value": value}
            )
        days.append(item)
    return tuple(sorted(set(days)))


CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2})?$")


def _clock_time(row: Mapping[str, Any], key: str) -> dt.time | None:
    text = _text(row, key)
    if not text:
        return None
    match = CLOCK.match(text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise RowError(
            _("“%(field)s” must be a time as HH:MM (24-hour); it is “%(value)s”.")
            % {"field": key, "value": text}
        )
    return dt.time(int(match.group(1)), int(match.group(2)))


def _duration(start: dt.time, end: dt.time | None) -> int:
    if end is None:
        return DEFAULT_MINUTES
    minutes = (end.hour * 60 + end.minute - start.hour * 60 - start.minute) % (24 * 60)
    if minutes == 0:
        raise RowError(_("“end_time” is the same as “time”."))
    return minutes


def _zone(row: Mapping[str, Any]) -> str:
    name = _text(row, "timezone")
    if name and name not in known_time_zones():
        raise RowError(_("“%(zone)s” is not a time zone we know.") % {"zone": name})
    return name


def _types(row: Mapping[str, Any]) -> list[str]:
    value = row.get("types")
    if value is None or value == "":
        return []
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
        raise RowError(_("“types” must be a list of type codes."))
    return [code.strip() for code in value if code.strip()]


def _coordinate(row: Mapping[str, Any], key: str, bound: int) -> float | None:
    value = row.get(key)
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = None
    if isinstance(value, bool) or number is None or not -bound <= number <= bound:
        raise RowError(
            _("“%(field)s” must be a number between -%(bound)s and %(bound)s.")
            % {"field": key, "bound": bound}
        )
    return number


def _approximate(row: Mapping[str, Any]) -> bool | None:
    value = row.get("approximate")
    if value in (None, ""):
        return None
    if value in ("yes", True):
        return True
    if value in ("no", False):
        return False
    raise RowError(_("“approximate” must be “yes” or “no”."))


COUNTRY_ALIASES = {"UK": "GB", "USA": "US"}


def country_code(text: str) -> str:
    """An ISO 3166 alpha-2 code for a country's code or name, or "" when it names none."""
    text = COUNTRY_ALIASES.get(text.strip().upper(), text.strip())
    if not text:
        return ""
    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        return ""


STATE_AND_POSTAL = re.compile(
    r"^([A-Za-z][A-Za-z .]{0,30}?)\s+(\d{4,6}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)$"
)
POSTAL_AND_TOWN = re.compile(r"^(\d{4,6})\s+(.+)$")


def split_address(text: str) -> dict[str, str]:
    """A one-line address (“4953 W Addison St, Chicago, IL 60641, USA”) in its parts; what
    cannot be told apart is left to the place lookup."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    found = {"street": "", "city": "", "state": "", "postal_code": "", "country": ""}
    # Two letters at the end may be a state as well as a country ("CA"): the lookup decides.
    if len(parts) > 1 and len(parts[-1]) > 2 and country_code(parts[-1]):
        found["country"] = country_code(parts.pop())
    if not parts:
        return found
    last = parts[-1]
    state_postal, postal_town = STATE_AND_POSTAL.match(last), POSTAL_AND_TOWN.match(last)
    if state_postal and len(parts) > 1:
        found["state"], found["postal_code"] = state_postal.group(1), state_postal.group(2)
        parts.pop()
    elif postal_town:
        found["postal_code"], found["city"] = postal_town.group(1), postal_town.group(2)
        parts.pop()
    elif len(parts) > 1 and len(last) <= 3 and last.isalpha():
        found["state"] = parts.pop()
    if not found["city"] and parts:
        found["city"] = parts.pop()
    found["street"] = ", ".join(parts)
    return found


def _resolve(queries: list[str]) -> ResolvedPlace | None:
    for query in queries:
        try:
            return resolve_place(query)
        except PlaceNotFound:
            continue
    return None


def read_place(row: Mapping[str, Any], zone: str) -> PlaceSpec | None:
    """The row's address as a place, or None when it gives none.

    Without coordinates the place is found offline by its postal code or town, which gives
    the town's position rather than the door's.
    """
    formatted = _text(row, "formatted_address", limit=300)
    parts = {
        "street": _text(row, "address", limit=200),
        "city": _text(row, "city", limit=120),
        "state": _text(row, "state", limit=120),
        "postal_code": _text(row, "postal_code", limit=20),
        "country": _text(row, "country", limit=60),
    }
    approximate = _approximate(row)
    if formatted:
        split = split_address(formatted)
        if approximate and not parts["street"]:
            # In an approximate address what comes before the town is an area, not a street.
            split["street"] = ""
        for key, value in split.items():
            parts[key] = parts[key] or value
    latitude = _coordinate(row, "latitude", 90)
    longitude = _coordinate(row, "longitude", 180)
    if (latitude is None) != (longitude is None):
        raise RowError(_("The row gives a latitude without a longitude, or the reverse."))
    if not any(parts.values()) and latitude is None:
        return None
    country = country_code(parts["country"]) if parts["country"] else ""
    if parts["country"] and not country:
        raise RowError(_("“%(country)s” is not a country we know.") % {"country": parts["country"]})
    city, state, postal_code = parts["city"], parts["state"], parts["postal_code"]
    found = None
    if latitude is None or longitude is None:
        if postal_code and country in ("", "US") and US_ZIP.match(postal_code):
            found = _resolve([postal_code])
        if found is None and city:
            queries = [", ".join(part for part in (city, state, country) if part)]
            queries += [f"{city}, {qualifier}" for qualifier in (state, country) if qualifier]
            if not (state or country):
                queries.append(city)
            found = _resolve(queries)
        if found is None:
            place_text = formatted or ", ".join(value for value in parts.values() if value)
            raise RowError(
                _("We could not place “%(address)s”: give its latitude and longitude.")
                % {"address": place_text}
            )
        latitude, longitude = found.latitude, found.longitude
    elif not (zone and country):
        found = resolve_place(f"{latitude},{longitude}")
    if found is not None:
        country = country or found.country
        zone = found.time_zone
        city = city or found.label.split(",")[0].strip()
        if state.upper() == country:
            state = ""  # "Lyon, FR" named the country, not a region
    if not city:
        raise RowError(_("The address names no town or city."))
    if not country:
        raise RowError(_("The address names no country."))
    return PlaceSpec(
        name=_text(row, "location", limit=200),
        street=parts["street"],
        locality=city,
        region=state,
        postal_code=postal_code,
        country=country,
        latitude=latitude,
        longitude=longitude,
        time_zone=zone,
        # As for a facilitator's own place: a street is shown to those who may see it even
        # when only its town was found offline; the feed's own word wins when it gives one.
        approximate=approximate if approximate is not None else not parts["street"],
    )


def _conference_url(row: Mapping[str, Any]) -> str:
    url = _text(row, "conference_url", limit=500)
    if url:
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError as error:
            raise RowError(
                _("“conference_url” is not a web address: “%(url)s”.") % {"url": url}
            ) from error
    return url


def _updated(row: Mapping[str, Any]) -> dt.datetime | None:
    text = _text(row, "updated")
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError as error:
        raise RowError(
            _("“updated” must be a UTC time as YYYY-MM-DD HH:MM:SS; it is “%(value)s”.")
            % {"value": text}
        ) from error
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _entity(row: Mapping[str, Any]) -> EntitySpec | None:
    name = _text(row, "entity", limit=200)
    if not name:
        return None
    website = _text(row, "entity_website_url", limit=200) or _text(row, "entity_url", limit=200)
    logo = _text(row, "entity_logo", limit=200)
    for field, url in (("entity_website_url", website), ("entity_logo", logo)):
        if url:
            try:
                URLValidator(schemes=["http", "https"])(url)
            except ValidationError as error:
                raise RowError(
                    _("“%(field)s” is not a web address: “%(url)s”.") % {"field": field, "url": url}
                ) from error
    return EntitySpec(
        name=name,
        website=website,
        phone=_text(row, "entity_phone", limit=40),
        service_area=_text(row, "entity_location", limit=200),
        logo_url=logo,
    )


def _listing(row: Mapping[str, Any]) -> dict[str, Any]:
    listing: dict[str, Any] = {}
    for name in LISTING_FIELDS:
        value = row.get(name)
        if value in (None, "", []):
            continue
        if name in LIST_LISTING_FIELDS:
            items = value.split(",") if isinstance(value, str) else value
            if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
                raise RowError(_("“%(field)s” must be a list of text.") % {"field": name})
            listing[name] = [item.strip() for item in items if item.strip()]
        else:
            listing[name] = _text(row, name)
    return listing


def _attendance(
    row: Mapping[str, Any], codes: list[str], place: PlaceSpec | None, has_conference: bool
) -> tuple[str, str, bool]:
    """(attendance, status, whether TC stays a type) from attendance_option and the types.

    TC with a way to join online is a meeting whose room is closed while it meets online;
    TC otherwise, or `inactive`, is a meeting that does not take place for now.
    """
    option = _text(row, "attendance_option")
    if option and option not in ATTENDANCE_OPTIONS:
        raise RowError(
            _("“attendance_option” must be in_person, online, hybrid or inactive; "
              "it is “%(value)s”.") % {"value": option}
        )
    closed_room = TEMPORARILY_CLOSED in codes
    active, closed = Meeting.Status.ACTIVE, Meeting.Status.TEMPORARILY_CLOSED
    fallback = Meeting.Attendance.IN_PERSON if place is not None else Meeting.Attendance.ONLINE
    if option == "inactive":
        return fallback, closed, False
    if closed_room and (option in ("online", "hybrid") or (not option and has_conference)):
        return Meeting.Attendance.ONLINE, active, True
    if closed_room:
        return option or fallback, closed, False
    if option:
        return option, active, False
    joins_online = has_conference or LEGACY_ONLINE in codes
    exact_address = place is not None and place.street and not place.approximate
    if joins_online and exact_address:
        return Meeting.Attendance.HYBRID, active, False
    if joins_online:
        return Meeting.Attendance.ONLINE, active, False
    if place is not None:
        return Meeting.Attendance.IN_PERSON, active, False
    raise RowError(_("The row gives neither an address nor a conference link or phone."))


def read_row(row: Any, *, fallback_zone: str = "") -> MeetingSpec:
    """A feed row checked and mapped; raises RowError saying what is wrong with it."""
    if not isinstance(row, dict):
        raise RowError(_("The row is not a JSON object."))
    slug = _slug(row)
    name = _text(row, "name", limit=Meeting._meta.get_field("name").max_length)
    if not name:
        raise RowError(_("The row has no name."))
    days = _days(row)
    start = _clock_time(row, "time")
    if start is None:
        raise RowError(_("The row has no time: meetings by appointment cannot be imported."))
    duration = _duration(start, _clock_time(row, "end_time"))
    row_zone = _zone(row)
    place = read_place(row, row_zone)
    zone = row_zone or (place.time_zone if place else "") or fallback_zone
    if not zone:
        raise RowError(
            _("The row has no time zone and no address to find one from; "
              "give --group-defaults timezone=ZONE.")
        )
    codes = _types(row)
    conference = {
        "conference_url": _conference_url(row),
        "conference_url_notes": _text(row, "conference_url_notes", limit=300),
        "conference_phone": _text(row, "conference_phone", limit=60),
        "conference_phone_notes": _text(row, "conference_phone_notes", limit=300),
    }
    has_conference = bool(conference["conference_url"] or conference["conference_phone"])
    attendance, status, keep_closed_type = _attendance(row, codes, place, has_conference)
    if attendance in (Meeting.Attendance.ONLINE, Meeting.Attendance.HYBRID) and not has_conference:
        raise RowError(_("An online meeting needs a conference_url or a conference_phone."))
    if attendance in (Meeting.Attendance.IN_PERSON, Meeting.Attendance.HYBRID) and place is None:
        raise RowError(_("A meeting in person needs an address."))
    dropped = {LEGACY_ONLINE, *TYPE_LANGUAGES}
    if not keep_closed_type:
        dropped.add(TEMPORARILY_CLOSED)
    return MeetingSpec(
        slug=slug,
        name=name,
        days=days,
        start_time=start,
        duration_minutes=duration,
        time_zone=zone,
        attendance=attendance,
        status=status,
        types=sorted({code for code in codes if code not in dropped}),
        languages=sorted({TYPE_LANGUAGES[code] for code in codes if code in TYPE_LANGUAGES}),
        place=place,
        location_notes=_text(row, "location_notes"),
        notes=_text(row, "notes"),
        group_name=_text(row, "group", limit=200) or name,
        group_notes=_text(row, "group_notes"),
        entity=_entity(row),
        updated_at=_updated(row),
        listing=_listing(row),
        **conference,
    )
