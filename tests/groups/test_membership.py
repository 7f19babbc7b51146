"""Joining, waiting, being admitted or declined, leaving, roles and the member list, on the
pages, tried from every side of a group."""

import datetime
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from mutual.accounts.models import User
from mutual.groups import actions
from mutual.groups.models import Group, Membership
from mutual.moderation.actions import mute_member
from mutual.notifications.models import Notification
from tests.conftest import Cast, client_for
from tests.factories import GroupFactory, MembershipFactory, ModeratorFactory, UserFactory

pytestmark = pytest.mark.django_db

ALL_SIDES = ["anonymous", "member", "facilitator", "other_member", "staff", "pending",
             "removed", "muted", "moderator"]
# Active members and the platform's moderators read a group's member list; nobody else.
SEES_MEMBERS = {"member", "facilitator", "muted", "moderator"}
REQUEST_MESSAGE = "I lost my son in March and I do not know who to talk to."


@dataclass
class People:
    """The cast, plus someone waiting, someone removed, someone muted and a moderator."""

    cast: Cast
    pending: User
    removed: User
    muted: User
    moderator: User

    @property
    def group(self) -> Group:
        return self.cast.group

    def side(self, name: str) -> User | None:
        if name == "anonymous":
            return None
        return getattr(self, name, None) or getattr(self.cast, name)


@pytest.fixture
def people(cast: Cast) -> People:
    group = cast.group
    return People(
        cast=cast,
        pending=MembershipFactory(group=group, status=Membership.Status.PENDING,
                                  display_name="Waiting Wren",
                                  request_message=REQUEST_MESSAGE).user,
        removed=MembershipFactory(group=group, status=Membership.Status.REMOVED,
                                  display_name="Removed Rook").user,
        muted=MembershipFactory(group=group, display_name="Muted Magpie",
                                muted_until=timezone.now() + datetime.timedelta(days=7)).user,
        moderator=ModeratorFactory(),
    )


def set_visibility(group: Group, visibility: str) -> Group:
    Group.objects.filter(pk=group.pk).update(visibility=visibility)
    group.refresh_from_db()
    return group


def join_form(**fields: Any) -> dict[str, Any]:
    return {"display_name": "Sam's mum", "accept_rules": "on", **fields}


def url(name: str, group: Group, *args: int) -> str:
    return reverse(name, args=[group.slug, *args])


# Joining -----------------------------------------------------------------------------------


def test_the_join_page_shows_the_rules_and_suggests_a_pseudonym(cast: Cast) -> None:
    Group.objects.filter(pk=cast.group.pk).update(rules="What is said in the circle stays there.")
    newcomer = UserFactory()

    response = client_for(newcomer).get(url("group-join", cast.group))

    assert response.status_code == 200
    page = response.content.decode()
    assert "What is said in the circle stays there." in page
    assert 'name="accept_rules"' in page
    assert "This is how members will know you here; it need not be your name." in page
    suggested = response.context["form"].initial["display_name"]
    assert f'value="{suggested}"' in page
    assert 'name="message"' not in page  # a public group admits at once


def test_joining_a_public_group_makes_a_member_at_once(cast: Cast) -> None:
    newcomer = UserFactory()

    response = client_for(newcomer).post(url("group-join", cast.group), join_form(), follow=True)

    assert response.redirect_chain[-1][0] == cast.group.get_absolute_url()
    assert "You are a member of" in response.content.decode()
    membership = Membership.objects.get(group=cast.group, user=newcomer)
    assert membership.status == Membership.Status.ACTIVE
    assert membership.display_name == "Sam's mum"
    assert membership.rules_accepted_at is not None and membership.admitted_at is not None
    assert not Notification.objects.filter(kind="join_request").exists()


@pytest.mark.parametrize("visibility", ["private", "listed"])
def test_asking_to_join_waits_for_a_facilitator_who_is_told(cast: Cast, visibility: str) -> None:
    group = set_visibility(cast.group, visibility)
    newcomer = UserFactory()
    client = client_for(newcomer)
    assert 'name="message"' in client.get(url("group-join", group)).content.decode()

    response = client.post(url("group-join", group), join_form(message=REQUEST_MESSAGE),
                           follow=True)

    page = response.content.decode()
    assert "Your request is waiting for a facilitator" in page
    assert "Waiting for admission" in page
    membership = Membership.objects.get(group=group, user=newcomer)
    assert membership.status == Membership.Status.PENDING
    assert membership.request_message == REQUEST_MESSAGE
    told = Notification.objects.get(kind="join_request")
    assert told.recipient == cast.facilitator
    assert told.url == url("group-members", group)
    assert "Sam" not in told.text  # who asks is for the members page, not the bell


