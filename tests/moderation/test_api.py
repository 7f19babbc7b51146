"""The moderation API, with personal tokens: the same rules as the pages."""

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client

from mutual.accounts.actions import create_token
from mutual.discussions import actions as discussions
from mutual.discussions.models import Visibility
from mutual.groups.models import Membership
from mutual.moderation import actions
from mutual.moderation.models import Appeal, ModerationAction, Report
from mutual.notifications.models import Notification
from tests.discussions.helpers import write
from tests.moderation.conftest import MAY_MODERATE, SIDES, People

pytestmark = pytest.mark.django_db


class Api:
    """Requests signed with a person's token (or none, for the anonymous side)."""

    def __init__(self, user: Any) -> None:
        self.client = Client()
        self.headers = {}
        if user is not None:
            _, key = create_token(user=user, name="script")
            self.headers = {"HTTP_AUTHORIZATION": f"Token {key}"}

    def get(self, url: str) -> Any:
        return self.client.get(url, **self.headers)

    def post(self, url: str, data: dict) -> Any:
        return self.client.post(url, data, content_type="application/json", **self.headers)


def api(people: People, side: str) -> Api:
    return Api(people.user(side))


def membership_id(people: People, user: Any = None) -> int:
    return Membership.objects.get(group=people.group, user=user or people.writer).pk


def queue_url(people: People) -> str:
    return f"/api/v1/groups/{people.group.slug}/moderation/queue/"


def post_url(people: People, post: Any = None) -> str:
    return f"/api/v1/posts/{(post or people.post).pk}/moderation/"


def member_url(people: People, user: Any = None) -> str:
    return (f"/api/v1/groups/{people.group.slug}/members/{membership_id(people, user)}"
            "/moderation/")


def test_a_member_reports_a_post_and_the_facilitators_are_told(people: People) -> None:
    response = api(people, "member").post("/api/v1/reports/", {
        "group": people.group.slug, "post": people.post.pk, "reason": "harassment",
        "text": "Third time tonight"})
    assert response.status_code == 201
    body = response.json()
    assert body["reason"] == "harassment" and body["post"] == people.post.pk
    assert body["message"] == "Thank you. A facilitator will look at this."
    assert Report.objects.get().reporter == people.cast.member
    assert Notification.objects.filter(recipient=people.cast.facilitator, kind="report").exists()


def test_a_member_is_reported_by_membership(people: People) -> None:
    response = api(people, "member").post("/api/v1/reports/", {
        "group": people.group.slug, "member": membership_id(people), "reason": "crisis"})
    assert response.status_code == 201
    assert response.json()["escalated"] is True
    assert Report.objects.get().subject == people.writer


@pytest.mark.parametrize("side", ["anonymous", "other_member", "pending", "removed", "staff"])
def test_who_cannot_read_the_group_cannot_report_in_it(people: People, side: str) -> None:
    response = api(people, side).post("/api/v1/reports/", {
        "group": people.group.slug, "post": people.post.pk, "reason": "spam"})
    assert response.status_code == (401 if side == "anonymous" else 404)
    assert "error" in response.json()
    assert not Report.objects.exists()


def test_report_errors_have_one_shape(people: People) -> None:
    client = api(people, "member")
    both = client.post("/api/v1/reports/", {"group": people.group.slug, "post": people.post.pk,
                                            "member": membership_id(people), "reason": "spam"})
    assert both.status_code == 400
    assert both.json()["error"]["code"] == "invalid"
    assert "post" in both.json()["error"]["fields"]
    hidden = write(people.thread, people.writer, body="gone", status=Visibility.HIDDEN)
    assert client.post("/api/v1/reports/", {"group": people.group.slug, "post": hidden.pk,
                                            "reason": "spam"}).status_code == 404
    for _ in range(5):
        client.post("/api/v1/reports/", {"group": people.group.slug, "post": people.post.pk,
                                         "reason": "spam"})
    limited = client.post("/api/v1/reports/", {"group": people.group.slug,
                                               "post": people.post.pk, "reason": "spam"})
    assert limited.status_code == 429
    assert "many reports in the last hour" in limited.json()["error"]["message"]


@pytest.mark.parametrize("side", SIDES)
def test_the_group_queue_is_for_facilitators_and_moderators(people: People, side: str) -> None:
    response = api(people, side).get(queue_url(people))
    assert response.status_code == (200 if side in MAY_MODERATE else 404)


def test_the_group_queue_keeps_anonymous_authors_unnamed_for_facilitators(
        people: People) -> None:
    people.group.allows_anonymous_posts = True
    people.group.save()
    secret = write(people.thread, people.writer, body="Give up, all of you.", anonymous=True)
    actions.file_report(actor=people.cast.member, group=people.group, reason="harassment",
                        post=secret)
    actions.mute_member(actor=people.cast.facilitator, group=people.group, user=people.writer,
                        days=7, reason="Harassment", post=secret)
    queue = api(people, "facilitator").get(queue_url(people)).json()
    assert "Sharp Tongue" not in str(queue)
    [report] = queue["reports"]
    assert report["subject"] == "a member" and report["reporter"] == "a member"
    assert report["member"] is None and report["excerpt"] == "Give up, all of you."
    muted = next(row for row in queue["muted"] if row["post"] == secret.pk)
    assert muted["member"] is None and muted["name"] == "a member"
    moderator_view = api(people, "moderator").get(queue_url(people)).json()
    assert moderator_view["reports"][0]["subject"] == "Sharp Tongue"


