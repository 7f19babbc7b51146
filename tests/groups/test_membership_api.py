"""Membership through the API, with a personal token: the same rules as the pages, answered
in the API's one error shape."""

from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from mutual.accounts.actions import create_token
from mutual.accounts.models import User
from mutual.groups import actions
from mutual.groups.models import Group, Invitation, Membership
from mutual.notifications.models import Notification
from tests.conftest import Cast
from tests.factories import UserFactory
from tests.groups.test_membership import (  # noqa: F401
    ALL_SIDES,
    REQUEST_MESSAGE,
    SEES_MEMBERS,
    People,
    people,
)

pytestmark = pytest.mark.django_db


def api(user: User | None) -> Client:
    if user is None:
        return Client()
    _token, key = create_token(user=user, name="script")
    return Client(HTTP_AUTHORIZATION=f"Token {key}")


def path(group: Group, rest: str = "membership/") -> str:
    return f"/api/v1/groups/{group.slug}/{rest}"


def error_of(response: Any) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "fields"}
    return body["error"]


def set_visibility(group: Group, visibility: str) -> Group:
    Group.objects.filter(pk=group.pk).update(visibility=visibility)
    group.refresh_from_db()
    return group


# Mine --------------------------------------------------------------------------------------


def test_my_membership_is_answered_to_me_alone(people: People) -> None:  # noqa: F811
    mine = api(people.cast.member).get(path(people.group))
    waiting = api(people.pending).get(path(people.group))
    removed = api(people.removed).get(path(people.group))
    none = api(people.cast.other_member).get(path(people.group))

    assert mine.status_code == 200
    body = mine.json()
    assert set(body) == {
        "id", "group", "display_name", "role", "status", "request_message", "joined_at",
        "admitted_at", "muted_until", "email_replies", "email_mentions", "email_milestones",
        "digest",
    }
    assert (body["group"], body["status"], body["role"]) == (people.group.slug, "active",
                                                             "member")
    assert waiting.json()["request_message"] == REQUEST_MESSAGE
    assert removed.json()["status"] == "removed"
    assert none.status_code == 404
    assert error_of(none)["code"] == "not_found"


def test_without_a_token_the_api_asks_for_one(cast: Cast) -> None:
    response = api(None).post(path(cast.group), {"accept_rules": True},
                              content_type="application/json")

    assert response.status_code == 401
    assert error_of(response)["code"] == "not_authenticated"


def test_joining_a_public_group_by_the_api(cast: Cast) -> None:
    newcomer = UserFactory()

    response = api(newcomer).post(path(cast.group),
                                  {"display_name": "Sam's mum", "accept_rules": True},
                                  content_type="application/json")

    assert response.status_code == 201
    assert response.json()["status"] == "active"
    assert response.json()["display_name"] == "Sam's mum"


def test_a_pseudonym_is_chosen_when_no_name_is_given(cast: Cast) -> None:
    response = api(UserFactory()).post(path(cast.group), {"accept_rules": True},
                                       content_type="application/json")

    assert response.status_code == 201
    assert response.json()["display_name"]


@pytest.mark.parametrize("visibility", ["private", "listed"])
def test_asking_to_join_by_the_api(cast: Cast, visibility: str) -> None:
    group = set_visibility(cast.group, visibility)

    response = api(UserFactory()).post(
        path(group), {"display_name": "Sam's mum", "accept_rules": True,
                      "message": REQUEST_MESSAGE}, content_type="application/json")

    assert response.status_code == 201
    assert response.json()["status"] == "pending"
    assert response.json()["request_message"] == REQUEST_MESSAGE
    assert Notification.objects.get(kind="join_request").recipient == cast.facilitator


def test_a_secret_group_cannot_be_joined_or_found_by_the_api(cast: Cast) -> None:
    group = set_visibility(cast.group, "secret")
    newcomer = UserFactory()

    joining = api(newcomer).post(path(group), {"accept_rules": True},
                                 content_type="application/json")
    reading = api(newcomer).get(path(group, "members/"))

    assert joining.status_code == 404 and reading.status_code == 404
    assert not Membership.objects.filter(user=newcomer).exists()


@pytest.mark.parametrize(("body", "field"), [
    ({"display_name": "Sam"}, "accept_rules"),
    ({"display_name": "Sam", "accept_rules": False}, "accept_rules"),
    ({"display_name": "A member", "accept_rules": True}, "display_name"),
    ({"display_name": "x" * 61, "accept_rules": True}, "display_name"),
    ({"display_name": "Sam", "accept_rules": True, "message": "x" * 2001}, "message"),
])
def test_joining_mistakes_come_back_field_by_field(cast: Cast, body: dict, field: str) -> None:
    response = api(UserFactory()).post(path(cast.group), body, content_type="application/json")

    assert response.status_code == 400
    error = error_of(response)
    assert error["code"] == "invalid"
    assert list(error["fields"]) == [field]
    assert error["message"].startswith(f"{field}: ")


