"""Issue 4's privacy matrix: every page and endpoint of a group's peer space, tried from each
side, by guessing ids, and after the group's visibility changes."""

import datetime
from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from mutual.accounts.models import User
from mutual.discussions import actions as discussions
from mutual.discussions.models import Post, Thread
from mutual.groups.actions import update_group
from mutual.groups.models import Group, Membership
from mutual.meetings.models import Meeting
from mutual.moderation.models import ModerationAction
from tests.conftest import client_for
from tests.factories import (
    GroupFactory,
    MeetingFactory,
    MembershipFactory,
    ModeratorFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

SIDES = [
    "anonymous", "other_member", "pending", "removed", "staff",
    "member", "muted", "facilitator", "moderator",
]
READERS = {"member", "muted", "facilitator", "moderator"}
MODERATORS = {"facilitator", "moderator"}
SECRET = "lighthousekeeper"  # a word only the group's conversation holds
HELD = "nobody would miss me if I ended my life tonight"
STREET = "27 Lantern Row"
TITLE = "Our first year"


@dataclass
class Space:
    group: Group
    thread: Thread
    reply: Post
    held: Post
    other_thread: Thread
    other_post: Post
    people: dict[str, User | None]

    def client(self, side: str) -> Client:
        return client_for(self.people[side])


@pytest.fixture
def space(django_capture_on_commit_callbacks: object) -> Space:
    group = GroupFactory(visibility=Group.Visibility.PRIVATE, address_for_members_only=True)
    group.place.street = STREET
    group.place.save()
    other_group = GroupFactory()

    def joined(name: str, **fields: object) -> User:
        return MembershipFactory(group=group, display_name=name, **fields).user

    member = joined("Sam's mum")
    muted = joined("Quiet Heron", muted_until=timezone.now() + datetime.timedelta(days=7))
    pending = joined("Waiting Willow", status=Membership.Status.PENDING)
    removed = joined("Gone Cedar", status=Membership.Status.REMOVED)
    facilitator = joined("River", role=Membership.Role.FACILITATOR)
    other_member = MembershipFactory(group=other_group, display_name="Elsewhere").user
    moderator = ModeratorFactory()
    staff = UserFactory(is_staff=True)
    for user in (member, facilitator, other_member):
        User.objects.filter(pk=user.pk).update(
            date_joined=timezone.now() - datetime.timedelta(days=30))
        user.refresh_from_db()

    thread = discussions.start_thread(actor=member, group=group, title=TITLE,
                                      body=f"Does anyone else keep the {SECRET}'s hours?")
    reply = discussions.reply(actor=facilitator, thread=thread, body="Yes, every night.")
    held = discussions.reply(actor=member, thread=thread, body=HELD)
    assert held.status == "held"
    other_thread = discussions.start_thread(actor=other_member, group=other_group,
                                            title="Elsewhere", body="Another group's talk.")
    other_post = other_thread.posts.get()
    people = {
        "anonymous": None, "other_member": other_member, "pending": pending,
        "removed": removed, "staff": staff, "member": member, "muted": muted,
        "facilitator": facilitator, "moderator": moderator,
    }
    return Space(group, thread, reply, held, other_thread, other_post, people)


def _pages(space: Space) -> dict[str, str]:
    slug, thread = space.group.slug, space.thread.pk
    return {
        "thread list": reverse("thread-list", args=[slug]),
        "search": reverse("thread-list", args=[slug]) + f"?q={SECRET}",
        "thread": reverse("thread-detail", args=[slug, thread]),
        "new posts": reverse("thread-posts", args=[slug, thread]) + "?after=0",
        "api threads": f"/api/v1/groups/{slug}/threads/",
        "api search": f"/api/v1/groups/{slug}/threads/?q={SECRET}",
        "api thread": f"/api/v1/threads/{thread}/",
        "api posts": f"/api/v1/threads/{thread}/posts/",
    }


def _not_served(response: object, side: str) -> bool:
    # The anonymous visitor may be sent to sign in; anyone signed in is told nothing exists.
    allowed = {302, 401, 403, 404} if side == "anonymous" else {404}
    return response.status_code in allowed  # type: ignore[attr-defined]


@pytest.mark.parametrize("side", SIDES)
def test_the_conversation_is_served_only_to_those_who_may_read_it(space: Space,
                                                                  side: str) -> None:
    client = space.client(side)
    for what, url in _pages(space).items():
        response = client.get(url)
        # What only the conversation holds: its title in lists and search results (a page
        # may echo the searched word back), the words of its posts elsewhere.
        held = TITLE if what in ("thread list", "search", "api threads", "api search") else SECRET
        if side in READERS:
            assert response.status_code == 200, (what, response.status_code)
            if what != "new posts":
                assert held.encode() in response.content, what
        else:
            assert _not_served(response, side), (what, response.status_code)
            assert held.encode() not in response.content, what


@pytest.mark.parametrize("side", SIDES)
def test_the_member_list(space: Space, side: str) -> None:
    for url in (reverse("group-members", args=[space.group.slug]),
                f"/api/v1/groups/{space.group.slug}/members/"):
        response = space.client(side).get(url)
        if side in READERS:
            assert response.status_code == 200
            assert b"Sam&#x27;s mum" in response.content or b"Sam's mum" in response.content
            assert space.people["member"].email.encode() not in response.content
            if url.startswith("/api/"):  # the API lists requests when asked: ?status=pending
                assert b"Waiting Willow" not in response.content
            else:
                assert (b"Waiting Willow" in response.content) == (side == "facilitator")
        else:
            assert _not_served(response, side), (url, response.status_code)
            assert b"Sam" not in response.content


@pytest.mark.parametrize("side", SIDES)
def test_a_held_post_is_read_by_its_author_and_those_who_can_release_it(
    space: Space, side: str
) -> None:
    url = reverse("thread-detail", args=[space.group.slug, space.thread.pk])
    response = space.client(side).get(url)
    sees = side in {"member", "facilitator", "moderator"}
    assert (HELD.encode() in response.content) is sees
    api = space.client(side).get(f"/api/v1/threads/{space.thread.pk}/posts/")
    assert (HELD.encode() in api.content) is sees


@pytest.mark.parametrize("side", SIDES)
def test_the_moderation_queue(space: Space, side: str) -> None:
    response = space.client(side).get(reverse("group-moderation", args=[space.group.slug]))
    if side in MODERATORS:
        assert response.status_code == 200
        assert HELD.encode() in response.content
    else:
        assert _not_served(response, side) or response.status_code == 403
        assert HELD.encode() not in response.content


@pytest.mark.parametrize("side", SIDES)
def test_the_exact_address(space: Space, side: str) -> None:
    response = space.client(side).get(space.group.get_absolute_url())
    assert response.status_code == 200
    sees = side in {"member", "muted", "facilitator", "staff"}
    assert (STREET.encode() in response.content) is sees


@pytest.mark.parametrize("side", ["member", "facilitator", "moderator"])
def test_guessing_ids_from_another_group_finds_nothing(space: Space, side: str) -> None:
    client = space.client(side)
    slug, elsewhere = space.group.slug, space.other_thread.pk
    guessed = [
        reverse("thread-detail", args=[slug, elsewhere]),
        reverse("thread-posts", args=[slug, elsewhere]) + "?after=0",
    ]
    if side != "moderator":  # the platform's moderators may read every group
        guessed.append(f"/api/v1/threads/{elsewhere}/")
        guessed.append(f"/api/v1/threads/{elsewhere}/posts/")
    for url in guessed:
        response = client.get(url)
        assert response.status_code == 404, url
        assert b"Another group" not in response.content
    before = Post.objects.count()
    assert client.post(reverse("thread-reply", args=[slug, elsewhere]),
                       {"body": "Hello"}).status_code == 404
    assert client.post(reverse("post-thank", args=[slug, space.other_post.pk])).status_code == 404
    assert Post.objects.count() == before
    assert not space.other_post.thanks.exists()


@pytest.mark.parametrize("side", ["pending", "removed", "other_member", "staff"])
def test_those_who_cannot_read_cannot_write_either(space: Space, side: str) -> None:
    client = space.client(side)
    slug, thread = space.group.slug, space.thread.pk
    before = Post.objects.count()
    client.post(reverse("thread-reply", args=[slug, thread]), {"body": "Hello"})
    client.post(reverse("thread-create", args=[slug]), {"title": "Hi", "body": "Hello"})
    client.post(f"/api/v1/threads/{thread}/posts/", {"body": "Hello"})
    client.post(reverse("post-thank", args=[slug, space.reply.pk]))
    assert Post.objects.count() == before
    assert not space.reply.thanks.exists()


def test_a_muted_member_reads_but_cannot_post(space: Space) -> None:
    client = space.client("muted")
    slug, thread = space.group.slug, space.thread.pk
    before = Post.objects.count()
    response = client.post(reverse("thread-reply", args=[slug, thread]), {"body": "Let me in"})
    assert response.status_code in (400, 403)
    assert "Let me in" in response.content.decode()  # what they typed is kept
    assert client.post(f"/api/v1/threads/{thread}/posts/", {"body": "Hi"}).status_code == 403
    assert Post.objects.count() == before


def test_a_public_groups_meetings_leave_the_public_feed_when_it_turns_private(
    django_capture_on_commit_callbacks: object,
) -> None:
    facilitator = UserFactory()
    group = GroupFactory(visibility=Group.Visibility.PUBLIC)
    MembershipFactory(group=group, user=facilitator, role=Membership.Role.FACILITATOR)
    meeting: Meeting = MeetingFactory(group=group)
    feed = Client().get("/feeds/meeting-guide.json")
    assert meeting.pk and str(group.name) in feed.content.decode()
    update_group(actor=facilitator, group=group, data={"visibility": Group.Visibility.PRIVATE})
    again = Client().get("/feeds/meeting-guide.json",
                         HTTP_IF_NONE_MATCH=feed.get("ETag", ""))
    assert again.status_code == 200
    assert str(group.name) not in again.content.decode()


def test_when_a_group_turns_secret_nothing_of_it_is_served_to_outsiders(
    space: Space,
) -> None:
    facilitator = space.people["facilitator"]
    update_group(actor=facilitator, group=space.group,
                 data={"visibility": Group.Visibility.SECRET})
    outsider = space.client("other_member")
    for url in (space.group.get_absolute_url(), f"/api/v1/groups/{space.group.slug}/",
                reverse("group-join", args=[space.group.slug]), *_pages(space).values()):
        response = outsider.get(url)
        assert response.status_code == 404, url
        assert space.group.name.encode() not in response.content
    assert space.client("member").get(_pages(space)["thread"]).status_code == 200


def test_every_moderation_decision_is_shown_to_the_member_it_affects(space: Space) -> None:
    from mutual.moderation.actions import hide_post

    rude = discussions.reply(actor=space.people["member"], thread=space.thread,
                             body="That is a stupid thing to say.")
    hide_post(actor=space.people["facilitator"], post=rude, reason="Please speak kindly here.")
    response = space.client("member").get(reverse("moderation-decisions"))
    assert response.status_code == 200
    assert b"Please speak kindly here." in response.content
    assert ModerationAction.objects.filter(subject=space.people["member"], kind="hide").exists()
    assert b"Please speak kindly here." not in space.client("muted").get(
        reverse("moderation-decisions")).content
