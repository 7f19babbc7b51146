"""A fixed, seeded mix of directory searches such as people make, over towns in the scale set."""

import random
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Avg, Count

from mutual.concerns.queries import concern_index
from mutual.places.geo import distance_km
from mutual.places.lookup import PlaceNotFound, resolve_place
from mutual.places.models import Place
from mutual.seed.scale import MAIN_LANGUAGE

RADIUS_KM = "25"
# What people type, with the concern they would pick from the list for it.
TOPICS = [
    ("grief", "bereavement"), ("alcohol", "alcohol-use"), ("anxiety", "anxiety"),
    ("depression", "depression"), ("dementia", "dementia-caregiving"),
    ("widow", "loss-of-a-spouse"), ("cancer", "cancer"), ("autism", "autism-families"),
    ("gambling", "gambling"), ("ptsd", "ptsd"), ("bipolar", "bipolar-disorder"),
    ("carers", "family-caregiving"), ("parents", "parenting"), ("suicide", "suicide-loss"),
    ("diabetes", "diabetes"), ("chronic pain", "chronic-pain"), ("miscarriage", "pregnancy-loss"),
    ("eating disorder", "eating-disorders"), ("drugs", "drug-use"), ("stroke", "stroke"),
    ("domestic abuse", "domestic-violence"), ("ms", "multiple-sclerosis"),
    ("hearing voices", "hearing-voices"), ("quit smoking", "smoking"),
    ("lost my mum", "loss-of-a-parent"), ("single mum", "single-parents"),
    ("elderly parent", "caring-for-a-parent"), ("ocd", "ocd"), ("breast cancer", "breast-cancer"),
    ("long covid", "long-covid"),
]
# The design's search (text + concern + 25 km + language) most, and the ways people narrow it,
# down to groups that mutual-assistance organizations run.
KINDS = [
    ("text+concern+near+language", 40), ("text", 12), ("near", 12), ("concern+near", 14),
    ("text+near", 10), ("concern+language", 6), ("concern+near+led_by", 6),
    ("concern+near+governance", 4),
]


@dataclass(frozen=True)
class Query:
    kind: str
    params: tuple[tuple[str, str], ...]

    @property
    def path(self) -> str:
        return f"/api/v1/groups/?{urlencode(self.params)}"


@dataclass(frozen=True)
class Town:
    near: str  # as a person types it
    language: str
    groups: int


def towns(limit: int = 400) -> list[Town]:
    """Towns that hold groups in the set, the busiest first, as the place lookup resolves them."""
    rows = (
        Place.objects.filter(groups__isnull=False)
        .values("locality", "region", "country")
        .annotate(groups=Count("groups"), latitude=Avg("latitude"), longitude=Avg("longitude"))
        .order_by("-groups", "locality", "region", "country")[:limit]
    )
    found = []
    for row in rows:
        qualifier = row["region"] if row["country"] == "US" and row["region"] else row["country"]
        near = f"{row['locality']}, {qualifier}"
        try:
            place = resolve_place(near)
        except PlaceNotFound:
            continue
        # A name the lookup takes for another town of that name would not test this town.
        if distance_km(place.latitude, place.longitude, row["latitude"], row["longitude"]) > 10:
            continue
        found.append(Town(near, MAIN_LANGUAGE.get(row["country"], "en"), row["groups"]))
    return found


def mix(count: int, *, seed: int) -> list[Query]:
    rng = random.Random(seed)
    places = towns()
    if not places:
        raise RuntimeError("The scale set holds no town the place lookup knows.")
    slugs = concern_index().by_slug
    topics = [(text, slug) for text, slug in TOPICS if slug in slugs]
    queries = []
    for _ in range(count):
        kind = rng.choices([k for k, _w in KINDS], [w for _k, w in KINDS])[0]
        text, concern = rng.choice(topics)
        town = rng.choices(places, [place.groups for place in places])[0]
        language = town.language if rng.random() < 0.8 else "en"
        params: list[tuple[str, str]] = []
        if "text" in kind:
            params.append(("q", text))
        if "concern" in kind:
            params.append(("concern", concern))
        if "near" in kind:
            params += [("near", town.near), ("radius_km", RADIUS_KM)]
        if "language" in kind:
            params.append(("language", language))
        if "led_by" in kind:
            params.append(("led_by", "peers"))
        if "governance" in kind:
            params.append(("governance", "mutual_assistance"))
        queries.append(Query(kind, tuple(params)))
    return queries