def test_a_taken_name_is_refused_by_the_api(cast: Cast) -> None:
    taken = Membership.objects.get(user=cast.member).display_name

    response = api(UserFactory()).post(path(cast.group),
                                       {"display_name": taken.lower(), "accept_rules": True},
                                       content_type="application/json")

    assert response.status_code == 400
    assert "already goes by that name" in error_of(response)["fields"]["display_name"][0]


def test_joining_twice_or_after_removal_is_refused(people: People) -> None:  # noqa: F811
    again = api(people.cast.member).post(path(people.group), {"accept_rules": True},
                                         content_type="application/json")
    removed = api(people.removed).post(path(people.group), {"accept_rules": True},
                                       content_type="application/json")

    assert again.status_code == 400
    assert error_of(again)["message"] == "You are already a member of this group."
    assert removed.status_code == 403
    assert "A facilitator removed you" in error_of(removed)["message"]


def test_joining_too_often_answers_429(cast: Cast) -> None:
    newcomer = UserFactory()
    cache.set(f"ratelimit:join:{newcomer.pk}", 1000, timeout=3600)

    response = api(newcomer).post(path(cast.group), {"accept_rules": True},
                                  content_type="application/json")

    assert response.status_code == 429
    assert error_of(response)["code"] == "rate_limited"
    assert "Please try again later" in error_of(response)["message"]


def test_changing_my_name_and_emails(cast: Cast) -> None:
    response = api(cast.member).patch(
        path(cast.group), {"display_name": "Steady Cedar", "digest": "none",
                           "email_milestones": True}, content_type="application/json")

    assert response.status_code == 200
    body = response.json()
    assert (body["display_name"], body["digest"], body["email_milestones"]) == (
        "Steady Cedar", "none", True)
    assert body["email_replies"] is True  # untouched


def test_changing_settings_mistakes(people: People) -> None:  # noqa: F811
    client = api(people.cast.member)
    facilitator_name = Membership.objects.get(user=people.cast.facilitator).display_name

    digest = client.patch(path(people.group), {"digest": "monthly"},
                          content_type="application/json")
    name = client.patch(path(people.group), {"display_name": facilitator_name},
                        content_type="application/json")
    removed = api(people.removed).patch(path(people.group), {"digest": "none"},
                                        content_type="application/json")
    outsider = api(people.cast.other_member).patch(path(people.group), {"digest": "none"},
                                                   content_type="application/json")

    assert digest.status_code == 400 and list(error_of(digest)["fields"]) == ["digest"]
    assert name.status_code == 400 and list(error_of(name)["fields"]) == ["display_name"]
    assert removed.status_code == 404 and outsider.status_code == 404


def test_leaving_and_withdrawing_by_the_api(people: People) -> None:  # noqa: F811
    left = api(people.cast.member).delete(path(people.group))
    withdrawn = api(people.pending).delete(path(people.group))
    only_facilitator = api(people.cast.facilitator).delete(path(people.group))
    removed = api(people.removed).delete(path(people.group))

    assert left.status_code == 204 and withdrawn.status_code == 204
    assert not Membership.objects.filter(user=people.pending).exists()
    assert Membership.objects.get(user=people.cast.member).status == Membership.Status.LEFT
    assert only_facilitator.status_code == 400
    assert "only facilitator" in error_of(only_facilitator)["message"]
    assert removed.status_code == 404
    assert Membership.objects.filter(user=people.removed).exists()


# The member list ---------------------------------------------------------------------------


@pytest.mark.parametrize("side", ALL_SIDES)
def test_who_reads_the_member_list_by_the_api(people: People, side: str) -> None:  # noqa: F811
    response = api(people.side(side)).get(path(people.group, "members/"))

    if side == "anonymous":
        assert response.status_code == 401
        return
    if side not in SEES_MEMBERS:
        assert response.status_code == 404
        return
    assert response.status_code == 200
    results = response.json()["results"]
    assert response.json()["count"] == 3
    names = {result["display_name"] for result in results}
    assert "Muted Magpie" in names and "Waiting Wren" not in names
    assert "Removed Rook" not in names
    expected = {"id", "display_name"}
    if side == "facilitator":
        expected |= {"role", "status", "request_message", "muted_until"}
    assert all(set(result) == expected for result in results)


