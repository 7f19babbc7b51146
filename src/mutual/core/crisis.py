"""Crisis lines by country, for the card every page can reach.

Mutual is not a crisis service; this card points to those that are. The lines live in the
database (staff edit them in the admin) and are loaded from core/data/crisis_lines.json, kept
in the repository with the source and the date each country was checked.

Every process keeps the cards in memory, tagged with a generation kept in the shared cache: a
process reads the database once per generation, and a change (the admin, `mutual crisis-lines
load`) starts a new generation, so every process sees it on its next page.
"""

import datetime
import functools
import json
import uuid
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import get_language_info
from django_countries import countries

from mutual.core.models import CrisisCountry, CrisisLine

DATA_FILE = Path(__file__).parent / "data" / "crisis_lines.json"
GENERATION_KEY = "crisis-cards:generation"
# Where a visitor's choice of country is kept; a neutral name, as others may see the device.
COUNTRY_COOKIE = "mutual_country"


@dataclass(frozen=True)
class CardLine:
    """One line on a card, as the templates show it."""

    name: str
    phone: str = ""
    sms: str = ""
    sms_keyword: str = ""
    url: str = ""
    hours: str = ""
    languages: tuple[str, ...] = ()

    @property
    def tel(self) -> str:
        """The number as a tel: link wants it."""
        return "".join(char for char in self.phone if char.isdigit() or char in "+*#")

    @property
    def always_open(self) -> bool:
        return self.hours == "24/7"

    @property
    def language_names(self) -> list[str]:
        return [language_name(code) for code in self.languages]


@dataclass(frozen=True)
class CrisisCard:
    country: str
    emergency: str
    lines: list[CardLine] = field(default_factory=list)
    source: str = ""
    checked_on: datetime.date | None = None

    @property
    def country_name(self) -> str:
        return str(countries.name(self.country)) or self.country


def language_name(code: str) -> str:
    """A language's name in the reader's language where Django knows it, else in English."""
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        language = pycountry.languages.get(alpha_2=code)
        return language.name if language is not None else code


_memo: tuple[str, dict[str, CrisisCard]] | None = None


def _cards() -> dict[str, CrisisCard]:
    global _memo
    generation = cache.get_or_set(GENERATION_KEY, uuid.uuid4().hex, None)
    if _memo is None or _memo[0] != generation:
        _memo = (generation, _read_cards())
    return _memo[1]


def _read_cards() -> dict[str, CrisisCard]:
    """Every card, in one query: countries joined to their lines (a country may have none)."""
    rows = CrisisCountry.objects.order_by("country", "lines__position", "lines__pk").values(
        "country", "emergency", "source", "checked_on", "lines__name", "lines__phone",
        "lines__sms", "lines__sms_keyword", "lines__url", "lines__hours", "lines__languages",
    )
    cards: dict[str, CrisisCard] = {}
    for row in rows:
        code = str(row["country"])
        card = cards.setdefault(
            code,
            CrisisCard(code, row["emergency"], [], row["source"], row["checked_on"]),
        )
        if row["lines__name"] is not None:
            card.lines.append(
                CardLine(
                    name=row["lines__name"], phone=row["lines__phone"], sms=row["lines__sms"],
                    sms_keyword=row["lines__sms_keyword"], url=row["lines__url"],
                    hours=row["lines__hours"],
                    languages=tuple(
                        language.strip() for language in row["lines__languages"].split(",")
                        if language.strip()
                    ),
                )
            )
    return cards


def forget_crisis_cards() -> None:
    """Start a new generation once the change is committed: every process reads anew."""
    transaction.on_commit(lambda: cache.delete(GENERATION_KEY))


def crisis_lines_for(country: str | None) -> CrisisCard | None:
    """The card of `country` (the default country when None), or None when there is none."""
    return _cards().get((country or settings.CRISIS_DEFAULT_COUNTRY).upper())


def crisis_countries() -> list[tuple[str, str]]:
    """(code, name) of every country with a card, by name in the reader's language."""
    return sorted(
        ((code, card.country_name) for code, card in _cards().items()), key=lambda item: item[1]
    )


