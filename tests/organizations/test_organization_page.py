"""The organization's page shows its logo, its places with their hours and its services,
in the same number of queries however many it has."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import client_for
from tests.services.sides import (
    SIDES,
    WRITERS,
    Sides,
    add_hours,
    make_location,
    make_service,
    sides,
    who,
)

__all__ = ["sides"]
pytestmark = pytest.mark.django_db

PAGE = "/organizations/harbour/"


def test_the_page_shows_the_logo_places_hours_and_services(sides: Sides) -> None:
    sides.organization.logo_url = "https://harbour.example.org/logo.png"
    sides.organization.save()
    centre = make_location(sides.organization, "Main centre", street="12 Harbour Road")
    add_hours(centre, days=(1, 2, 3), notes="Closed on holidays")
    make_service(sides.organization, "Warm line", fee="donation", capacity="waitlist",
                 languages=("en", "es"), locations=(centre,))
    make_service(sides.organization, "Housing forms", status="temporarily closed")
    make_service(sides.organization, "Old project", status="defunct")

    page = client_for(None).get(PAGE).content.decode()

    assert ('<img class="logo" src="https://harbour.example.org/logo.png" '
            'alt="Logo of Harbour Drop-in Centre"') in page
    assert "Main centre" in page and "12 Harbour Road" in page
    assert "Every Monday, Tuesday, Wednesday, 09:00 to 17:00" in page
    assert "Closed on holidays" in page
    assert '<a href="/organizations/harbour/services/warm-line/">Warm line</a>' in page
    assert "By donation · Waiting list · English, Spanish" in page
    assert "Free · Temporarily closed" in page
    assert "Old project" not in page
    assert "Groups it runs" in page


@pytest.mark.parametrize("side", SIDES)
def test_stewards_find_the_links_to_manage_services_and_places(sides: Sides,
                                                              side: str) -> None:
    page = client_for(who(sides, side)).get(PAGE).content.decode()

    assert ("/organizations/harbour/services/manage/" in page) == (side in WRITERS)
    assert ("/organizations/harbour/locations/" in page) == (side in WRITERS)


def _queries(sides: Sides) -> int:
    client = client_for(sides.steward)
    client.get(PAGE)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(PAGE).status_code == 200
    return len(captured.captured_queries)


def test_the_page_costs_the_same_queries_with_20_services_and_5_places(sides: Sides) -> None:
    first = make_location(sides.organization, "Place 0")
    add_hours(first)
    make_service(sides.organization, "Service 0", languages=("en",), locations=(first,))
    one = _queries(sides)

    places = [first]
    for number in range(1, 5):
        place = make_location(sides.organization, f"Place {number}")
        add_hours(place, days=(1,))
        add_hours(place, days=(6,))
        places.append(place)
    for number in range(1, 20):
        make_service(sides.organization, f"Service {number}", languages=("en", "fr"),
                     locations=tuple(places[: number % 5 + 1]))

    assert _queries(sides) == one
    page = client_for(None).get(PAGE).content.decode()
    assert page.count('href="/organizations/harbour/services/service-') == 20
    assert page.count("Every Saturday, 09:00 to 17:00") == 4
