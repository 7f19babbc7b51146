"""The self-assessment API through a personal token, with the same rules as the pages."""

import json

import pytest
from django.test import Client

from mutual.accounts.models import User
from mutual.assessments.models import Assessment, Rating
from tests.assessments.conftest import SIDES, Sides, assessment, who

pytestmark = pytest.mark.django_db

LIST = "/api/v1/organizations/harbour/assessments/"
RATED = [{"board_participation": 5, "hiring_decisions": 3, "proximity": 4},
         {"board_participation": 3, "hiring_decisions": 3, "proximity": 2}]
SEES_ALL = {"steward", "staff"}


def api(user: User | None) -> Client:
    if user is None:
        return Client()
    from mutual.accounts.actions import create_token

    _token, key = create_token(user=user, name="tests")
    return Client(HTTP_AUTHORIZATION=f"Token {key}")


def send(client: Client, method: str, path: str, data: object = None) -> object:
    return getattr(client, method)(path, json.dumps(data or {}),
                                   content_type="application/json")


def test_the_instrument_is_public() -> None:
    body = Client().get("/api/v1/assessments/instrument/").json()

    assert [domain["key"] for domain in body["domains"]] == [
        "structure", "environment", "belief_systems", "peer_support", "education", "advocacy"]
    item = body["domains"][0]["items"][0]
    assert item["key"] == "board_participation"
    assert [anchor["score"] for anchor in item["anchors"]] == [1, 2, 3, 4, 5]
    assert sum(len(domain["items"]) for domain in body["domains"]) == 41


@pytest.mark.parametrize("side", SIDES)
def test_the_list_shows_unpublished_ones_only_to_stewards_and_staff(sides: Sides,
                                                                    side: str) -> None:
    assessment(sides, title="Private")
    assessment(sides, title="Published", year=2025, published=True)

    body = api(who(sides, side)).get(LIST).json()

    titles = [entry["title"] for entry in body["results"]]
    assert titles == (["Private", "Published"] if side in SEES_ALL else ["Published"])
    assert body["results"][-1]["state"] == "published"


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 401), ("member", 403), ("other_steward", 403), ("steward", 201),
    ("staff", 201)])
def test_stewards_and_staff_start_one(sides: Sides, side: str, status: int) -> None:
    response = send(api(who(sides, side)), "post", LIST,
                    {"title": "Spring", "conducted_on": "2026-03-01"})

    assert response.status_code == status
    assert Assessment.objects.exists() is (status == 201)
    if status == 201:
        body = response.json()
        assert body["state"] == "open" and body["total"] is None
        assert len(body["domains"]) == 6 and len(body["domains"][0]["items"]) == 8


def test_a_start_without_a_date_is_refused_in_the_one_error_shape(sides: Sides) -> None:
    response = send(api(sides.steward), "post", LIST, {"title": "Spring"})

    assert response.status_code == 400
    assert "conducted_on" in response.json()["error"]["fields"]


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 404), ("member", 404), ("other_steward", 404), ("steward", 200),
    ("staff", 200)])
def test_an_unpublished_assessment_is_not_found_by_others(sides: Sides, side: str,
                                                          status: int) -> None:
    made = assessment(sides, closed=True, ratings=RATED)

    response = api(who(sides, side)).get(f"/api/v1/assessments/{made.pk}/")

    assert response.status_code == status
    if status == 404:
        assert response.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("side", SIDES)
def test_a_published_one_shows_others_only_its_summary(sides: Sides, side: str) -> None:
    assessment(sides, title="Last year", year=2025, published=True,
               ratings=[{"board_participation": 3}])
    made = assessment(sides, published=True, ratings=RATED)
    Rating.objects.filter(item="board_participation").update(note="Private thought")

    body = api(who(sides, side)).get(f"/api/v1/assessments/{made.pk}/").json()

    assert body["total"] == 3.25
    assert body["previous"]["title"] == "Last year"
    assert body["total_change"] == 0.25
    structure = body["domains"][0]
    assert (structure["key"], structure["score"], structure["change"]) == (
        "structure", 3.5, 0.5)
    if side in SEES_ALL:
        assert body["raters"] == 2
        assert body["agreement"] == 1.0
        board = structure["items"][0]
        assert (board["mean"], board["spread"], board["disagreement"]) == (4.0, 2, True)
        assert board["notes"][0]["note"] == "Private thought"
    else:
        assert "raters" not in body and "agreement" not in body
        assert "items" not in structure
        assert "Private thought" not in json.dumps(body)


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 401), ("member", 404), ("other_steward", 404), ("steward", 200),
    ("staff", 403)])
