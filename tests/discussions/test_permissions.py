"""Nobody outside a group reads its conversations, by page, by API or by guessing ids."""

import pytest
from django.urls import reverse

from mutual.accounts.models import User
from mutual.discussions.models import Post, Thanks, Thread
from tests.conftest import Cast, client_for
from tests.discussions.conftest import OUTSIDERS, READERS, SIDES
from tests.discussions.helpers import start, write

pytestmark = pytest.mark.django_db

SECRET = "The thing I have never told anyone"


def pages(thread: Thread) -> dict[str, str]:
    slug = thread.group.slug
    return {
        "list": reverse("thread-list", args=[slug]),
        "search": reverse("thread-list", args=[slug]) + "?q=never",
        "detail": reverse("thread-detail", args=[slug, thread.pk]),
        "poll": reverse("thread-posts", args=[slug, thread.pk]) + "?after=0",
        "api-list": f"/api/v1/groups/{slug}/threads/",
        "api-search": f"/api/v1/groups/{slug}/threads/?q=never",
        "api-thread": f"/api/v1/threads/{thread.pk}/",
        "api-posts": f"/api/v1/threads/{thread.pk}/posts/",
        "api-milestones": f"/api/v1/groups/{slug}/milestones/",
    }


@pytest.mark.parametrize("side", SIDES)
def test_only_readers_see_threads_posts_search_and_milestones(
    cast: Cast, everyone: dict[str, User | None], side: str
) -> None:
    thread = start(cast.group, cast.member, title=SECRET, body=SECRET)
    client = client_for(everyone[side])

    for name, url in pages(thread).items():
        response = client.get(url)
        if side in READERS:
            assert response.status_code == 200, name
            assert SECRET in response.content.decode() or name == "api-milestones", name
        else:
            assert response.status_code == 404, name
            assert SECRET not in response.content.decode(), name


@pytest.mark.parametrize("side, expected", [
    ("member", 200), ("facilitator", 200), ("muted", 403), ("moderator", 403),
    *[(side, 404) for side in OUTSIDERS],
])
def test_who_may_open_the_new_thread_form(
    cast: Cast, everyone: dict[str, User | None], side: str, expected: int
) -> None:
    response = client_for(everyone[side]).get(reverse("thread-create", args=[cast.group.slug]))

    assert response.status_code == expected
    if side == "muted":
        assert "paused your posting" in response.content.decode()


@pytest.mark.parametrize("side, expected", [
    ("member", 200), ("facilitator", 200), ("muted", 200), ("moderator", 403),
    *[(side, 404) for side in OUTSIDERS],
])
def test_who_has_milestones_in_the_group(
    cast: Cast, everyone: dict[str, User | None], side: str, expected: int
) -> None:
    response = client_for(everyone[side]).get(
        reverse("group-milestones", args=[cast.group.slug]))

    assert response.status_code == expected


@pytest.mark.parametrize("side", OUTSIDERS)
def test_outsiders_cannot_write_thank_or_pin_either(
    cast: Cast, everyone: dict[str, User | None], side: str
) -> None:
    thread = start(cast.group, cast.member)
    post = thread.posts.get()
    slug = cast.group.slug
    client = client_for(everyone[side])

    attempts = [
        (reverse("thread-create", args=[slug]), {"title": "Hello", "body": "Hi"}),
        (reverse("thread-reply", args=[slug, thread.pk]), {"body": "Hi"}),
        (reverse("thread-pin", args=[slug, thread.pk]), {}),
        (reverse("post-thank", args=[slug, post.pk]), {}),
        (reverse("post-edit", args=[slug, post.pk]), {"body": "Changed"}),
        (reverse("post-delete", args=[slug, post.pk]), {}),
        (f"/api/v1/groups/{slug}/threads/", {"title": "Hello", "body": "Hi"}),
        (f"/api/v1/threads/{thread.pk}/posts/", {"body": "Hi"}),
        (f"/api/v1/posts/{post.pk}/thanks/", {}),
    ]
    for url, data in attempts:
        assert client.post(url, data).status_code == 404, url
    assert client.patch(f"/api/v1/posts/{post.pk}/", {"body": "Changed"},
                        content_type="application/json").status_code == 404
    assert client.delete(f"/api/v1/posts/{post.pk}/").status_code == 404

    assert Thread.objects.count() == 1
    assert Post.objects.get().body == post.body
    assert not Thanks.objects.exists()
    assert not Thread.objects.get().pinned


