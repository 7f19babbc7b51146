"""Distances on the Earth, in Python and as SQL expressions for any backend."""

import math

from django.db.models import Expression, F, FloatField, Func, Value
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import ASin, Cos, Least, Power, Radians, Sin, Sqrt

EARTH_RADIUS_KM = 6371.0088
# Coordinates shown for an area rather than a door are rounded to about a kilometre.
ROUNDED_DECIMALS = 2


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance by the haversine formula."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def distance_expression(
    lat: float, lon: float, row_lat: str | Expression, row_lon: str | Expression
) -> Func:
    """The haversine distance from (lat, lon) to the row's coordinates, in km.

    The row's coordinates are field names or expressions.
    """
    row_lat = F(row_lat) if isinstance(row_lat, str) else row_lat
    row_lon = F(row_lon) if isinstance(row_lon, str) else row_lon
    dphi = Radians(row_lat - Value(lat))
    dlmb = Radians(row_lon - Value(lon))
    a = Power(Sin(dphi / 2), 2) + Value(math.cos(math.radians(lat))) * Cos(
        Radians(row_lat)
    ) * Power(Sin(dlmb / 2), 2)
    inner: CombinedExpression | Func = Least(Sqrt(a), Value(1.0))
    return Value(2 * EARTH_RADIUS_KM) * ASin(inner, output_field=FloatField())


def bounding_box(
    lat: float, lon: float, radius_km: float, margin_degrees: float = 0.0
) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) that holds every point within the radius,
    widened by a margin."""
    dlat = math.degrees(radius_km / EARTH_RADIUS_KM) + margin_degrees
    min_lat, max_lat = max(-90.0, lat - dlat), min(90.0, lat + dlat)
    if min_lat <= -90 or max_lat >= 90:
        return min_lat, max_lat, -180.0, 180.0
    dlon = math.degrees(radius_km / (EARTH_RADIUS_KM * math.cos(math.radians(lat)))) + (
        margin_degrees / math.cos(math.radians(lat))
    )
    if dlon >= 180:
        return min_lat, max_lat, -180.0, 180.0
    return min_lat, max_lat, lon - dlon, lon + dlon
