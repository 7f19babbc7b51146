"""The directory by who holds power in the organization that runs a group: the `governance=`
filter on the page and in the API, the kind shown beside who leads each group, and the same on
the organizations' list."""

from typing import Any

import pytest
from django.test import Client

from mutual.groups.models import Group
from mutual.organizations.actions import state_governance
from mutual.organizations.models import Organization, Stewardship
from tests.conftest import client_for
from tests.factories import GroupFactory, OrganizationFactory, UserFactory
from tests.groups.helpers import found, result_for, search
from tests.groups.test_query_counts import ANONYMOUS_QUERIES

pytestmark = pytest.mark.django_db

# Governance statements that the classification reads as each kind.
PROFILES = {
    "mutual_assistance": {
        "executive_lead_lived_experience": "yes", "paid_staff": 6,
        "paid_staff_lived_experience": 5, "board_seats": 9, "board_seats_lived_experience": 7,
        "hire_fire": "board",
    },
    "partnership": {
        "executive_lead_lived_experience": "yes", "paid_staff": 6,
        "paid_staff_lived_experience": 5, "board_seats": 9, "board_seats_lived_experience": 2,
        "hire_fire": "outside_body",
    },
    "professionally_led": {
        "executive_lead_lived_experience": "no", "paid_staff": 10,
        "paid_staff_lived_experience": 1, "board_seats": 9, "board_seats_lived_experience": 2,
        "hire_fire": "outside_body",
    },
}


def organization_of_kind(kind: str, **fields: Any) -> Organization:
    """An organization whose steward stated a profile of that kind, as on its page."""
    organization = OrganizationFactory(**fields)
    steward = UserFactory()
    Stewardship.objects.create(organization=organization, user=steward)
    state_governance(actor=steward, organization=organization, data=PROFILES[kind])
    organization.refresh_from_db()
    assert organization.governance_kind == kind
    return organization


@pytest.fixture
def groups() -> dict[str, Group]:
    """A group run by an organization of each kind, one by an organization that stated nothing,
    and one run by nobody."""
    made = {
        kind: GroupFactory(slug=f"run-{kind}", name=f"Circle {kind}",
                           organization=organization_of_kind(kind))
        for kind in PROFILES
    }
    made["unknown"] = GroupFactory(slug="run-unknown", organization=OrganizationFactory())
    made["none"] = GroupFactory(slug="run-by-nobody")
    return made


def page_results(response: Any) -> list[str]:
    content = response.content.decode()
    return sorted(slug for slug in ["run-mutual_assistance", "run-partnership",
                                    "run-professionally_led", "run-unknown", "run-by-nobody"]
                  if f'/groups/{slug}/">' in content)


@pytest.mark.parametrize("kind", list(PROFILES))
def test_the_api_keeps_groups_run_by_an_organization_of_that_kind(
    groups: dict[str, Group], kind: str
) -> None:
    assert found(governance=kind) == [f"run-{kind}"]


def test_without_the_filter_every_group_is_found(groups: dict[str, Group]) -> None:
    assert len(found()) == 5


def test_the_page_filters_the_same_way(client: Client, groups: dict[str, Group]) -> None:
    response = client.get("/groups/", {"governance": "mutual_assistance"})

    assert response.status_code == 200
    assert page_results(response) == ["run-mutual_assistance"]


def test_the_page_offers_the_three_kinds_under_a_label(client: Client) -> None:
    content = client.get("/groups/").content.decode()

    assert '<label for="id_governance">Run by an organization that is…</label>' in content
    select = content[content.index('<select name="governance"'):]
    select = select[: select.index("</select>")]
    for kind in PROFILES:
        assert f'<option value="{kind}"' in select
    assert "Mutual-assistance organization</option>" in select
    assert 'value="unknown"' not in select


def test_the_filter_follows_a_new_statement_of_governance(groups: dict[str, Group]) -> None:
    organization = groups["partnership"].organization
    steward = organization.stewardships.get().user
    state_governance(actor=steward, organization=organization,
                     data=PROFILES["mutual_assistance"])

    assert found(governance="mutual_assistance") == ["run-mutual_assistance", "run-partnership"]
    assert found(governance="partnership") == []


def test_a_listed_group_is_not_found_by_its_organization(groups: dict[str, Group]) -> None:
    """A listed group shows only its name, so its organization must not find it either."""
    GroupFactory(slug="listed-one", visibility=Group.Visibility.LISTED,
                 organization=groups["mutual_assistance"].organization)

    assert found(governance="mutual_assistance") == ["run-mutual_assistance"]
    listed = result_for(search(q="Tuesday"), "listed-one")
    assert listed["organization_classification"] is None


