"""The directory runs the same number of SQL queries for 3 results as for 25."""

from collections.abc import Callable
from typing import Any

import pytest

from mutual.accounts.models import User
from mutual.groups.models import Group
from tests.conftest import client_for
from tests.factories import GroupFactory, MembershipFactory, OrganizationFactory, PlaceFactory
from tests.groups.helpers import HOME_TEXT, group_km_north, online_group

pytestmark = pytest.mark.django_db

# Anonymous: count, the page of groups, their concerns, their languages.
ANONYMOUS_QUERIES = 4
# Signed in, also: the session, the user and all of the user's memberships at once.
SIGNED_IN_QUERIES = 7
# A search near a place first finds the places in its box.
NEAR_QUERIES = 1

SEARCHES = [
    pytest.param("/groups/", {}, id="page"),
    pytest.param("/groups/", {"q": "grief", "near": HOME_TEXT, "language": "en"},
                 id="page-search"),
    pytest.param("/api/v1/groups/", {}, id="api"),
    pytest.param("/api/v1/groups/", {"q": "grief", "near": HOME_TEXT, "language": "en"},
                 id="api-search"),
]


def varied_groups(count: int) -> list[Group]:
    """Groups of every kind the directory draws: organizations, hidden addresses, online."""
    organization = OrganizationFactory()
    makers: list[Callable[[], Group]] = [
        lambda: group_km_north(1, organization=organization, languages=["en", "es"],
                               concerns=["loss-of-a-spouse", "bereavement"]),
        lambda: GroupFactory(visibility=Group.Visibility.LISTED, name="Grief Listed"),
        lambda: online_group(visibility=Group.Visibility.PRIVATE, concerns=["bereavement"]),
        lambda: GroupFactory(address_for_members_only=True,
                             place=PlaceFactory(approximate=True)),
        lambda: group_km_north(2, format=Group.Format.HYBRID, organization=OrganizationFactory()),
    ]
    return [makers[n % len(makers)]() for n in range(count)]


def expected_results(count: int, params: dict) -> int:
    """A listed group shows only its name, so only a search by name (or none) finds it."""
    listed = sum(1 for n in range(count) if n % 5 == 1)
    return min(count - listed if set(params) - {"q"} else count, 20)


def member_of(groups: list[Group]) -> User:
    user = MembershipFactory(group=groups[0]).user
    MembershipFactory(group=groups[1], user=user)
    return user


def results_shown(response: Any) -> int:
    if response["Content-Type"] == "application/json":
        return len(response.json()["results"])
    return response.content.decode().count('<li class="result">')


@pytest.mark.parametrize("count", [3, 25])
@pytest.mark.parametrize(("path", "params"), SEARCHES)
def test_the_directory_anonymously_runs_a_fixed_number_of_queries(
    django_assert_num_queries: Any, count: int, path: str, params: dict
) -> None:
    varied_groups(count)
    client = client_for(None)
    client.get(path, params)  # warms the cached concern tree and language list

    with django_assert_num_queries(ANONYMOUS_QUERIES + (NEAR_QUERIES if "near" in params else 0)):
        response = client.get(path, params)

    assert response.status_code == 200
    assert results_shown(response) == expected_results(count, params)


@pytest.mark.parametrize("count", [3, 25])
@pytest.mark.parametrize(("path", "params"), SEARCHES)
def test_the_directory_signed_in_runs_a_fixed_number_of_queries(
    django_assert_num_queries: Any, count: int, path: str, params: dict
) -> None:
    groups = varied_groups(count)
    client = client_for(member_of(groups))
    client.get(path, params)

    with django_assert_num_queries(SIGNED_IN_QUERIES + (NEAR_QUERIES if "near" in params else 0)):
        response = client.get(path, params)

    assert response.status_code == 200
    assert results_shown(response) == expected_results(count, params)
    assert groups[0].name in response.content.decode()