def test_a_secret_group_has_no_join_page_and_the_action_refuses(cast: Cast) -> None:
    group = set_visibility(cast.group, "secret")
    newcomer = UserFactory()

    assert client_for(newcomer).get(url("group-join", group)).status_code == 404
    assert client_for(newcomer).post(url("group-join", group), join_form()).status_code == 404
    assert client_for(None).get(url("group-join", group)).status_code == 404
    with pytest.raises(PermissionDenied):
        actions.join_group(actor=newcomer, group=group, display_name="Sam", accept_rules=True)
    assert not Membership.objects.filter(user=newcomer).exists()


def test_an_anonymous_visitor_is_asked_to_sign_in_first(cast: Cast) -> None:
    join = url("group-join", cast.group)

    response = client_for(None).get(join)

    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == reverse("account_login")
    assert parse_qs(location.query)["next"] == [join]


def test_the_rules_must_be_accepted_and_what_was_typed_is_kept(cast: Cast) -> None:
    group = set_visibility(cast.group, "private")
    newcomer = UserFactory()

    response = client_for(newcomer).post(
        url("group-join", group),
        {"display_name": "Sam's mum", "message": "Please let me in, I need to talk."},
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert "Please read the group&#x27;s rules and tick the box to accept them." in page
    assert 'value="Sam&#x27;s mum"' in page
    assert "Please let me in, I need to talk." in page
    assert not Membership.objects.filter(user=newcomer).exists()
    with pytest.raises(ValidationError) as refused:
        actions.join_group(actor=newcomer, group=group, display_name="Sam", accept_rules=False)
    assert "accept_rules" in refused.value.message_dict


def test_a_display_name_is_unique_in_a_group_whatever_its_case(people: People) -> None:
    MembershipFactory(group=people.group, display_name="Quiet Heron")
    MembershipFactory(group=people.cast.other_group, display_name="Gentle Tide")
    newcomer = UserFactory()
    client = client_for(newcomer)

    taken = client.post(url("group-join", people.group), join_form(display_name="quiet  heron"))
    removed_name = client.post(url("group-join", people.group),
                               join_form(display_name="Removed Rook"))
    anonymous_label = client.post(url("group-join", people.group),
                                  join_form(display_name="A member"))

    for response in (taken, removed_name):
        assert response.status_code == 400
        assert "Someone in this group already goes by that name" in response.content.decode()
    assert anonymous_label.status_code == 400
    assert "Anonymous posts are shown as" in anonymous_label.content.decode()
    # Another group's names are no concern here.
    client.post(url("group-join", people.group), join_form(display_name="Gentle Tide"))
    assert Membership.objects.get(user=newcomer).display_name == "Gentle Tide"


def test_joining_too_often_is_refused_with_429_and_the_form_kept(cast: Cast) -> None:
    newcomer = UserFactory()
    cache.set(f"ratelimit:join:{newcomer.pk}", 1000, timeout=3600)

    response = client_for(newcomer).post(url("group-join", cast.group), join_form())

    assert response.status_code == 429
    page = response.content.decode()
    assert "You have asked to join many groups in the last hour" in page
    assert 'value="Sam&#x27;s mum"' in page
    assert not Membership.objects.filter(user=newcomer).exists()


def test_mistakes_do_not_count_against_the_join_limit(cast: Cast) -> None:
    newcomer = UserFactory()
    for _attempt in range(8):
        with pytest.raises(ValidationError):
            actions.join_group(actor=newcomer, group=cast.group, display_name="Sam",
                               accept_rules=False)

    joined = actions.join_group(actor=newcomer, group=cast.group, display_name="Sam",
                                accept_rules=True)

    assert joined.status == Membership.Status.ACTIVE


def test_a_closed_group_takes_no_new_members(cast: Cast) -> None:
    Group.objects.filter(pk=cast.group.pk).update(status=Group.Status.CLOSED)

    response = client_for(UserFactory()).get(url("group-join", cast.group))

    assert response.status_code == 403
    assert "This group has closed" in response.content.decode()


@pytest.mark.parametrize("side", ["member", "pending", "removed"])
def test_those_already_in_the_group_are_sent_to_its_page(people: People, side: str) -> None:
    response = client_for(people.side(side)).post(url("group-join", people.group), join_form())

    assert response.status_code == 302
    assert response["Location"] == people.group.get_absolute_url()
    assert Membership.objects.filter(group=people.group).count() == 5


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 302), ("member", 302), ("facilitator", 302), ("muted", 302),
    ("pending", 302), ("removed", 302), ("other_member", 200), ("staff", 200),
    ("moderator", 200),
])
def test_who_is_offered_the_join_form(people: People, side: str, status: int) -> None:
    response = client_for(people.side(side)).get(url("group-join", people.group))

    assert response.status_code == status
    if side == "anonymous":
        assert response["Location"].startswith(reverse("account_login"))
    elif status == 302:
        assert response["Location"] == people.group.get_absolute_url()


