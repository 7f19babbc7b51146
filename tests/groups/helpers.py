"""Placing groups at known distances and reading the directory's answers."""

import math
from typing import Any

from django.test import Client

from mutual.groups.models import Group
from mutual.places.geo import EARTH_RADIUS_KM, distance_km
from tests.factories import GroupFactory, PlaceFactory

# The factory's place: downtown Berkeley, California.
HOME = (37.87159, -122.27275)
HOME_TEXT = f"{HOME[0]},{HOME[1]}"


def north_of(point: tuple[float, float], km: float) -> tuple[float, float]:
    """The point `km` due north (about 111.2 km to a degree of latitude)."""
    latitude, longitude = point
    moved = (latitude + math.degrees(km / EARTH_RADIUS_KM), longitude)
    assert abs(distance_km(*point, *moved) - km) < 0.001
    return moved


def group_km_north(km: float, **fields: Any) -> Group:
    latitude, longitude = north_of(HOME, km)
    return GroupFactory(place=PlaceFactory(latitude=latitude, longitude=longitude), **fields)


def online_group(**fields: Any) -> Group:
    return GroupFactory(format=Group.Format.ONLINE, place=None, **fields)


def search(client: Client | None = None, **params: Any) -> Any:
    """GET the directory API; returns the response (JSON in `.json()`)."""
    return (client or Client()).get("/api/v1/groups/", params)


def found(client: Client | None = None, **params: Any) -> list[str]:
    response = search(client, **params)
    assert response.status_code == 200, response.content
    return [result["slug"] for result in response.json()["results"]]


def result_for(response: Any, slug: str) -> dict[str, Any]:
    return next(result for result in response.json()["results"] if result["slug"] == slug)
