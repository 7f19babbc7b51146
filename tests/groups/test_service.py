"""What operators and API users rely on: the API description, its docs, and health checks."""

from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

DIRECTORY_PARAMETERS = {
    "q", "concern", "near", "radius_km", "language", "format", "led_by", "audience", "page",
}


def test_the_api_is_described_in_openapi_3(client: Client) -> None:
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")

    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert {
        "/api/v1/groups/", "/api/v1/groups/{slug}/", "/api/v1/organizations/",
        "/api/v1/organizations/{slug}/", "/api/v1/concerns/",
    } <= set(schema["paths"])
    directory = schema["paths"]["/api/v1/groups/"]["get"]
    assert {parameter["name"] for parameter in directory["parameters"]} >= DIRECTORY_PARAMETERS


def test_the_api_description_is_served_as_yaml_by_default(client: Client) -> None:
    response = client.get("/api/schema/")

    assert response.status_code == 200
    assert response.content.startswith(b"openapi: 3.")


def test_the_api_docs_page_loads(client: Client) -> None:
    response = client.get("/api/docs/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "swagger-ui" in content
    assert "/api/schema/" in content


def test_healthz_answers_without_touching_the_database(
    client: Client, django_assert_num_queries: Any
) -> None:
    with django_assert_num_queries(0):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_answers_with_the_database(client: Client) -> None:
    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
