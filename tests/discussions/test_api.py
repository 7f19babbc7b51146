"""The discussion API: the same rules and actions as the pages, through a personal token."""

import datetime
import json

import pytest
from django.test import Client
from django.utils import timezone

from mutual.accounts.models import User
from mutual.discussions.models import Milestone, Post, Thanks, Thread
from mutual.groups.models import Group
from tests.conftest import Cast, client_for
from tests.discussions.conftest import SIDES
from tests.discussions.helpers import start, write
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def token_client(user: User) -> Client:
    from mutual.accounts.actions import create_token

    _token, key = create_token(user=user, name="tests")
    return Client(HTTP_AUTHORIZATION=f"Token {key}")


def send(client: Client, method: str, url: str, data: dict | None = None) -> object:
    return getattr(client, method)(url, json.dumps(data or {}),
                                   content_type="application/json")


def test_a_member_with_a_token_lists_starts_and_replies(cast: Cast) -> None:
    client = token_client(cast.member)
    slug = cast.group.slug

    created = send(client, "post", f"/api/v1/groups/{slug}/threads/",
                   {"title": "Evenings", "body": "What helps **you**?", "content_note": "loss"})
    assert created.status_code == 201
    thread = created.json()
    assert thread["title"] == "Evenings"
    assert thread["opening_post"]["body_html"] == "<p>What helps <strong>you</strong>?</p>\n"
    assert thread["opening_post"]["content_note"] == "loss"
    assert thread["opening_post"]["status"] == "visible"
    assert thread["opening_post"]["crisis_help"] is None

    replied = send(token_client(cast.facilitator), "post",
                   f"/api/v1/threads/{thread['id']}/posts/", {"body": "A walk."})
    assert replied.status_code == 201

    listing = client.get(f"/api/v1/groups/{slug}/threads/").json()
    assert listing["count"] == 1
    assert listing["results"][0]["reply_count"] == 1
    posts = client.get(f"/api/v1/threads/{thread['id']}/posts/").json()["results"]
    assert [post["body"] for post in posts] == ["What helps **you**?", "A walk."]
    assert posts[0]["mine"] is True and posts[1]["mine"] is False
    assert posts[1]["author"] == cast.facilitator.memberships.get().display_name


def test_the_api_never_says_who_wrote_an_anonymous_post(cast: Cast) -> None:
    Group.objects.filter(pk=cast.group.pk).update(allows_anonymous_posts=True)
    author = cast.member.memberships.get()
    created = send(client_for(cast.member), "post", f"/api/v1/groups/{cast.group.slug}/threads/",
                   {"title": "Unsaid", "body": "It was me.", "anonymous": True}).json()
    Thanks.objects.create(post=Post.objects.get(), user=cast.facilitator)

    for viewer in (cast.facilitator, MembershipFactory(group=cast.group).user):
        client = client_for(viewer)
        bodies = [
            client.get(f"/api/v1/groups/{cast.group.slug}/threads/").content.decode(),
            client.get(f"/api/v1/threads/{created['id']}/").content.decode(),
            client.get(f"/api/v1/threads/{created['id']}/posts/").content.decode(),
            client.get(f"/api/v1/groups/{cast.group.slug}/threads/?q=me").content.decode(),
        ]
        for body in bodies:
            assert author.display_name not in body
            assert '"author_id"' not in body and str(cast.member.email) not in body
        assert json.loads(bodies[2])["results"][0]["author"] == "a member"
        assert json.loads(bodies[0])["results"][0]["started_by"] == "a member"


def test_a_crisis_post_comes_back_held_with_crisis_lines_for_its_author(cast: Cast) -> None:
    response = send(token_client(cast.member), "post",
                    f"/api/v1/groups/{cast.group.slug}/threads/",
                    {"title": "Tonight", "body": "I want to end my life."})

    post = response.json()["opening_post"]
    assert response.status_code == 201
    assert post["status"] == "held"
    assert post["status_reason"].startswith("Thank you for telling us how you feel.")
    assert post["crisis_help"]["lines"]
    assert post["crisis_help"]["emergency"]
    other = client_for(MembershipFactory(group=cast.group).user)
    assert other.get(f"/api/v1/threads/{response.json()['id']}/").status_code == 404
    assert other.get(f"/api/v1/groups/{cast.group.slug}/threads/").json()["count"] == 0
    seen = client_for(cast.facilitator).get(
        f"/api/v1/threads/{response.json()['id']}/").json()["opening_post"]
    assert seen["status"] == "held" and seen["crisis_help"] is None


def test_errors_have_one_shape_and_rate_limits_are_429(cast: Cast) -> None:
    thread = start(cast.group, cast.facilitator)
    client = client_for(cast.member)
    url = f"/api/v1/threads/{thread.pk}/posts/"

    links = send(client, "post", url, {"body": "https://a.example https://b.example"})
    assert links.status_code == 400
    assert links.json()["error"]["fields"]["body"][0].startswith("New accounts can include")
    for n in range(5):
        assert send(client, "post", url, {"body": f"Reply {n}"}).status_code == 201
    limited = send(client, "post", url, {"body": "Once more"})
    assert limited.status_code == 429
    assert "You have posted 5 times" in limited.json()["error"]["message"]


def test_polling_after_a_post_returns_only_newer_ones(cast: Cast) -> None:
    thread = start(cast.group, cast.member)
    seen = write(thread, cast.facilitator, "Seen")
    write(thread, cast.facilitator, "New")

    response = client_for(cast.member).get(
        f"/api/v1/threads/{thread.pk}/posts/?after={seen.pk}").json()

    assert [post["body"] for post in response["results"]] == ["New"]