def test_a_mute_is_not_shed_by_leaving_and_joining_again(cast: Cast) -> None:
    mute_member(actor=cast.facilitator, group=cast.group, user=cast.member, days=7,
                reason="Insults in a reply.")
    actions.leave_group(actor=cast.member, group=cast.group)

    again = actions.join_group(actor=cast.member, group=cast.group, display_name="New Name",
                               accept_rules=True)

    assert again.is_muted()


# The group's page --------------------------------------------------------------------------


def test_the_group_page_invites_outsiders_to_join_or_ask(cast: Cast) -> None:
    public = client_for(UserFactory()).get(cast.group.get_absolute_url()).content.decode()
    anonymous = client_for(None).get(cast.group.get_absolute_url()).content.decode()
    private = GroupFactory(visibility=Group.Visibility.PRIVATE)
    asking = client_for(UserFactory()).get(private.get_absolute_url()).content.decode()

    assert "Join this group" in public and url("group-join", cast.group) in public
    assert "Join this group" in anonymous
    assert "Ask to join" in asking
    for page in (public, anonymous, asking):
        assert url("thread-list", cast.group) not in page
        assert url("group-members", cast.group) not in page


def test_the_group_page_shows_a_member_their_way_around(people: People) -> None:
    group = people.group
    member = client_for(people.cast.member).get(group.get_absolute_url()).content.decode()
    facilitator = client_for(people.cast.facilitator).get(
        group.get_absolute_url()).content.decode()
    pending = client_for(people.pending).get(group.get_absolute_url()).content.decode()
    removed = client_for(people.removed).get(group.get_absolute_url()).content.decode()

    for name in ("thread-list", "group-members", "membership-settings", "group-leave"):
        assert url(name, group) in member
    assert url("group-invitations", group) not in member
    assert url("group-invitations", group) in facilitator
    assert "Join this group" not in member
    assert "Waiting for admission" in pending
    assert url("thread-list", group) not in pending
    assert "Join this group" not in pending
    assert "A facilitator removed you from this group." in removed
    assert reverse("moderation-decisions") in removed
    assert url("thread-list", group) not in removed
    assert "Join this group" not in removed


def test_a_moderator_reaches_a_groups_discussions_and_members_without_joining(
    people: People,
) -> None:
    page = client_for(people.moderator).get(people.group.get_absolute_url()).content.decode()

    assert url("thread-list", people.group) in page
    assert url("group-members", people.group) in page
    assert url("group-leave", people.group) not in page


# Leaving -----------------------------------------------------------------------------------


def test_leaving_asks_first_then_leaves(cast: Cast) -> None:
    client = client_for(cast.member)

    confirm = client.get(url("group-leave", cast.group))
    response = client.post(url("group-leave", cast.group), follow=True)

    assert confirm.status_code == 200
    assert "What you wrote stays in the conversations." in confirm.content.decode()
    left = Membership.objects.get(group=cast.group, user=cast.member)
    assert left.status == Membership.Status.LEFT
    assert "You have left" in response.content.decode()
    # Their name stays on what they wrote, and they no longer read the group.
    assert client.get(url("thread-list", cast.group)).status_code == 404


