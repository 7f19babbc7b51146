"""The referral API takes the same steps as the pages, under the same rules."""

import pytest
from django.test import Client

from mutual.accounts.actions import create_token
from mutual.audit.models import AuditEvent
from mutual.referrals.models import Referral, Status
from tests.referrals.support import drafted, sides

pytestmark = pytest.mark.django_db


def api(user: object) -> Client:
    _token, key = create_token(user=user, name="test")
    return Client(HTTP_AUTHORIZATION=f"Token {key}")


def test_a_professional_sends_and_the_facilitator_answers() -> None:
    cast = sides()
    response = api(cast.sender).post("/api/v1/referrals/", {
        "group": cast.group.slug, "client_name": "Tomás", "contact_method": "phone",
        "contact": "510-555-0142", "consent_given": "spoken", "send": True,
    }, content_type="application/json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["status"] == "requested"
    assert [step["to_status"] for step in body["transitions"]] == ["draft", "requested"]
    move = f"/api/v1/referrals/{body['id']}/transitions/"
    refused = api(cast.facilitator).post(move, {"status": "rejected"},
                                         content_type="application/json")
    assert refused.status_code == 400
    assert "reason" in refused.json()["error"]["fields"]
    wrong = api(cast.facilitator).post(move, {"status": "completed"},
                                       content_type="application/json")
    assert wrong.status_code == 400
    accepted = api(cast.facilitator).post(move, {"status": "accepted"},
                                          content_type="application/json")
    assert accepted.json()["status"] == "accepted"
    listed = api(cast.sender).get("/api/v1/referrals/").json()
    assert [item["status"] for item in listed["sent"]] == ["accepted"]
    assert AuditEvent.objects.filter(verb="referral.read", actor=cast.sender).exists()


def test_without_consent_nothing_is_written() -> None:
    cast = sides()
    response = api(cast.sender).post("/api/v1/referrals/", {
        "group": cast.group.slug, "client_name": "Tomás"}, content_type="application/json")
    assert response.status_code == 400
    assert "consent_given" in response.json()["error"]["fields"]
    assert not Referral.objects.exists()


@pytest.mark.parametrize("side", ["member", "other_facilitator", "other_professional", "staff"])
def test_others_neither_see_nor_move_it(side: str) -> None:
    cast = sides()
    referral = drafted(cast)
    client = api(getattr(cast, side))
    assert client.get(f"/api/v1/referrals/{referral.pk}/").status_code == 404
    moved = client.post(f"/api/v1/referrals/{referral.pk}/transitions/",
                        {"status": "requested"}, content_type="application/json")
    assert moved.status_code == 404
    assert client.get("/api/v1/referrals/").json() == {"sent": [], "received": []}
    assert Referral.objects.get(pk=referral.pk).status == Status.DRAFT


def test_members_cannot_send_referrals() -> None:
    cast = sides()
    response = api(cast.member).post("/api/v1/referrals/", {
        "group": cast.group.slug, "consent_given": "spoken"}, content_type="application/json")
    assert response.status_code == 403


def test_anonymous_callers_are_refused() -> None:
    assert Client().get("/api/v1/referrals/").status_code in (401, 403)