def test_facilitators_list_requests_to_join(people: People) -> None:  # noqa: F811
    pending = api(people.cast.facilitator).get(path(people.group, "members/"),
                                               {"status": "pending"})
    member_asks = api(people.cast.member).get(path(people.group, "members/"),
                                              {"status": "pending"})
    nonsense = api(people.cast.facilitator).get(path(people.group, "members/"),
                                                {"status": "removed"})

    assert pending.status_code == 200
    [request] = pending.json()["results"]
    assert (request["display_name"], request["status"], request["request_message"]) == (
        "Waiting Wren", "pending", REQUEST_MESSAGE)
    assert member_asks.status_code == 403
    assert error_of(member_asks)["code"] == "permission_denied"
    assert nonsense.status_code == 400 and list(error_of(nonsense)["fields"]) == ["status"]


# Decisions and roles -----------------------------------------------------------------------


def test_admitting_and_declining_by_the_api(people: People) -> None:  # noqa: F811
    waiting = Membership.objects.get(user=people.pending)
    other = Membership.objects.create(group=people.group, user=UserFactory(),
                                      display_name="Second Swift",
                                      status=Membership.Status.PENDING)
    client = api(people.cast.facilitator)

    admitted = client.post(path(people.group, f"members/{waiting.pk}/decision/"),
                           {"admit": True}, content_type="application/json")
    declined = client.post(path(people.group, f"members/{other.pk}/decision/"),
                           {"admit": False}, content_type="application/json")
    twice = client.post(path(people.group, f"members/{waiting.pk}/decision/"),
                        {"admit": False}, content_type="application/json")

    assert admitted.status_code == 200
    assert admitted.json()["admitted"] is True
    assert admitted.json()["member"]["status"] == "active"
    assert declined.json() == {"admitted": False, "member": None}
    assert not Membership.objects.filter(pk=other.pk).exists()
    assert Notification.objects.get(recipient=people.pending).kind == "admitted"
    assert Notification.objects.get(recipient=other.user).kind == "declined"
    assert twice.status_code == 400
    assert "already been answered" in error_of(twice)["message"]


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 401), ("member", 403), ("muted", 403), ("moderator", 403),
    ("other_member", 404), ("staff", 404), ("pending", 404), ("removed", 404),
])
def test_only_facilitators_decide_by_the_api(people: People, side: str,  # noqa: F811
                                             status: int) -> None:
    waiting = Membership.objects.get(user=people.pending)

    response = api(people.side(side)).post(
        path(people.group, f"members/{waiting.pk}/decision/"), {"admit": True},
        content_type="application/json")

    assert response.status_code == status
    error_of(response)
    assert Membership.objects.get(pk=waiting.pk).status == Membership.Status.PENDING


def test_another_groups_member_is_not_found_by_id(cast: Cast) -> None:
    elsewhere = Membership.objects.get(user=cast.other_member)

    response = api(cast.facilitator).post(path(cast.group, f"members/{elsewhere.pk}/role/"),
                                          {"role": "facilitator"},
                                          content_type="application/json")

    assert response.status_code == 404
    assert Membership.objects.get(pk=elsewhere.pk).role == Membership.Role.MEMBER


def test_giving_roles_by_the_api(cast: Cast) -> None:
    member = Membership.objects.get(user=cast.member)
    own = Membership.objects.get(user=cast.facilitator)
    client = api(cast.facilitator)

    last = client.post(path(cast.group, f"members/{own.pk}/role/"), {"role": "member"},
                       content_type="application/json")
    made = client.post(path(cast.group, f"members/{member.pk}/role/"),
                       {"role": "facilitator"}, content_type="application/json")
    nonsense = client.post(path(cast.group, f"members/{member.pk}/role/"), {"role": "owner"},
                           content_type="application/json")
    by_member = api(cast.member).post(path(cast.group, f"members/{own.pk}/role/"),
                                      {"role": "member"}, content_type="application/json")

    assert last.status_code == 400
    assert error_of(last)["message"] == "A group needs at least one facilitator."
    assert made.status_code == 200 and made.json()["role"] == "facilitator"
    assert nonsense.status_code == 400 and list(error_of(nonsense)["fields"]) == ["role"]
    # Now a facilitator too, the member may step the other back.
    assert by_member.status_code == 200 and by_member.json()["role"] == "member"


# Invitations -------------------------------------------------------------------------------