def test_someone_who_left_can_join_again(cast: Cast) -> None:
    actions.leave_group(actor=cast.member, group=cast.group)
    client = client_for(cast.member)
    page = client.get(cast.group.get_absolute_url()).content.decode()
    assert url("group-join", cast.group) in page
    assert client.get(url("group-join", cast.group)).status_code == 200

    again = actions.join_group(actor=cast.member, group=cast.group, display_name="Back again",
                               accept_rules=True)

    assert again.status == Membership.Status.ACTIVE and again.display_name == "Back again"
    assert Membership.objects.filter(group=cast.group, user=cast.member).count() == 1


def test_withdrawing_a_request_uses_the_same_page(people: People) -> None:
    client = client_for(people.pending)

    confirm = client.get(url("group-leave", people.group)).content.decode()
    client.post(url("group-leave", people.group))

    assert "Withdraw my request" in confirm
    assert not Membership.objects.filter(user=people.pending).exists()


def test_the_only_facilitator_cannot_leave_while_others_remain(cast: Cast) -> None:
    response = client_for(cast.facilitator).post(url("group-leave", cast.group))

    assert response.status_code == 400
    assert "only facilitator" in response.content.decode()
    assert Membership.objects.filter(user=cast.facilitator, group=cast.group).exists()

    actions.leave_group(actor=cast.member, group=cast.group)
    assert client_for(cast.facilitator).post(url("group-leave", cast.group)).status_code == 302
    assert not cast.group.memberships.exclude(status=Membership.Status.LEFT).exists()


def test_a_facilitator_may_leave_once_another_facilitator_is_named(cast: Cast) -> None:
    client = client_for(cast.facilitator)
    member = Membership.objects.get(group=cast.group, user=cast.member)
    client.post(url("membership-role", cast.group, member.pk), {"role": "facilitator"})

    assert client.post(url("group-leave", cast.group)).status_code == 302
    member.refresh_from_db()
    assert member.role == Membership.Role.FACILITATOR


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 302), ("member", 200), ("facilitator", 200), ("muted", 200),
    ("pending", 200), ("removed", 404), ("other_member", 404), ("staff", 404),
    ("moderator", 404),
])
def test_who_finds_a_leave_page(people: People, side: str, status: int) -> None:
    response = client_for(people.side(side)).get(url("group-leave", people.group))

    assert response.status_code == status


def test_a_muted_member_may_leave(people: People) -> None:
    client_for(people.muted).post(url("group-leave", people.group))

    assert Membership.objects.get(user=people.muted).status == Membership.Status.LEFT


def test_a_removal_is_not_undone_by_leaving(people: People) -> None:
    response = client_for(people.removed).post(url("group-leave", people.group))

    assert response.status_code == 404
    assert Membership.objects.get(user=people.removed).status == Membership.Status.REMOVED


def test_leaving_a_secret_group_lands_on_the_directory(cast: Cast) -> None:
    set_visibility(cast.group, "secret")

    response = client_for(cast.member).post(url("group-leave", cast.group))

    assert response["Location"] == reverse("directory")


# My settings in a group --------------------------------------------------------------------


def test_a_member_changes_their_name_and_emails(cast: Cast) -> None:
    client = client_for(cast.member)
    page = client.get(url("membership-settings", cast.group))
    assert page.status_code == 200

    response = client.post(url("membership-settings", cast.group), {
        "display_name": "Steady Cedar", "email_mentions": "on", "digest": "daily",
    })

    assert response.status_code == 302
    membership = Membership.objects.get(group=cast.group, user=cast.member)
    assert membership.display_name == "Steady Cedar"
    assert (membership.email_replies, membership.email_mentions) == (False, True)
    assert (membership.email_milestones, membership.digest) == (False, "daily")


def test_a_name_taken_in_the_group_is_refused_on_the_settings_page(cast: Cast) -> None:
    facilitator_name = Membership.objects.get(user=cast.facilitator).display_name

    response = client_for(cast.member).post(url("membership-settings", cast.group), {
        "display_name": facilitator_name.upper(), "digest": "weekly"})

    assert response.status_code == 400
    assert "already goes by that name" in response.content.decode()
    assert f'value="{facilitator_name.upper()}"' in response.content.decode()


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 302), ("other_member", 404), ("staff", 404), ("removed", 404),
    ("pending", 200), ("muted", 200), ("moderator", 404),
])
def test_settings_are_only_for_those_in_the_group(people: People, side: str,
                                                  status: int) -> None:
    response = client_for(people.side(side)).get(url("membership-settings", people.group))

    assert response.status_code == status