@functools.cache
def _countries_of_time_zones() -> dict[str, str]:
    """IANA zone → ISO country, from the zone table the tzdata package ships."""
    table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text()
    return {
        columns[2]: columns[0]
        for columns in (line.split("\t") for line in table.splitlines())
        if len(columns) >= 3 and not columns[0].startswith("#")
    }


def country_for_request(request: HttpRequest) -> str:
    """The country whose card a viewer sees: the one asked for in ?country=, else the one
    they chose before (a cookie), else where their account's time zone is, else the default."""
    asked = request.GET.get("country", "").strip().upper()
    if asked:
        return asked
    chosen = request.COOKIES.get(COUNTRY_COOKIE, "").strip().upper()
    if chosen:
        return chosen
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        from_zone = _countries_of_time_zones().get(user.time_zone)
        if from_zone:
            return from_zone
    return settings.CRISIS_DEFAULT_COUNTRY.upper()


def crisis_card_for_request(request: HttpRequest) -> CrisisCard | None:
    """The card for the viewer's country, or None when the dataset has none for it (the card
    template then gives general advice)."""
    return crisis_lines_for(country_for_request(request))


def read_crisis_file(path: Path = DATA_FILE) -> list[dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8"))["countries"]


def _line_fields(line: dict[str, Any]) -> dict[str, str]:
    return {
        "name": line["name"],
        "phone": line.get("phone") or "",
        "sms": line.get("sms") or "",
        "sms_keyword": line.get("sms_keyword") or "",
        "url": line.get("url") or "",
        "hours": line.get("hours") or "",
        "languages": ",".join(line.get("languages") or []),
    }


def sync_crisis_lines(
    countries_data: list[dict[str, Any]],
    *,
    country_model: type[CrisisCountry] = CrisisCountry,
    line_model: type[CrisisLine] = CrisisLine,
    prune: bool = False,
) -> dict[str, int]:
    """Make the database say what `countries_data` says; running it again changes nothing.

    Countries absent from the data stay (staff may have added them) unless `prune`. The
    models are parameters so that a data migration can pass its historical ones.
    """
    counts = {"created": 0, "updated": 0, "unchanged": 0, "removed": 0}
    line_keys = ["name", "phone", "sms", "sms_keyword", "url", "hours", "languages"]
    with transaction.atomic():
        existing = {
            str(country.country): country
            for country in country_model.objects.prefetch_related("lines")
        }
        for item in countries_data:
            code = item["country"].upper()
            fields = {
                "emergency": item["emergency"],
                "source": item["source"],
                "checked_on": datetime.date.fromisoformat(item["checked_on"]),
            }
            lines = [_line_fields(line) for line in item["lines"]]
            country = existing.get(code)
            if country is None:
                country = country_model.objects.create(country=code, **fields)
                counts["created"] += 1
            else:
                current_lines = [
                    {key: getattr(line, key) for key in line_keys}
                    for line in country.lines.all()
                ]
                if current_lines == lines and all(
                    getattr(country, key) == value for key, value in fields.items()
                ):
                    counts["unchanged"] += 1
                    continue
                for key, value in fields.items():
                    setattr(country, key, value)
                country.save()
                country.lines.all().delete()
                counts["updated"] += 1
            line_model.objects.bulk_create(
                [
                    line_model(country=country, position=position, **line)
                    for position, line in enumerate(lines)
                ]
            )
        if prune:
            wanted = {item["country"].upper() for item in countries_data}
            stale = [country.pk for code, country in existing.items() if code not in wanted]
            country_model.objects.filter(pk__in=stale).delete()
            counts["removed"] = len(stale)
        forget_crisis_cards()
    return counts


def dump_crisis_lines() -> list[dict[str, Any]]:
    """The database's cards in the file's shape, so staff edits can return to the repository."""
    return [
        {
            "country": card.country,
            "emergency": card.emergency,
            "source": card.source,
            "checked_on": card.checked_on.isoformat() if card.checked_on else None,
            "lines": [
                {
                    "name": line.name, "phone": line.phone, "sms": line.sms,
                    "sms_keyword": line.sms_keyword, "url": line.url, "hours": line.hours or None,
                    "languages": list(line.languages),
                }
                for line in card.lines
            ],
        }
        for card in sorted(_read_cards().values(), key=lambda card: card.country)
    ]
