"""Each visibility level, seen from each side: the directory, the group page and the API."""

import pytest
from django.test import Client

from mutual.groups.models import Group
from mutual.groups.search_index import reindex_groups
from mutual.places.geo import distance_km
from tests.conftest import SIDES, Cast, client_for, person
from tests.factories import GroupFactory, PlaceFactory

pytestmark = pytest.mark.django_db

VISIBILITIES = ["public", "listed", "private", "secret"]
INSIDERS = {"member", "facilitator", "staff"}
DESCRIPTION = "Widowed parents share what helped them through the first year."
STREET = "14 Quiet Lane"
DOOR = (37.874321, -122.268765)  # the exact position; rounded it is (37.87, -122.27)


def _set(group: Group, **fields: object) -> Group:
    Group.objects.filter(pk=group.pk).update(**fields)
    reindex_groups([group.pk])  # as the actions that change a group do
    group.refresh_from_db()
    return group


@pytest.fixture
def hidden_address(cast: Cast) -> Group:
    """The cast's group, meeting at a door only its members may know."""
    place = cast.group.place
    place.street, place.name, place.postal_code = STREET, "St Anne's Hall", "94709"
    place.latitude, place.longitude = DOOR
    place.save()
    return _set(cast.group, address_for_members_only=True, description=DESCRIPTION)


def sees_details(side: str, visibility: str) -> bool:
    return visibility in ("public", "private") or side in INSIDERS


def sees_group(side: str, visibility: str) -> bool:
    return visibility != "secret" or side in INSIDERS


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize("side", SIDES)
def test_the_directory_api_by_visibility(cast: Cast, side: str, visibility: str) -> None:
    group = _set(cast.group, visibility=visibility, description=DESCRIPTION)

    response = client_for(person(cast, side)).get("/api/v1/groups/")

    assert response.status_code == 200
    results = {result["slug"]: result for result in response.json()["results"]}
    assert cast.other_group.slug in results
    if visibility == "secret":
        assert group.slug not in results
        return
    result = results[group.slug]
    assert result["name"] == group.name
    assert result["contact_url"] == f"http://testserver/groups/{group.slug}/contact/"
    if sees_details(side, visibility):
        assert result["description"] == DESCRIPTION
        assert result["concerns"] == [
            {"slug": "loss-of-a-spouse", "name": "Loss of a spouse or partner"}
        ]
        assert result["place"]["city"] == "Berkeley"
    else:
        assert "description" not in result
        assert result["concerns"] == []
        assert result["led_by"] is None
        assert result["languages"] == []
        assert result["place"] is None
        assert result["organization"] is None


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize("side", SIDES)
def test_the_directory_page_by_visibility(cast: Cast, side: str, visibility: str) -> None:
    group = _set(cast.group, visibility=visibility, description=DESCRIPTION)

    response = client_for(person(cast, side)).get("/groups/")

    assert response.status_code == 200
    content = response.content.decode()
    assert cast.other_group.name in content
    assert (group.name in content) is (visibility != "secret")
    if visibility in ("public", "private"):
        assert DESCRIPTION in content
    elif not sees_details(side, visibility):
        assert DESCRIPTION not in content


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize("side", SIDES)
def test_a_secret_group_is_never_found_by_searching_its_name(
    cast: Cast, side: str, visibility: str
) -> None:
    group = _set(cast.group, visibility=visibility, name="Quiet Harbour Circle")

    response = client_for(person(cast, side)).get("/api/v1/groups/", {"q": "quiet harbour"})

    slugs = [result["slug"] for result in response.json()["results"]]
    assert slugs == ([] if visibility == "secret" else [group.slug])