@pytest.mark.parametrize("value", ["unknown", "peer_run", "MUTUAL_ASSISTANCE"])
def test_an_invalid_kind_is_a_clear_error(client: Client, value: str) -> None:
    response = search(governance=value)

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert value in error["fields"]["governance"][0]

    page = client.get("/groups/", {"governance": value, "q": "grief"})
    assert page.status_code == 400
    content = page.content.decode()
    assert "Select a valid choice" in content
    assert 'value="grief"' in content  # what they typed stays


def test_api_results_carry_the_organizations_kind(groups: dict[str, Group]) -> None:
    response = search()

    for kind in ["mutual_assistance", "partnership", "professionally_led", "unknown"]:
        assert result_for(response, f"run-{kind}")["organization_classification"] == kind
    assert result_for(response, "run-by-nobody")["organization_classification"] is None


def test_the_page_shows_the_kind_beside_who_leads_the_group(
    client: Client, groups: dict[str, Group]
) -> None:
    Group.objects.filter(pk=groups["professionally_led"].pk).update(
        led_by=Group.LedBy.PROFESSIONALS)

    content = client.get("/groups/").content.decode()

    assert "Peer-led · run by a mutual-assistance organization</span>" in content
    assert "Peer-led · run by a partnership of self-helpers and professionals</span>" in content
    assert "Professionally led · run by a professionally led organization</span>" in content
    # Nothing is claimed for an organization that stated nothing, nor for a group on its own.
    assert content.count("Peer-led</span>") == 2


def test_the_group_page_and_its_api_show_the_kind(
    client: Client, groups: dict[str, Group]
) -> None:
    group = groups["mutual_assistance"]

    content = client.get(f"/groups/{group.slug}/").content.decode()
    detail = client.get(f"/api/v1/groups/{group.slug}/").json()

    assert (f"Peer-led · run by a mutual-assistance organization — "
            f'<a href="/organizations/{group.organization.slug}/">') in content
    assert detail["organization_classification"] == "mutual_assistance"
    assert client.get("/api/v1/groups/run-by-nobody/").json()[
        "organization_classification"] is None


@pytest.mark.parametrize("path", ["/groups/", "/api/v1/groups/"])
def test_the_filter_and_the_kind_add_no_query(
    django_assert_num_queries: Any, groups: dict[str, Group], path: str
) -> None:
    for n in range(20):
        GroupFactory(organization=groups["mutual_assistance"].organization,
                     name=f"More {n}", slug=f"more-{n}")
    client = client_for(None)
    client.get(path)  # warms the cached concern tree and language list

    with django_assert_num_queries(ANONYMOUS_QUERIES):
        filtered = client.get(path, {"governance": "mutual_assistance"})
    with django_assert_num_queries(ANONYMOUS_QUERIES):
        everything = client.get(path)

    assert filtered.status_code == everything.status_code == 200
    if path == "/groups/":
        assert filtered.content.decode().count("run by a mutual-assistance organization") == 20
    else:
        kinds = [row["organization_classification"] for row in filtered.json()["results"]]
        assert kinds == ["mutual_assistance"] * 20


def test_the_organizations_api_gives_each_kind_and_filters_by_it(client: Client) -> None:
    for kind in PROFILES:
        organization_of_kind(kind, name=f"Centre {kind}")
    OrganizationFactory(name="Centre that stated nothing")

    listing = client.get("/api/v1/organizations/").json()["results"]
    kinds = {row["name"]: row["classification"] for row in listing}
    filtered = client.get("/api/v1/organizations/", {"governance": "partnership"}).json()

    assert kinds["Centre mutual_assistance"] == {
        "kind": "mutual_assistance", "label": "Mutual-assistance organization"}
    assert kinds["Centre that stated nothing"]["kind"] == "unknown"
    assert [row["name"] for row in filtered["results"]] == ["Centre partnership"]


def test_the_organizations_api_refuses_an_unknown_kind(client: Client) -> None:
    response = client.get("/api/v1/organizations/", {"governance": "peer_run"})

    assert response.status_code == 400
    assert "governance" in response.json()["error"]["fields"]


def test_the_organizations_page_shows_each_kind(client: Client) -> None:
    organization_of_kind("mutual_assistance", name="Harbour Peer Centre")
    OrganizationFactory(name="Quiet Centre")

    content = client.get("/organizations/").content.decode()

    assert "Mutual-assistance organization</span>" in content
    assert "Not enough is stated to say who leads it</span>" in content
