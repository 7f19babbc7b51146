"""Organizations: the list, each one's page and the API, never showing a secret group."""

import pytest
from django.test import Client

from mutual.groups.models import Group
from mutual.organizations.models import Organization
from tests.conftest import client_for
from tests.factories import (
    GroupFactory,
    MembershipFactory,
    OrganizationFactory,
    PlaceFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def network() -> Organization:
    """An organization running a public, a private, a listed, a secret and a closed group."""
    organization = OrganizationFactory(
        name="Bay Area Grief Network", slug="bay-area-grief-network",
        description="A federation of grief groups around the bay.",
        website="https://grief.example.org/", founded_year=1994,
        place=PlaceFactory(locality="Oakland", latitude=37.8044, longitude=-122.2712),
    )
    for name, visibility, status in [
        ("Public Circle", Group.Visibility.PUBLIC, Group.Status.ACTIVE),
        ("Private Circle", Group.Visibility.PRIVATE, Group.Status.ACTIVE),
        ("Listed Circle", Group.Visibility.LISTED, Group.Status.ACTIVE),
        ("Secret Circle", Group.Visibility.SECRET, Group.Status.ACTIVE),
        ("Closed Circle", Group.Visibility.PUBLIC, Group.Status.CLOSED),
    ]:
        GroupFactory(name=name, visibility=visibility, status=status, organization=organization)
    return organization


SHOWN = ["Listed Circle", "Private Circle", "Public Circle"]


def test_the_list_page_shows_organizations_and_their_shown_groups(
    client: Client, network: Organization
) -> None:
    OrganizationFactory(name="Valley Peer Centre")

    response = client.get("/organizations/")

    assert response.status_code == 200
    content = response.content.decode()
    assert network.name in content
    assert "Valley Peer Centre" in content
    assert "3 groups" in content
    assert "Oakland, US" in content


def test_the_list_api(client: Client, network: Organization) -> None:
    response = client.get("/api/v1/organizations/")

    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    [result] = body["results"]
    assert result == {
        "slug": "bay-area-grief-network",
        "name": "Bay Area Grief Network",
        "url": "http://testserver/organizations/bay-area-grief-network/",
        "description": "A federation of grief groups around the bay.",
        "website": "https://grief.example.org/",
        "founded_year": 1994,
        "place": {"city": "Oakland", "region": "CA", "country": "US"},
        "group_count": 3,
        "classification": {"kind": "unknown", "label": "Not enough is stated to say who leads it"},
    }


def test_the_list_api_comes_in_pages(client: Client) -> None:
    OrganizationFactory.create_batch(23)

    first = client.get("/api/v1/organizations/").json()
    second = client.get("/api/v1/organizations/", {"page": 2}).json()

    assert (first["count"], len(first["results"]), len(second["results"])) == (23, 20, 3)
    assert first["next"].endswith("/api/v1/organizations/?page=2")


@pytest.mark.parametrize("viewer", ["anonymous", "member of the secret group", "staff"])
def test_the_detail_page_never_lists_secret_or_closed_groups(
    network: Organization, viewer: str
) -> None:
    user = {"anonymous": None, "staff": UserFactory(is_staff=True)}.get(viewer)
    if viewer == "member of the secret group":
        user = MembershipFactory(group=Group.objects.get(name="Secret Circle")).user

    response = client_for(user).get(f"/organizations/{network.slug}/")

    assert response.status_code == 200
    content = response.content.decode()
    assert network.name in content
    assert "A federation of grief groups around the bay." in content
    for name in SHOWN:
        assert name in content
    assert "Secret Circle" not in content
    assert "Closed Circle" not in content


def test_the_detail_api_never_lists_secret_or_closed_groups(
    client: Client, network: Organization
) -> None:
    response = client.get(f"/api/v1/organizations/{network.slug}/")

    assert response.status_code == 200
    body = response.json()
    assert body["name"] == "Bay Area Grief Network"
    assert body["group_count"] == 3
    assert sorted(group["name"] for group in body["groups"]) == SHOWN


def test_a_listed_group_shows_only_its_name_on_its_organizations_page(client: Client) -> None:
    organization = OrganizationFactory()
    GroupFactory(
        name="Harbour Circle", visibility=Group.Visibility.LISTED, organization=organization,
        led_by=Group.LedBy.PROFESSIONALS, place=PlaceFactory(locality="Alameda"),
    )

    page = client.get(f"/organizations/{organization.slug}/").content.decode()
    [entry] = client.get(f"/api/v1/organizations/{organization.slug}/").json()["groups"]

    assert "Harbour Circle" in page
    assert "Alameda" not in page
    assert "Professionally led" not in page
    assert entry["name"] == "Harbour Circle"
    assert entry.get("led_by") is None
    assert entry.get("format") is None


def test_an_organization_without_shown_groups_says_so(client: Client) -> None:
    organization = OrganizationFactory()
    GroupFactory(visibility=Group.Visibility.SECRET, organization=organization)

    content = client.get(f"/organizations/{organization.slug}/").content.decode()

    assert "No public groups." in content


def test_an_unknown_organization_is_404(client: Client) -> None:
    assert client.get("/organizations/nobody/").status_code == 404
    response = client.get("/api/v1/organizations/nobody/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_a_groups_page_links_to_its_organization(client: Client, network: Organization) -> None:
    group = Group.objects.get(name="Public Circle")

    content = client.get(f"/groups/{group.slug}/").content.decode()

    assert f'href="/organizations/{network.slug}/"' in content