def test_a_thread_or_post_of_another_group_is_not_found_under_this_groups_address(
    cast: Cast
) -> None:
    # The member of both groups may read each; the address must still name the right one.
    elsewhere = start(cast.other_group, cast.other_member, title=SECRET)
    post = elsewhere.posts.get()
    from tests.factories import MembershipFactory

    MembershipFactory(group=cast.other_group, user=cast.member)
    client = client_for(cast.member)
    slug = cast.group.slug

    for url in [
        reverse("thread-detail", args=[slug, elsewhere.pk]),
        reverse("thread-posts", args=[slug, elsewhere.pk]),
        reverse("post-edit", args=[slug, post.pk]),
        reverse("post-delete", args=[slug, post.pk]),
    ]:
        assert client.get(url).status_code == 404, url
    assert client.post(reverse("post-thank", args=[slug, post.pk])).status_code == 404
    assert client.post(reverse("thread-reply", args=[slug, elsewhere.pk]),
                       {"body": "Hi"}).status_code == 404
    assert client.get(reverse("thread-detail", args=[cast.other_group.slug, elsewhere.pk]
                              )).status_code == 200


def test_guessing_thread_post_and_milestone_ids_in_the_api_finds_nothing(cast: Cast) -> None:
    from mutual.discussions.models import Milestone

    elsewhere = start(cast.other_group, cast.other_member, title=SECRET)
    post = elsewhere.posts.get()
    theirs = Milestone.objects.create(group=cast.other_group, user=cast.other_member,
                                      kind="days_since", label="since", date="2026-01-01")
    client = client_for(cast.member)

    for url in [f"/api/v1/threads/{elsewhere.pk}/", f"/api/v1/threads/{elsewhere.pk}/posts/",
                f"/api/v1/threads/{elsewhere.pk + 100}/"]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.json()["error"]["code"] == "not_found"
    assert client.post(f"/api/v1/posts/{post.pk}/thanks/").status_code == 404
    assert client.patch(f"/api/v1/milestones/{theirs.pk}/", {"label": "mine now"},
                        content_type="application/json").status_code == 404
    assert client.delete(f"/api/v1/milestones/{theirs.pk}/").status_code == 404
    assert Milestone.objects.get().label == "since"


def test_after_leaving_or_removal_the_threads_are_gone(cast: Cast) -> None:
    from mutual.groups.models import Membership

    thread = start(cast.group, cast.facilitator, title=SECRET)
    client = client_for(cast.member)
    assert client.get(thread.get_absolute_url()).status_code == 200

    Membership.objects.filter(user=cast.member).update(status=Membership.Status.REMOVED)

    assert client.get(thread.get_absolute_url()).status_code == 404
    assert client.get(f"/api/v1/threads/{thread.pk}/").status_code == 404


@pytest.mark.parametrize("side, expected", [("member", 403), ("facilitator", 302),
                                            ("moderator", 302), ("muted", 403)])
def test_facilitators_and_moderators_pin_threads_and_members_cannot(
    cast: Cast, everyone: dict[str, User | None], side: str, expected: int
) -> None:
    thread = start(cast.group, cast.member)

    response = client_for(everyone[side]).post(
        reverse("thread-pin", args=[cast.group.slug, thread.pk]))

    assert response.status_code == expected
    thread.refresh_from_db()
    assert thread.pinned is (expected == 302)


def test_only_facilitators_and_moderators_see_the_moderate_link(
    cast: Cast, everyone: dict[str, User | None]
) -> None:
    thread = start(cast.group, cast.member)
    write(thread, cast.facilitator)
    moderate = reverse("post-moderate", args=[cast.group.slug, thread.posts.first().pk])

    for side in READERS:
        page = client_for(everyone[side]).get(thread.get_absolute_url()).content.decode()
        assert (moderate in page) is (side in ("facilitator", "moderator")), side
