"""Services and locations in the API, read by everyone and written by stewards and staff,
tried from each side."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mutual.services.models import Location, Schedule, Service
from tests.conftest import client_for
from tests.factories import OrganizationFactory
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

DENIED = {"anonymous": 401, "member": 403, "other_steward": 403}
HOURS = [{"days": [1, 2, 3, 4, 5], "opens_at": "09:00", "closes_at": "17:00",
          "notes": "Closed on holidays"}]


def status_for(side: str, success: int) -> int:
    return DENIED.get(side, success)


def test_the_list_filters_like_the_directory(sides: Sides) -> None:
    location = make_location(sides.organization)
    peer_run = OrganizationFactory(governance_kind="mutual_assistance")
    make_service(sides.organization, "Warm line", languages=("en",), fee="free",
                 concerns=("bereavement",), locations=(location,))
    make_service(peer_run, "Housing forms", languages=("es",), fee="fee", capacity="full")
    make_service(sides.organization, "Gone", status="defunct")
    client = client_for(None)

    def found(**params: object) -> list[str]:
        response = client.get("/api/v1/services/", params)
        assert response.status_code == 200
        return [item["name"] for item in response.json()["results"]]

    assert found() == ["Housing forms", "Warm line"]
    assert found(q="warm") == ["Warm line"]
    assert found(concern="bereavement") == ["Warm line"]
    assert found(language="es") == ["Housing forms"]
    assert found(governance="mutual_assistance") == ["Housing forms"]
    assert found(fee="free") == ["Warm line"]
    assert found(capacity="full") == ["Housing forms"]
    assert found(near="37.87,-122.27", radius_km=10) == ["Warm line"]
    assert found(near="45.76,4.84", radius_km=10) == []
    item = client.get("/api/v1/services/", {"near": "37.87,-122.27"}).json()["results"][0]
    assert item["organization"]["slug"] == "harbour"
    assert item["url"].endswith("/organizations/harbour/services/warm-line/")
    assert item["distance_km"] == pytest.approx(0.3, abs=0.1)
    assert item["languages"] == ["en"]


def test_bad_filters_are_refused_in_the_one_error_shape(sides: Sides) -> None:
    response = client_for(None).get("/api/v1/services/", {
        "concern": "nothing-like-it", "fee": "cheap", "language": "english"})

    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"concern", "fee", "language"}


def test_the_detail_has_locations_and_hours(sides: Sides) -> None:
    location = make_location(sides.organization, "Main centre", street="12 Harbour Road")
    add_hours(location, days=(1, 2))
    service = make_service(sides.organization, "Warm line", locations=(location,),
                           minimum_age=18)
    add_hours(service, days=(0,))

    body = client_for(None).get(f"/api/v1/services/{service.hsds_id}/").json()

    assert body["id"] == str(service.hsds_id)
    assert body["minimum_age"] == 18
    assert body["schedules"][0]["rrule"] == "FREQ=WEEKLY;BYDAY=SU"
    place = body["locations"][0]
    assert place["name"] == "Main centre"
    assert place["address"]["street"] == "12 Harbour Road"
    assert place["schedules"][0] == {
        "id": place["schedules"][0]["id"], "rrule": "FREQ=WEEKLY;BYDAY=MO,TU",
        "starts_on": "2026-01-01", "ends_on": None, "opens_at": "09:00:00",
        "closes_at": "17:00:00", "time_zone": "America/Los_Angeles", "notes": "",
        "description": "Every Monday, Tuesday, 09:00 to 17:00"}
    assert client_for(None).get(
        "/api/v1/services/00000000-0000-0000-0000-000000000000/").status_code == 404


@pytest.mark.parametrize("side", SIDES)
def test_only_stewards_and_staff_add_a_service(sides: Sides, side: str) -> None:
    location = make_location(sides.organization)

    response = client_for(who(sides, side)).post(
        "/api/v1/organizations/harbour/services/",
        {"name": "Warm line", "fee": "donation", "concerns": ["bereavement"],
         "languages": ["en"], "locations": [str(location.hsds_id)], "hours": HOURS},
        content_type="application/json")

    assert response.status_code == status_for(side, 201)
    if side in WRITERS:
        body = response.json()
        assert (body["slug"], body["fee"], body["locations"][0]["id"]) == (
            "warm-line", "donation", str(location.hsds_id))
        assert body["schedules"][0]["description"] == (
            "Every Monday, Tuesday, Wednesday, Thursday, Friday, 09:00 to 17:00")
    else:
        assert response.json()["error"]["code"] in ("not_authenticated", "permission_denied")
        assert not Service.objects.exists()


def test_a_service_write_is_checked(sides: Sides) -> None:
    response = client_for(sides.steward).post(
        "/api/v1/organizations/harbour/services/",
        {"name": "Warm line", "status": "open", "minimum_age": 30, "maximum_age": 20,
         "hours": [{"days": [1], "opens_at": "17:00", "closes_at": "09:00"}]},
        content_type="application/json")

    assert response.status_code == 400
    fields = response.json()["error"]["fields"]
    assert set(fields) == {"status", "hours"}
    assert "closing time must come after" in str(fields["hours"])
    assert not Service.objects.exists()

    elsewhere = make_location(sides.other_organization)
    response = client_for(sides.steward).post(
        "/api/v1/organizations/harbour/services/",
        {"name": "Warm line", "locations": [str(elsewhere.hsds_id)]},
        content_type="application/json")
    assert response.status_code == 400
    assert "locations" in response.json()["error"]["fields"]


@pytest.mark.parametrize("side", SIDES)
def test_only_stewards_and_staff_change_and_remove_a_service(sides: Sides, side: str) -> None:
    service = make_service(sides.organization, "Warm line")
    add_hours(service)
    url = f"/api/v1/services/{service.hsds_id}/"
    client = client_for(who(sides, side))

    response = client.patch(url, {"capacity": "full", "hours": []},
                            content_type="application/json")

    assert response.status_code == status_for(side, 200)
    service.refresh_from_db()
    assert (service.capacity == "full") == (side in WRITERS)
    assert Schedule.objects.exists() == (side not in WRITERS)
    if side in WRITERS:
        assert response.json()["name"] == "Warm line"

    response = client.delete(url)
    assert response.status_code == status_for(side, 204)
    assert Service.objects.exists() == (side not in WRITERS)


@pytest.mark.parametrize("side", SIDES)
def test_only_stewards_and_staff_add_a_location(sides: Sides, side: str) -> None:
    response = client_for(who(sides, side)).post(
        "/api/v1/organizations/harbour/locations/",
        {"name": "Lyon office", "locality": "Lyon", "country": "FR", "hours": HOURS},
        content_type="application/json")

    assert response.status_code == status_for(side, 201)
    if side in WRITERS:
        body = response.json()
        assert body["address"]["city"] == "Lyon"
        assert body["address"]["approximate"] is True
        assert body["schedules"][0]["time_zone"] == "Europe/Paris"
        listed = client_for(None).get("/api/v1/organizations/harbour/locations/").json()
        assert [item["name"] for item in listed] == ["Lyon office"]
    else:
        assert not Location.objects.exists()


def test_a_location_needs_a_town_that_can_be_found(sides: Sides) -> None:
    response = client_for(sides.steward).post(
        "/api/v1/organizations/harbour/locations/",
        {"locality": "Nowhereville Xyz", "country": "FR"}, content_type="application/json")

    assert response.status_code == 400
    assert "locality" in response.json()["error"]["fields"]


@pytest.mark.parametrize("side", SIDES)
def test_only_stewards_and_staff_change_and_remove_a_location(sides: Sides,
                                                             side: str) -> None:
    location = make_location(sides.organization, "Old name")
    url = f"/api/v1/locations/{location.hsds_id}/"
    client = client_for(who(sides, side))
    assert client.get(url).json()["name"] == "Old name"

    response = client.patch(url, {"name": "New name", "hours": HOURS},
                            content_type="application/json")

    assert response.status_code == status_for(side, 200)
    location.refresh_from_db()
    assert (location.name == "New name") == (side in WRITERS)
    assert Schedule.objects.filter(location=location).exists() == (side in WRITERS)

    response = client.delete(url)
    assert response.status_code == status_for(side, 204)
    assert Location.objects.exists() == (side not in WRITERS)


def test_the_organization_api_lists_its_services_and_locations(sides: Sides) -> None:
    location = make_location(sides.organization, "Main centre")
    add_hours(location)
    service = make_service(sides.organization, "Warm line", status="temporarily closed")
    make_service(sides.organization, "Gone", status="inactive")

    body = client_for(None).get("/api/v1/organizations/harbour/").json()

    assert body["services"] == [{
        "id": str(service.hsds_id), "name": "Warm line", "status": "temporarily closed",
        "url": "http://testserver/organizations/harbour/services/warm-line/"}]
    assert body["locations"][0]["name"] == "Main centre"
    assert body["locations"][0]["schedules"][0]["rrule"] == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"


def test_the_schema_describes_the_service_endpoints() -> None:
    from django.test import Client

    response = Client().get("/api/schema/")

    assert response.status_code == 200
    schema = response.content.decode()
    for path in ("/api/v1/services/", "/api/v1/services/{hsds_id}/",
                 "/api/v1/organizations/{slug}/services/",
                 "/api/v1/organizations/{slug}/locations/", "/api/v1/locations/{hsds_id}/"):
        assert path in schema, path


def test_the_list_and_a_service_page_cost_the_same_queries_however_many(sides: Sides) -> None:
    def cost(url: str) -> int:
        client = client_for(None)
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured.captured_queries)

    location = make_location(sides.organization)
    add_hours(location)
    service = make_service(sides.organization, "Warm line", languages=("en",),
                           concerns=("bereavement",), locations=(location,))
    add_hours(service)
    urls = ["/api/v1/services/?near=37.87,-122.27", f"/api/v1/services/{service.hsds_id}/",
            "/organizations/harbour/services/warm-line/", "/api/v1/organizations/harbour/"]
    before = [cost(url) for url in urls]

    for number in range(4):
        more = make_location(sides.organization, f"Place {number}")
        add_hours(more, days=(1,))
        add_hours(more, days=(2,))
        service.locations.add(more)
        add_hours(service, days=(number,))
        make_service(sides.organization, f"Line {number}", languages=("en", "es"),
                     concerns=("bereavement", "alcohol-use"), locations=(location, more))

    assert [cost(url) for url in urls] == before