def test_an_invitation_key_is_answered_once_and_joins_a_secret_group(cast: Cast) -> None:
    group = set_visibility(cast.group, "secret")
    client = api(cast.facilitator)

    made = client.post(path(group, "invitations/"), {"note": "For Ana", "max_uses": 1},
                       content_type="application/json")
    listed = client.get(path(group, "invitations/"))

    assert made.status_code == 201
    key = made.json()["key"]
    assert made.json()["url"] == f"http://testserver/join/{key}/"
    assert made.json()["usable"] is True
    [invitation] = listed.json()["results"]
    assert "key" not in invitation and key not in str(listed.content)
    assert (invitation["prefix"], invitation["note"], invitation["uses"]) == (
        key[:8], "For Ana", 0)

    newcomer = UserFactory()
    joined = api(newcomer).post("/api/v1/invitations/accept/",
                                {"key": key, "display_name": "Gentle Heron",
                                 "accept_rules": True}, content_type="application/json")
    again = api(UserFactory()).post("/api/v1/invitations/accept/",
                                    {"key": key, "accept_rules": True},
                                    content_type="application/json")

    assert joined.status_code == 201
    assert (joined.json()["group"], joined.json()["status"]) == (group.slug, "active")
    assert again.status_code == 410
    assert error_of(again)["code"] == "gone"
    assert group.name not in error_of(again)["message"]
    assert Invitation.objects.get().uses == 1


def test_accepting_needs_the_rules_accepted(cast: Cast) -> None:
    _invitation, key = actions.create_invitation(actor=cast.facilitator, group=cast.group)

    response = api(UserFactory()).post("/api/v1/invitations/accept/",
                                       {"key": key, "accept_rules": False},
                                       content_type="application/json")

    assert response.status_code == 400
    assert list(error_of(response)["fields"]) == ["accept_rules"]
    assert Invitation.objects.get().uses == 0


@pytest.mark.parametrize("body", [
    {"max_uses": 0}, {"max_uses": 101}, {"lifetime_days": 0}, {"lifetime_days": 91},
    {"note": "x" * 121},
])
def test_invitation_limits_by_the_api(cast: Cast, body: dict) -> None:
    response = api(cast.facilitator).post(path(cast.group, "invitations/"), body,
                                          content_type="application/json")

    assert response.status_code == 400
    assert list(error_of(response)["fields"]) == list(body)


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 401), ("member", 403), ("moderator", 403), ("other_member", 404),
    ("staff", 404), ("pending", 404), ("removed", 404),
])
def test_only_facilitators_handle_invitations_by_the_api(people: People, side: str,  # noqa: F811
                                                         status: int) -> None:
    invitation, _key = actions.create_invitation(actor=people.cast.facilitator,
                                                 group=people.group)
    client = api(people.side(side))

    assert client.get(path(people.group, "invitations/")).status_code == status
    assert client.post(path(people.group, "invitations/"), {},
                       content_type="application/json").status_code == status
    assert client.post(path(people.group, f"invitations/{invitation.pk}/revoke/")
                       ).status_code == status
    assert Invitation.objects.count() == 1
    invitation.refresh_from_db()
    assert invitation.revoked_at is None


def test_revoking_by_the_api(cast: Cast) -> None:
    invitation, key = actions.create_invitation(actor=cast.facilitator, group=cast.group)

    response = api(cast.facilitator).post(path(cast.group,
                                               f"invitations/{invitation.pk}/revoke/"))

    assert response.status_code == 200
    assert response.json()["revoked_at"] and response.json()["usable"] is False
    accepted = api(UserFactory()).post("/api/v1/invitations/accept/",
                                       {"key": key, "accept_rules": True},
                                       content_type="application/json")
    assert accepted.status_code == 410


# What the API describes --------------------------------------------------------------------


def test_the_openapi_description_includes_membership() -> None:
    schema = Client().get("/api/schema/", HTTP_ACCEPT="application/json").json()

    paths = schema["paths"]
    assert set(paths["/api/v1/groups/{slug}/membership/"]) >= {"get", "post", "patch",
                                                               "delete"}
    for path_name in ("/api/v1/groups/{slug}/members/",
                      "/api/v1/groups/{slug}/members/{membership_id}/decision/",
                      "/api/v1/groups/{slug}/members/{membership_id}/role/",
                      "/api/v1/groups/{slug}/invitations/",
                      "/api/v1/groups/{slug}/invitations/{invitation_id}/revoke/",
                      "/api/v1/invitations/accept/"):
        assert path_name in paths
    joining = paths["/api/v1/groups/{slug}/membership/"]["post"]
    assert {"tokenAuth": []} in joining["security"]
    assert {"201", "400", "403", "404", "429"} <= set(joining["responses"])


# A group that changes its visibility -------------------------------------------------------


def test_after_a_group_turns_secret_the_api_serves_it_to_members_only(
    people: People,  # noqa: F811
) -> None:
    group = set_visibility(people.group, "private")
    assert api(people.pending).get(path(group)).status_code == 200

    set_visibility(group, "secret")

    assert api(people.pending).get(path(group)).status_code == 404
    assert api(people.removed).get(path(group)).status_code == 404
    assert api(people.cast.other_member).get(path(group, "members/")).status_code == 404
    assert api(UserFactory()).get(f"/api/v1/groups/{group.slug}/").status_code == 404
    assert api(people.cast.member).get(path(group, "members/")).status_code == 200
