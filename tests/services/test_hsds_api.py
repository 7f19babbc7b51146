"""The HSDS-shaped read API: public, read-only, in the spec's page shape, each object valid
against the HSDS 3.0 schemas, and a constant number of queries a page."""

import pytest
from django.test import Client

from mutual.organizations.models import Organization
from mutual.services import hsds
from mutual.services.models import ServiceAtLocation
from tests.conftest import client_for
from tests.factories import OrganizationFactory, UserFactory
from tests.services.test_hsds import centre, make_location, make_schedule, make_service

pytestmark = pytest.mark.django_db
__all__ = ["centre"]

PAGE_KEYS = {"total_items", "total_pages", "page_number", "size", "first_page", "last_page",
             "empty", "contents"}


def test_the_root_says_which_hsds_it_speaks(client: Client) -> None:
    body = client.get("/api/v1/hsds/").json()

    assert body["version"] == "3.0.0"
    assert body["openapi_url"].endswith("/api/schema/")


def test_services_come_in_pages_of_the_spec(centre: Organization, client: Client) -> None:
    first = client.get("/api/v1/hsds/services/?per_page=1").json()
    second = client.get("/api/v1/hsds/services/?per_page=1&page=2").json()
    beyond = client.get("/api/v1/hsds/services/?per_page=1&page=3").json()

    assert set(first) == PAGE_KEYS
    assert (first["total_items"], first["total_pages"], first["size"]) == (2, 2, 1)
    assert first["first_page"] and not first["last_page"] and not first["empty"]
    assert second["last_page"] and not second["first_page"]
    assert beyond["empty"] and beyond["contents"] == []
    names = {first["contents"][0]["name"], second["contents"][0]["name"]}
    assert names == {"Peer counselling", "Warm line"}
    for item in first["contents"] + second["contents"]:
        hsds.validator("service.json").validate(item)
        assert "private@example.org" not in str(item)


def test_a_bad_page_is_answered_in_the_one_error_shape(client: Client) -> None:
    response = client.get("/api/v1/hsds/services/?per_page=1000")

    assert response.status_code == 400
    assert "per_page" in response.json()["error"]["fields"]


def test_a_service_is_whole(centre: Organization, client: Client) -> None:
    service = centre.services.get(name="Peer counselling")

    body = client.get(f"/api/v1/hsds/services/{service.hsds_id}/").json()

    hsds.validator("service.json").validate(body)
    assert body["organization"]["name"] == "Harbour Drop-in Centre"
    [link] = body["service_at_locations"]
    assert link["location"]["addresses"][0]["city"] == "Berkeley"
    assert body["schedules"][0]["freq"] == "WEEKLY"


def test_a_defunct_or_unknown_service_is_not_found(centre: Organization, client: Client) -> None:
    defunct = centre.services.get(status="defunct")

    assert client.get(f"/api/v1/hsds/services/{defunct.hsds_id}/").status_code == 404
    assert client.get("/api/v1/hsds/services/not-an-id/").status_code == 404


def test_organizations_list_and_detail(centre: Organization, client: Client) -> None:
    page = client.get("/api/v1/hsds/organizations/").json()
    assert [item["name"] for item in page["contents"]] == [
        "Harbour Drop-in Centre", "Peer Federation"]

    body = client.get(f"/api/v1/hsds/organizations/{hsds.organization_id(centre)}/").json()

    hsds.validator("organization.json").validate(body)
    assert {service["name"] for service in body["services"]} == {"Peer counselling",
                                                                  "Warm line"}
    assert "email" not in body
    assert "private@example.org" not in str(body)


def test_services_at_locations_list_and_detail(centre: Organization, client: Client) -> None:
    page = client.get("/api/v1/hsds/service_at_locations/").json()
    [item] = page["contents"]
    hsds.validator("service_at_location.json").validate(item)
    assert item["service"]["name"] == "Peer counselling"

    body = client.get(f"/api/v1/hsds/service_at_locations/{item['id']}/").json()

    hsds.validator("service_at_location.json").validate(body)
    assert body["schedules"][0]["timezone"] == 5.5
    assert body["location"]["accessibility"][0]["description"] == "Step-free entrance."


def test_the_lists_filter_by_organization(centre: Organization, client: Client) -> None:
    other = OrganizationFactory()
    make_service(other, name="Elsewhere")
    url = f"/api/v1/hsds/services/?organization_id={hsds.organization_id(other)}"

    page = client.get(url).json()

    assert [item["name"] for item in page["contents"]] == ["Elsewhere"]


@pytest.mark.parametrize("side", ["anonymous", "member", "staff"])
def test_everyone_reads_and_nobody_writes(centre: Organization, side: str) -> None:
    user = {"anonymous": None, "member": UserFactory(),
            "staff": UserFactory(is_staff=True)}[side]
    client = client_for(user)

    assert client.get("/api/v1/hsds/services/").status_code == 200
    assert client.post("/api/v1/hsds/services/", {}).status_code == 405
    assert client.delete(
        f"/api/v1/hsds/organizations/{hsds.organization_id(centre)}/").status_code == 405


def _grow(organization: Organization, count: int) -> None:
    for number in range(count):
        service = make_service(organization, name=f"Service {number}")
        location = make_location(organization)
        link = ServiceAtLocation.objects.create(service=service, location=location)
        make_schedule(service=service)
        make_schedule(service_at_location=link)


@pytest.mark.parametrize("url", [
    "/api/v1/hsds/services/", "/api/v1/hsds/organizations/",
    "/api/v1/hsds/service_at_locations/",
])
def test_a_page_costs_the_same_queries_however_much_is_on_it(
    centre: Organization, client: Client, url: str, django_assert_num_queries: object
) -> None:
    _grow(centre, 3)
    with django_assert_num_queries(2):  # type: ignore[operator]
        client.get(url)
    _grow(centre, 6)
    with django_assert_num_queries(2):  # type: ignore[operator]
        client.get(url)


def test_a_whole_service_costs_the_same_queries(
    centre: Organization, client: Client, django_assert_num_queries: object
) -> None:
    _grow(centre, 2)
    service = centre.services.get(name="Peer counselling")
    url = f"/api/v1/hsds/services/{service.hsds_id}/"
    with django_assert_num_queries(9):  # type: ignore[operator]
        client.get(url)


def test_the_endpoints_are_described(client: Client) -> None:
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()

    assert {
        "/api/v1/hsds/", "/api/v1/hsds/services/", "/api/v1/hsds/services/{hsds_id}/",
        "/api/v1/hsds/organizations/", "/api/v1/hsds/organizations/{hsds_id}/",
        "/api/v1/hsds/service_at_locations/", "/api/v1/hsds/service_at_locations/{hsds_id}/",
    } <= set(schema["paths"])
    parameters = {item["name"] for item in
                  schema["paths"]["/api/v1/hsds/services/"]["get"]["parameters"]}
    assert {"page", "per_page", "organization_id"} <= parameters
