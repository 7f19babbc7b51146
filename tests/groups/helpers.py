"""Placing groups at known distances and reading the directory's answers."""

import html
import math
import re
from typing import Any
from urllib.parse import urljoin

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


def suggestion_links(response: Any) -> dict[str, str]:
    """The page's suggestions for an empty search, as {message: absolute path}."""
    content = response.content.decode()
    empty = content[content.index('<div class="empty">'):]
    empty = empty[: empty.index("</div>")]
    here = response.wsgi_request.get_full_path()
    return {
        html.unescape(message): urljoin(here, html.unescape(href))
        for href, message in re.findall(r'<a href="([^"]*)">([^<]*)</a>', empty)
    }