def test_search_through_the_api(cast: Cast) -> None:
    start(cast.group, cast.member, title="Evenings", body="Cooking for one is the hardest.")
    start(cast.group, cast.member, title="Mornings", body="Coffee.")

    found = client_for(cast.member).get(
        f"/api/v1/groups/{cast.group.slug}/threads/?q=COOKING").json()["results"]

    assert [thread["title"] for thread in found] == ["Evenings"]
    assert found[0]["snippet"] == "Cooking for one is the hardest."


def test_editing_and_deleting_through_the_api(cast: Cast) -> None:
    thread = start(cast.group, cast.member)
    post = thread.posts.get()
    client = client_for(cast.member)

    changed = send(client, "patch", f"/api/v1/posts/{post.pk}/", {"body": "Better words"})
    assert changed.status_code == 200
    assert changed.json()["edited_at"] is not None
    assert changed.json()["body_html"] == "<p>Better words</p>\n"

    assert send(client_for(cast.facilitator), "patch", f"/api/v1/posts/{post.pk}/",
                {"body": "Mine now"}).status_code == 403
    assert client_for(cast.facilitator).delete(f"/api/v1/posts/{post.pk}/").status_code == 403
    Post.objects.filter(pk=post.pk).update(
        created_at=timezone.now() - datetime.timedelta(hours=1))
    assert send(client, "patch", f"/api/v1/posts/{post.pk}/",
                {"body": "Too late"}).status_code == 403

    assert client.delete(f"/api/v1/posts/{post.pk}/").status_code == 204
    shown = client_for(cast.facilitator).get(f"/api/v1/threads/{thread.pk}/posts/").json()
    assert shown["results"][0]["status"] == "deleted"
    assert shown["results"][0]["body"] == ""


def test_thanks_through_the_api_and_who_sees_them(cast: Cast) -> None:
    post = start(cast.group, cast.member).posts.get()
    client = client_for(cast.facilitator)

    assert client.post(f"/api/v1/posts/{post.pk}/thanks/").status_code == 201
    assert client_for(cast.member).post(f"/api/v1/posts/{post.pk}/thanks/").status_code == 400

    author_view = client_for(cast.member).get(
        f"/api/v1/threads/{post.thread_id}/posts/").json()["results"][0]
    thanker_view = client.get(f"/api/v1/threads/{post.thread_id}/posts/").json()["results"][0]
    assert author_view["thanked_by"] == [cast.facilitator.memberships.get().display_name]
    assert thanker_view["thanked"] is True and thanker_view["thanked_by"] == []
    assert "count" not in json.dumps(thanker_view)

    assert client.delete(f"/api/v1/posts/{post.pk}/thanks/").status_code == 204
    assert not Thanks.objects.exists()


def test_milestones_through_the_api(cast: Cast) -> None:
    client = client_for(cast.member)
    url = f"/api/v1/groups/{cast.group.slug}/milestones/"
    week_ago = (timezone.localdate() - datetime.timedelta(days=7)).isoformat()
    friend = MembershipFactory(group=cast.group, display_name="Sam's mum").user
    from tests.discussions.test_recognition import marked

    marked(cast.group, friend, "days_since", days_ago=30)
    created = send(client, "post", url, {"kind": "days_since", "label": "sober",
                                         "date": week_ago, "shared": False})
    assert created.status_code == 201

    listed = client.get(url).json()
    assert [m["label"] for m in listed["mine"]] == ["sober"]
    assert listed["today"] == [{"name": "Sam's mum", "kind": "days_since",
                                "label": "since my last drink", "span": "30 days"}]

    milestone = created.json()["id"]
    assert send(client, "patch", f"/api/v1/milestones/{milestone}/",
                {"shared": True}).json()["shared"] is True
    future = (timezone.localdate() + datetime.timedelta(days=7)).isoformat()
    refused = send(client, "patch", f"/api/v1/milestones/{milestone}/", {"date": future})
    assert refused.status_code == 400
    assert client_for(friend).delete(f"/api/v1/milestones/{milestone}/").status_code == 404
    assert client.delete(f"/api/v1/milestones/{milestone}/").status_code == 204
    assert not Milestone.objects.filter(user=cast.member).exists()


@pytest.mark.parametrize("side", SIDES)
def test_starting_a_thread_through_the_api_from_each_side(
    cast: Cast, everyone: dict[str, User | None], side: str
) -> None:
    response = send(client_for(everyone[side]), "post",
                    f"/api/v1/groups/{cast.group.slug}/threads/", {"title": "Hi", "body": "Hi"})

    expected = {"member": 201, "facilitator": 201, "muted": 403, "moderator": 403}
    assert response.status_code == expected.get(side, 404)
    assert Thread.objects.exists() is (response.status_code == 201)


def test_the_api_is_described(client: Client) -> None:
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()

    assert {
        "/api/v1/groups/{slug}/threads/", "/api/v1/threads/{thread_id}/",
        "/api/v1/threads/{thread_id}/posts/", "/api/v1/posts/{post_id}/",
        "/api/v1/posts/{post_id}/thanks/", "/api/v1/groups/{slug}/milestones/",
        "/api/v1/milestones/{milestone_id}/",
    } <= set(schema["paths"])
    posts = schema["paths"]["/api/v1/threads/{thread_id}/posts/"]
    assert {"get", "post"} <= set(posts)
    assert "after" in {parameter["name"] for parameter in posts["get"]["parameters"]}