def test_only_stewards_put_their_ratings(sides: Sides, side: str, status: int) -> None:
    made = assessment(sides)

    response = send(api(who(sides, side)), "put", f"/api/v1/assessments/{made.pk}/ratings/",
                    {"ratings": [{"item": "choice", "score": 4, "note": "Plenty"}]})

    assert response.status_code == status
    assert Rating.objects.exists() is (status == 200)


def test_a_steward_puts_reads_and_takes_back_their_own_ratings(sides: Sides) -> None:
    made = assessment(sides, ratings=[{}, {"choice": 2}])
    client, path = api(sides.steward), f"/api/v1/assessments/{made.pk}/ratings/"

    response = send(client, "put", path, {"ratings": [
        {"item": "choice", "score": 4, "note": "Plenty", "evidence": "Leaflet"},
        {"item": "recovery", "score": 5}]})

    assert [(r["item"], r["score"]) for r in response.json()["ratings"]] == [
        ("choice", 4), ("recovery", 5)]
    response = send(client, "put", path, {"ratings": [{"item": "recovery", "score": None}]})
    assert [r["item"] for r in response.json()["ratings"]] == ["choice"]
    assert [r["item"] for r in client.get(path).json()["ratings"]] == ["choice"]
    assert Rating.objects.get(rater=sides.second_steward).score == 2


def test_bad_ratings_are_refused_in_the_one_error_shape(sides: Sides) -> None:
    made = assessment(sides)
    client, path = api(sides.steward), f"/api/v1/assessments/{made.pk}/ratings/"

    response = send(client, "put", path, {"ratings": [{"item": "nope", "score": 7}]})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"
    response = send(client, "put", path, {"ratings": [{"item": "choice", "score": 3},
                                                      {"item": "choice", "score": 4}]})
    assert response.status_code == 400
    response = send(client, "put", path, {"ratings": [
        {"item": "choice", "score": None, "note": "unsure"}]})
    assert response.status_code == 400
    assert "choice" in response.json()["error"]["fields"]
    assert not Rating.objects.exists()


def test_a_closed_assessment_refuses_ratings(sides: Sides) -> None:
    made = assessment(sides, closed=True)

    response = send(api(sides.steward), "put", f"/api/v1/assessments/{made.pk}/ratings/",
                    {"ratings": [{"item": "choice", "score": 3}]})

    assert response.status_code == 400
    assert "closed" in response.json()["error"]["message"]


@pytest.mark.parametrize(("side", "close", "publish"), [
    ("anonymous", 401, 401), ("member", 404, 404), ("other_steward", 404, 404),
    ("steward", 200, 200), ("staff", 200, 403)])
def test_closing_and_publishing(sides: Sides, side: str, close: int, publish: int) -> None:
    made = assessment(sides, ratings=RATED)
    client = api(who(sides, side))

    assert send(client, "post", f"/api/v1/assessments/{made.pk}/close/").status_code == close
    response = send(client, "post", f"/api/v1/assessments/{made.pk}/publish/")

    assert response.status_code == publish
    if publish == 200:
        assert response.json()["state"] == "published"
        assert Client().get(f"/api/v1/assessments/{made.pk}/").status_code == 200


def test_publishing_an_open_assessment_is_refused(sides: Sides) -> None:
    made = assessment(sides)

    response = send(api(sides.steward), "post", f"/api/v1/assessments/{made.pk}/publish/")

    assert response.status_code == 400
    assert response.json()["error"]["message"] == (
        "Close the assessment before publishing its summary.")


def test_the_api_is_described() -> None:
    schema = Client().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()

    assert {
        "/api/v1/assessments/instrument/", "/api/v1/organizations/{slug}/assessments/",
        "/api/v1/assessments/{assessment_id}/", "/api/v1/assessments/{assessment_id}/ratings/",
        "/api/v1/assessments/{assessment_id}/close/",
        "/api/v1/assessments/{assessment_id}/publish/",
    } <= set(schema["paths"])
    assert "put" in schema["paths"]["/api/v1/assessments/{assessment_id}/ratings/"]