@pytest.mark.parametrize("side", SIDES)
def test_the_platform_queue_is_for_moderators(people: People, side: str) -> None:
    hold = discussions.reply(actor=people.writer, thread=people.thread,
                             body="I want to end my life.")
    response = api(people, side).get("/api/v1/moderation/queue/")
    if side == "moderator":
        assert [post["id"] for post in response.json()["holds"]] == [hold.pk]
        assert response.json()["holds"][0]["group"] == people.group.slug
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("side", sorted(set(SIDES) - MAY_MODERATE - {"anonymous"}))
def test_nobody_else_decides_about_posts_or_members(people: People, side: str) -> None:
    client = api(people, side)
    assert client.post(post_url(people), {"action": "hide",
                                          "reason": "Rude"}).status_code == 404
    assert client.post(member_url(people), {"action": "mute", "days": 7,
                                            "reason": "Rude"}).status_code == 404
    assert not ModerationAction.objects.exists()


def test_a_facilitator_hides_a_post_with_a_reason(people: People) -> None:
    client = api(people, "facilitator")
    missing = client.post(post_url(people), {"action": "hide"})
    assert missing.status_code == 400
    assert missing.json()["error"]["fields"]["reason"] == [
        "Please give a reason: the member will read it."]
    response = client.post(post_url(people), {"action": "hide", "reason": "Name-calling"})
    assert response.status_code == 201
    assert response.json()["kind"] == "hide"
    people.post.refresh_from_db()
    assert (people.post.status, people.post.status_reason) == (Visibility.HIDDEN, "Name-calling")


def test_method_detail_removal_uses_the_standard_reason(people: People) -> None:
    response = api(people, "moderator").post(post_url(people), {"action": "remove",
                                                                "method_detail": True})
    assert response.status_code == 201
    assert response.json()["reason"] == str(actions.METHOD_DETAIL_REASON)


def test_only_moderators_release_crisis_holds(people: People) -> None:
    hold = discussions.reply(actor=people.writer, thread=people.thread,
                             body="I want to end my life.")
    refused = api(people, "facilitator").post(post_url(people, hold), {"action": "release"})
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "permission_denied"
    assert api(people, "moderator").post(post_url(people, hold),
                                         {"action": "release"}).status_code == 201
    hold.refresh_from_db()
    assert hold.status == Visibility.VISIBLE


def test_a_mute_for_a_week_stops_posting(people: People) -> None:
    response = api(people, "facilitator").post(member_url(people), {
        "action": "mute", "days": 7, "reason": "After a warning"})
    assert response.status_code == 201
    assert response.json()["until"]
    with pytest.raises(PermissionDenied):
        discussions.reply(actor=people.writer, thread=people.thread, body="Hello?")
    bad = api(people, "facilitator").post(member_url(people), {"action": "mute", "days": 400,
                                                              "reason": "x"})
    assert bad.status_code == 400 and "days" in bad.json()["error"]["fields"]


def test_the_author_of_an_anonymous_post_is_muted_through_the_post(people: People) -> None:
    people.group.allows_anonymous_posts = True
    people.group.save()
    secret = write(people.thread, people.writer, body="Give up.", anonymous=True)
    response = api(people, "facilitator").post(post_url(people, secret), {
        "action": "mute_author", "days": 3, "reason": "Telling people to give up"})
    assert response.status_code == 201
    assert "Sharp Tongue" not in response.content.decode()
    assert Membership.objects.get(group=people.group, user=people.writer).is_muted()


def test_my_decisions_and_an_appeal(people: People) -> None:
    decision = actions.hide_post(actor=people.cast.facilitator, post=people.post,
                                 reason="Name-calling")
    client = api(people, "writer")
    [mine] = client.get("/api/v1/moderation/decisions/").json()["results"]
    assert (mine["id"], mine["kind"], mine["reason"], mine["group"]) == (
        decision.pk, "hide", "Name-calling", people.group.slug)
    assert mine["appealable"] is True and mine["appeal"] is None
    assert api(people, "member").get("/api/v1/moderation/decisions/").json()["count"] == 0

    url = f"/api/v1/moderation/decisions/{decision.pk}/appeal/"
    assert api(people, "member").post(url, {"text": "Not mine"}).status_code == 404
    response = client.post(url, {"text": "I was quoting."})
    assert response.status_code == 201
    assert response.json()["status"] == "open"
    again = client.post(url, {"text": "Again"})
    assert again.status_code == 400
    assert Appeal.objects.count() == 1
    [mine] = client.get("/api/v1/moderation/decisions/").json()["results"]
    assert mine["appealable"] is False and mine["appeal"]["text"] == "I was quoting."


def test_the_endpoints_are_described(db: None) -> None:
    schema = Client().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    assert {
        "/api/v1/reports/", "/api/v1/groups/{slug}/moderation/queue/",
        "/api/v1/moderation/queue/", "/api/v1/posts/{post_id}/moderation/",
        "/api/v1/groups/{slug}/members/{membership_id}/moderation/",
        "/api/v1/moderation/decisions/", "/api/v1/moderation/decisions/{action_id}/appeal/",
    } <= set(schema["paths"])