def test_a_listed_groups_description_and_concerns_are_not_searchable(client: Client) -> None:
    listed = GroupFactory(
        visibility=Group.Visibility.LISTED, name="Harbour Circle",
        description="For widowed fishermen.", concerns=["alcohol-use"],
    )
    private = GroupFactory(
        visibility=Group.Visibility.PRIVATE, name="Anchor Circle",
        description="For widowed fishermen.", concerns=["alcohol-use"],
    )

    for q in ("fishermen", "drinking"):
        response = client.get("/api/v1/groups/", {"q": q})
        assert [result["slug"] for result in response.json()["results"]] == [private.slug]
    response = client.get("/api/v1/groups/", {"q": "harbour"})
    assert [result["slug"] for result in response.json()["results"]] == [listed.slug]


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize("side", SIDES)
def test_the_group_page_by_visibility(cast: Cast, side: str, visibility: str) -> None:
    group = _set(cast.group, visibility=visibility, description=DESCRIPTION)

    response = client_for(person(cast, side)).get(f"/groups/{group.slug}/")

    if not sees_group(side, visibility):
        assert response.status_code == 404
        assert group.name not in response.content.decode()
        return
    assert response.status_code == 200
    content = response.content.decode()
    assert group.name in content
    assert f"/groups/{group.slug}/contact/" in content
    assert (DESCRIPTION in content) is sees_details(side, visibility)
    assert ("Loss of a spouse or partner" in content) is sees_details(side, visibility)
    if not sees_details(side, visibility):
        assert "This group lists only its name." in content


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize("side", SIDES)
def test_the_group_api_by_visibility(cast: Cast, side: str, visibility: str) -> None:
    group = _set(cast.group, visibility=visibility, description=DESCRIPTION)

    response = client_for(person(cast, side)).get(f"/api/v1/groups/{group.slug}/")

    if not sees_group(side, visibility):
        assert response.status_code == 404
        assert response.json() == {
            "error": {"code": "not_found", "message": "Not found.", "fields": {}}
        }
        return
    assert response.status_code == 200
    body = response.json()
    assert body["name"] == group.name
    if sees_details(side, visibility):
        assert body["description"] == DESCRIPTION
        assert body["concerns"][0]["slug"] == "loss-of-a-spouse"
        assert body["open_meetings"] is True
    else:
        assert set(body) >= {"slug", "name", "url", "contact_url"}
        assert "description" not in body
        assert "website" not in body
        assert body["place"] is None


def test_the_group_api_answers_404_for_a_group_that_does_not_exist(client: Client) -> None:
    response = client.get("/api/v1/groups/no-such-group/")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("side", SIDES)
def test_an_address_for_members_only_on_the_group_page(
    cast: Cast, hidden_address: Group, side: str
) -> None:
    response = client_for(person(cast, side)).get(f"/groups/{hidden_address.slug}/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "Berkeley" in content
    assert (STREET in content) is (side in INSIDERS)
    assert ("St Anne&#x27;s Hall" in content) is (side in INSIDERS)
    assert ("The group shares its address with members." in content) is (side not in INSIDERS)


@pytest.mark.parametrize("side", SIDES)
def test_an_address_for_members_only_in_the_api(
    cast: Cast, hidden_address: Group, side: str
) -> None:
    client = client_for(person(cast, side))

    detail = client.get(f"/api/v1/groups/{hidden_address.slug}/").json()["place"]
    listing = client.get("/api/v1/groups/").json()["results"]
    result = next(r for r in listing if r["slug"] == hidden_address.slug)["place"]

    for place in (detail, result):
        assert place["city"] == "Berkeley"
        if side in INSIDERS:
            assert place["street"] == STREET
            assert place["postal_code"] == "94709"
            assert (place["latitude"], place["longitude"]) == DOOR
            assert place["approximate"] is False
        else:
            assert "street" not in place
            assert "postal_code" not in place
            assert (place["latitude"], place["longitude"]) == (37.87, -122.27)
            assert place["approximate"] is True


@pytest.mark.parametrize("side", SIDES)
def test_a_public_address_is_shown_to_everyone(cast: Cast, side: str) -> None:
    group = cast.group

    place = client_for(person(cast, side)).get(f"/api/v1/groups/{group.slug}/").json()["place"]

    assert place["street"] == group.place.street
    assert place["latitude"] == group.place.latitude


def test_an_approximate_place_is_rounded_even_for_members(cast: Cast) -> None:
    group = _set(cast.group, place=PlaceFactory(latitude=DOOR[0], longitude=DOOR[1],
                                                approximate=True))

    place = client_for(cast.member).get(f"/api/v1/groups/{group.slug}/").json()["place"]

    assert (place["latitude"], place["longitude"]) == (37.87, -122.27)
    assert place["approximate"] is True
    assert "street" not in place


def test_the_distance_shown_to_outsiders_does_not_reveal_a_hidden_address(
    cast: Cast, hidden_address: Group
) -> None:
    shown = (37.87, -122.27)

    response = Client().get("/api/v1/groups/", {"near": f"{DOOR[0]},{DOOR[1]}"})

    result = next(r for r in response.json()["results"] if r["slug"] == hidden_address.slug)
    assert result["distance_km"] == round(distance_km(*DOOR, *shown), 1)
