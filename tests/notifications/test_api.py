"""The notifications API, signed with a personal token."""

from django.test import Client

from mutual.accounts.actions import create_token
from mutual.notifications.actions import notify
from mutual.notifications.models import Notification
from tests.conftest import Cast


def api(user: object) -> Client:
    _token, key = create_token(user=user, name="script")  # type: ignore[arg-type]
    return Client(HTTP_AUTHORIZATION=f"Token {key}")


def tell(user_id: int, text: str) -> Notification:
    return notify(recipients=[user_id], kind="reply", message=text, url="/groups/")[0]


def test_my_notifications_newest_first_and_only_unread_on_request(cast: Cast) -> None:
    old = tell(cast.member.pk, "Older")
    Notification.objects.filter(pk=old.pk).update(read_at=old.created_at)
    tell(cast.member.pk, "Newer")
    tell(cast.other_member.pk, "Not mine")
    client = api(cast.member)
    body = client.get("/api/v1/notifications/").json()
    assert [item["text"] for item in body["results"]] == ["Newer", "Older"]
    assert body["results"][0]["read"] is False and body["results"][1]["read"] is True
    unread = client.get("/api/v1/notifications/?unread=1").json()
    assert [item["text"] for item in unread["results"]] == ["Newer"]


def test_marking_read_touches_only_my_notifications(cast: Cast) -> None:
    first, second = tell(cast.member.pk, "One"), tell(cast.member.pk, "Two")
    theirs = tell(cast.other_member.pk, "Theirs")
    client = api(cast.member)
    assert client.get("/api/v1/notifications/unread-count/").json() == {"unread": 2}
    response = client.post("/api/v1/notifications/read/", {"ids": [first.pk, theirs.pk]},
                           content_type="application/json")
    assert response.status_code == 200
    assert response.json() == {"marked": 1, "unread": 1}
    assert Notification.objects.get(pk=theirs.pk).read_at is None
    response = client.post("/api/v1/notifications/read/", {}, content_type="application/json")
    assert response.json() == {"marked": 1, "unread": 0}
    assert Notification.objects.get(pk=second.pk).read_at is not None


def test_bad_ids_get_the_one_error_shape(cast: Cast) -> None:
    response = api(cast.member).post("/api/v1/notifications/read/", {"ids": ["x"]},
                                     content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"
    assert "ids" in response.json()["error"]["fields"]


def test_the_api_is_for_signed_in_people(cast: Cast) -> None:
    for path in ("/api/v1/notifications/", "/api/v1/notifications/unread-count/"):
        assert Client().get(path).status_code in (401, 403)
    assert Client().post("/api/v1/notifications/read/").status_code in (401, 403)


def test_the_endpoints_are_described_in_the_openapi_schema(db: None) -> None:
    schema = Client().get("/api/schema/").content.decode()
    for path in ("/api/v1/notifications/", "/api/v1/notifications/read/",
                 "/api/v1/notifications/unread-count/"):
        assert f"{path}:" in schema
