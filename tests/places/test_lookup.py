"""What a person types as a place is understood offline, or refused with something to try."""

import pytest
from django.test import Client

from mutual.places.geo import bounding_box, distance_km
from mutual.places.lookup import PlaceNotFound, resolve_place
from tests.factories import GroupFactory, PlaceFactory


@pytest.mark.parametrize("text", ["Berkeley", "Berkeley, US", "berkeley, ca", " Berkeley , USA "])
def test_a_town_resolves_to_its_coordinates(text: str) -> None:
    place = resolve_place(text)

    assert place.label == "Berkeley, CA, US"
    assert (place.country, place.time_zone) == ("US", "America/Los_Angeles")
    assert distance_km(place.latitude, place.longitude, 37.8716, -122.2727) < 2


def test_a_town_and_its_country() -> None:
    place = resolve_place("Lyon, France")

    assert place.label == "Lyon, FR"
    assert (place.country, place.time_zone) == ("FR", "Europe/Paris")
    assert distance_km(place.latitude, place.longitude, 45.75, 4.85) < 5


def test_the_country_decides_between_towns_of_the_same_name() -> None:
    english = resolve_place("Cambridge, GB")
    american = resolve_place("Cambridge, MA")

    assert english.country == "GB"
    assert american.label == "Cambridge, MA, US"


def test_a_us_zip_code() -> None:
    place = resolve_place("94704")

    assert place.label == "Berkeley, CA 94704"
    assert (place.country, place.time_zone) == ("US", "America/Los_Angeles")
    assert distance_km(place.latitude, place.longitude, 37.8664, -122.257) < 1


def test_a_zip_plus_four() -> None:
    assert resolve_place("94704-1234").label == "Berkeley, CA 94704"


def test_coordinates() -> None:
    place = resolve_place("37.87,-122.27")

    assert (place.latitude, place.longitude) == (37.87, -122.27)
    assert (place.country, place.time_zone) == ("US", "America/Los_Angeles")


def test_coordinates_in_the_southern_and_eastern_hemispheres() -> None:
    place = resolve_place("-33.87, 151.21")

    assert (place.latitude, place.longitude) == (-33.87, 151.21)
    assert (place.country, place.time_zone) == ("AU", "Australia/Sydney")


def test_an_unknown_place_suggests_near_spellings() -> None:
    with pytest.raises(PlaceNotFound) as refused:
        resolve_place("Berkly")

    assert "Berkeley, CA, US" in refused.value.suggestions
    assert "Berkeley, CA, US" in str(refused.value)


def test_an_unknown_qualifier_is_refused_with_suggestions() -> None:
    with pytest.raises(PlaceNotFound) as refused:
        resolve_place("Paris, Nowhereland")

    assert "Paris, FR" in refused.value.suggestions


def test_a_place_with_nothing_like_it_says_what_to_type() -> None:
    with pytest.raises(PlaceNotFound) as refused:
        resolve_place("Qwxyzzy")

    assert refused.value.suggestions == []
    assert "US ZIP code" in str(refused.value)


@pytest.mark.parametrize("text", ["95,200", "-91,0", "45,181", "00000"])
def test_coordinates_out_of_range_and_unknown_zip_codes_are_refused(text: str) -> None:
    with pytest.raises(PlaceNotFound):
        resolve_place(text)


def test_distances_on_the_earth() -> None:
    assert distance_km(0, 0, 1, 0) == pytest.approx(111.2, abs=0.05)
    assert distance_km(37.8716, -122.2727, 37.8716, -122.2727) == 0
    # London to Paris, about 344 km by great circle.
    assert distance_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(343.5, rel=0.005)


@pytest.mark.parametrize(("latitude", "longitude"), [(37.87, -122.27), (-60.0, 10.0), (0, 179.9)])
def test_the_bounding_box_holds_the_whole_circle(latitude: float, longitude: float) -> None:
    min_lat, max_lat, min_lon, max_lon = bounding_box(latitude, longitude, 25)

    assert distance_km(latitude, longitude, min_lat, longitude) == pytest.approx(25, rel=1e-6)
    assert distance_km(latitude, longitude, max_lat, longitude) == pytest.approx(25, rel=1e-6)
    assert distance_km(latitude, longitude, latitude, min_lon) >= 25 * 0.999
    assert distance_km(latitude, longitude, latitude, max_lon) >= 25 * 0.999


@pytest.mark.django_db
@pytest.mark.parametrize("near", ["94704", "Berkeley", "Berkeley, CA", "37.87,-122.27"])
def test_the_directory_understands_each_way_of_saying_where(client: Client, near: str) -> None:
    nearby = GroupFactory(place=PlaceFactory(latitude=37.8716, longitude=-122.2727))
    GroupFactory(place=PlaceFactory(locality="Lyon", country="FR", latitude=45.749,
                                    longitude=4.848, time_zone="Europe/Paris"))

    response = client.get("/api/v1/groups/", {"near": near})

    assert response.status_code == 200
    results = response.json()["results"]
    assert [result["slug"] for result in results] == [nearby.slug]
    assert results[0]["distance_km"] < 2