# The member list ---------------------------------------------------------------------------


@pytest.mark.parametrize("side", ALL_SIDES)
def test_who_sees_the_member_list(people: People, side: str) -> None:
    response = client_for(people.side(side)).get(url("group-members", people.group))

    if side not in SEES_MEMBERS:
        assert response.status_code == 404
        return
    assert response.status_code == 200
    page = response.content.decode()
    member_name = Membership.objects.get(user=people.cast.member).display_name
    assert member_name in page and "Muted Magpie" in page
    assert "Removed Rook" not in page
    assert people.cast.member.email not in page
    assert str(people.cast.member.display_name) not in page  # the account's name, not the group's
    assert ("Waiting Wren" in page) == (side == "facilitator")
    assert (REQUEST_MESSAGE in page) == (side == "facilitator")
    assert ("Make " in page) == (side == "facilitator")
    member = Membership.objects.get(user=people.cast.member)
    assert (url("member-moderate", people.group, member.pk) in page) == (
        side in {"facilitator", "moderator"})


def test_the_member_list_runs_the_same_queries_for_2_and_30_members(
    cast: Cast, django_assert_num_queries: Any
) -> None:
    MembershipFactory(group=cast.group, status=Membership.Status.PENDING)
    client = client_for(cast.facilitator)
    members_url = url("group-members", cast.group)
    client.get(members_url)
    with CaptureQueriesContext(connection) as few:
        assert client.get(members_url).status_code == 200
    MembershipFactory.create_batch(28, group=cast.group)
    MembershipFactory.create_batch(5, group=cast.group, status=Membership.Status.PENDING,
                                   muted_until=timezone.now() + datetime.timedelta(days=1))

    # The session, the user, the group, the viewer's membership, the count, the page of
    # members and the requests.
    with django_assert_num_queries(7):
        response = client.get(members_url)

    assert len(few) == 7
    assert response.content.decode().count('id="member-') == 30
    assert response.content.decode().count('id="request-') == 6


# Admitting and declining -------------------------------------------------------------------


def test_a_facilitator_admits_a_request_and_the_person_is_told(people: People) -> None:
    waiting = Membership.objects.get(user=people.pending)

    response = client_for(people.cast.facilitator).post(
        url("membership-decide", people.group, waiting.pk), {"admit": "1"}, follow=True)

    assert "Waiting Wren is now a member." in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == Membership.Status.ACTIVE and waiting.admitted_at is not None
    told = Notification.objects.get(recipient=people.pending)
    assert told.kind == "admitted"
    assert people.group.name in told.text
    assert client_for(people.pending).get(url("group-members", people.group)).status_code == 200


def test_a_facilitator_declines_a_request_and_the_person_is_told(people: People) -> None:
    waiting = Membership.objects.get(user=people.pending)

    client_for(people.cast.facilitator).post(
        url("membership-decide", people.group, waiting.pk), {"admit": "0"})

    assert not Membership.objects.filter(pk=waiting.pk).exists()
    told = Notification.objects.get(recipient=people.pending)
    assert told.kind == "declined"
    assert "was not accepted this time" in told.text


def test_a_request_answered_twice_says_so(people: People) -> None:
    waiting = Membership.objects.get(user=people.pending)
    client = client_for(people.cast.facilitator)
    client.post(url("membership-decide", people.group, waiting.pk), {"admit": "1"})

    response = client.post(url("membership-decide", people.group, waiting.pk), {"admit": "0"})

    assert response.status_code == 400
    assert "already been answered" in response.content.decode()
    assert Membership.objects.get(pk=waiting.pk).status == Membership.Status.ACTIVE


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 404), ("member", 403), ("muted", 403), ("moderator", 403),
    ("other_member", 404), ("staff", 404), ("pending", 404), ("removed", 404),
])
def test_only_facilitators_admit(people: People, side: str, status: int) -> None:
    waiting = Membership.objects.get(user=people.pending)

    response = client_for(people.side(side)).post(
        url("membership-decide", people.group, waiting.pk), {"admit": "1"})

    assert response.status_code == status
    waiting.refresh_from_db()
    assert waiting.status == Membership.Status.PENDING


def test_a_facilitator_cannot_decide_for_another_group_by_guessing_ids(cast: Cast) -> None:
    elsewhere = MembershipFactory(group=cast.other_group, status=Membership.Status.PENDING)
    client = client_for(cast.facilitator)

    decide = client.post(url("membership-decide", cast.group, elsewhere.pk), {"admit": "1"})
    across = client.post(url("membership-decide", cast.other_group, elsewhere.pk),
                         {"admit": "1"})

    assert decide.status_code == 404 and across.status_code == 404
    elsewhere.refresh_from_db()
    assert elsewhere.status == Membership.Status.PENDING


# Roles -------------------------------------------------------------------------------------


def test_a_facilitator_names_another_and_steps_them_back(cast: Cast) -> None:
    member = Membership.objects.get(user=cast.member)
    client = client_for(cast.facilitator)

    made = client.post(url("membership-role", cast.group, member.pk), {"role": "facilitator"},
                       follow=True)
    member.refresh_from_db()
    assert member.role == Membership.Role.FACILITATOR
    assert "is now a facilitator" in made.content.decode()
    assert url("group-invitations", cast.group) in client_for(cast.member).get(
        cast.group.get_absolute_url()).content.decode()

    client.post(url("membership-role", cast.group, member.pk), {"role": "member"})
    member.refresh_from_db()
    assert member.role == Membership.Role.MEMBER


def test_the_last_facilitator_cannot_step_down(cast: Cast) -> None:
    own = Membership.objects.get(user=cast.facilitator)

    response = client_for(cast.facilitator).post(url("membership-role", cast.group, own.pk),
                                                 {"role": "member"})

    assert response.status_code == 400
    assert "A group needs at least one facilitator." in response.content.decode()
    own.refresh_from_db()
    assert own.role == Membership.Role.FACILITATOR


def test_a_request_cannot_be_given_a_role(people: People) -> None:
    waiting = Membership.objects.get(user=people.pending)

    response = client_for(people.cast.facilitator).post(
        url("membership-role", people.group, waiting.pk), {"role": "facilitator"})

    assert response.status_code == 400
    assert Membership.objects.get(pk=waiting.pk).role == Membership.Role.MEMBER


@pytest.mark.parametrize(("side", "status"), [
    ("member", 403), ("moderator", 403), ("other_member", 404), ("staff", 404),
    ("anonymous", 404),
])
def test_only_facilitators_give_roles(people: People, side: str, status: int) -> None:
    member = Membership.objects.get(user=people.cast.member)

    response = client_for(people.side(side)).post(
        url("membership-role", people.group, member.pk), {"role": "facilitator"})

    assert response.status_code == status
    member.refresh_from_db()
    assert member.role == Membership.Role.MEMBER


# A group that changes its visibility -------------------------------------------------------


def test_what_a_public_group_showed_stops_being_served_as_it_closes_up(people: People) -> None:
    group = people.group
    outsider = client_for(UserFactory())
    member = client_for(people.cast.member)
    pending = client_for(people.pending)

    assert outsider.get(url("group-join", group)).status_code == 200
    assert "Join this group" in outsider.get(group.get_absolute_url()).content.decode()

    set_visibility(group, "private")
    assert "Ask to join" in outsider.get(group.get_absolute_url()).content.decode()
    assert outsider.get(url("group-members", group)).status_code == 404
    assert member.get(url("group-members", group)).status_code == 200

    set_visibility(group, "secret")
    for path in (group.get_absolute_url(), url("group-join", group),
                 url("group-members", group), url("group-leave", group)):
        assert outsider.get(path).status_code == 404, path
        assert pending.get(path).status_code == 404, path
        assert client_for(people.removed).get(path).status_code == 404, path
    assert client_for(None).get(group.get_absolute_url()).status_code == 404
    assert member.get(url("group-members", group)).status_code == 200
    assert "Join this group" not in member.get(group.get_absolute_url()).content.decode()
