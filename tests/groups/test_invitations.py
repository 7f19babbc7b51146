"""Invitation links: made by facilitators and shown once, joined through (secret groups too),
and no longer working once expired, revoked or used up."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from mutual.groups import actions
from mutual.groups.models import Group, Invitation, Membership
from tests.conftest import Cast, client_for
from tests.factories import MembershipFactory, UserFactory
from tests.groups.test_membership import People, people  # noqa: F401

pytestmark = pytest.mark.django_db

UNUSABLE = "This invitation cannot be used"


@pytest.fixture
def secret(cast: Cast) -> Group:
    Group.objects.filter(pk=cast.group.pk).update(visibility=Group.Visibility.SECRET)
    cast.group.refresh_from_db()
    return cast.group


def invitations_url(group: Group) -> str:
    return reverse("group-invitations", args=[group.slug])


def invite(cast: Cast, **options: object) -> str:
    _invitation, key = actions.create_invitation(actor=cast.facilitator, group=cast.group,
                                                 **options)
    return key


def join_url(key: str) -> str:
    return reverse("invitation-accept", args=[key])


def accept(key: str, **fields: str) -> dict[str, str]:
    return {"display_name": "Gentle Heron", "accept_rules": "on", **fields}


def test_a_facilitator_makes_a_link_that_is_shown_once(secret: Group, cast: Cast) -> None:
    client = client_for(cast.facilitator)

    made = client.post(invitations_url(secret),
                       {"note": "For Ana, from Tuesday", "max_uses": "2", "lifetime_days": "7"})

    assert made.status_code == 200
    page = made.content.decode()
    link = re.search(r'id="invitation-link" type="text" value="(http://testserver/join/([^/"]+)/)"',
                     page)
    assert link, page
    key = link.group(2)
    invitation = Invitation.objects.get(group=secret)
    assert (invitation.note, invitation.max_uses) == ("For Ana, from Tuesday", 2)
    assert invitation.prefix == key[:8] and key not in invitation.key_hash
    assert abs(invitation.expires_at - (timezone.now() + datetime.timedelta(days=7))) < (
        datetime.timedelta(minutes=1))
    listing = client.get(invitations_url(secret)).content.decode()
    assert key not in listing
    assert f"{invitation.prefix}…" in listing and "For Ana, from Tuesday" in listing
    assert "0 of 2" in listing


@pytest.mark.parametrize("days", ["0", "91", "many"])
def test_an_invitation_lasts_one_to_ninety_days(cast: Cast, days: str) -> None:
    response = client_for(cast.facilitator).post(
        invitations_url(cast.group), {"note": "For Ana", "max_uses": "1", "lifetime_days": days})

    assert response.status_code == 400
    assert 'value="For Ana"' in response.content.decode()
    assert not Invitation.objects.exists()


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 404), ("member", 403), ("muted", 403), ("moderator", 403),
    ("other_member", 404), ("staff", 404), ("pending", 404), ("removed", 404),
    ("facilitator", 200),
])
def test_only_facilitators_see_and_make_invitations(people: People, side: str,  # noqa: F811
                                                    status: int) -> None:
    client = client_for(people.side(side))
    group = people.group

    assert client.get(invitations_url(group)).status_code == status
    made = client.post(invitations_url(group), {"max_uses": "1", "lifetime_days": "14"})
    assert made.status_code == status
    assert Invitation.objects.exists() == (side == "facilitator")


def test_opening_the_link_shows_the_group_and_its_rules(secret: Group, cast: Cast) -> None:
    key = invite(cast)

    response = client_for(UserFactory()).get(join_url(key))

    assert response.status_code == 200
    page = response.content.decode()
    assert secret.name in page
    assert secret.rules_text.split(":")[0] in page
    assert 'name="accept_rules"' in page and 'name="display_name"' in page
    assert 'name="message"' not in page


def test_the_link_asks_an_anonymous_visitor_to_sign_in(cast: Cast) -> None:
    key = invite(cast)

    response = client_for(None).get(join_url(key))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_joining_a_secret_group_by_invitation(secret: Group, cast: Cast) -> None:
    key = invite(cast, max_uses=2)
    newcomer = UserFactory()
    client = client_for(newcomer)
    assert client.get(secret.get_absolute_url()).status_code == 404

    response = client.post(join_url(key), accept(key), follow=True)

    assert response.redirect_chain[-1][0] == secret.get_absolute_url()
    assert "You are a member of" in response.content.decode()
    membership = Membership.objects.get(group=secret, user=newcomer)
    assert membership.status == Membership.Status.ACTIVE
    assert membership.display_name == "Gentle Heron"
    assert Invitation.objects.get().uses == 1


def test_the_rules_must_be_accepted_by_invitation_too(cast: Cast) -> None:
    key = invite(cast)
    newcomer = UserFactory()

    response = client_for(newcomer).post(join_url(key), {"display_name": "Gentle Heron"})

    assert response.status_code == 400
    assert 'value="Gentle Heron"' in response.content.decode()
    assert not Membership.objects.filter(user=newcomer).exists()
    assert Invitation.objects.get().uses == 0


def test_a_used_up_invitation_names_no_group(secret: Group, cast: Cast) -> None:
    key = invite(cast, max_uses=1)
    client_for(UserFactory()).post(join_url(key), accept(key))
    late = UserFactory()

    shown = client_for(late).get(join_url(key))
    posted = client_for(late).post(join_url(key), accept(key, display_name="Late Lantern"))

    for response in (shown, posted):
        assert response.status_code == 410
        page = response.content.decode()
        assert UNUSABLE in page and secret.name not in page
    assert not Membership.objects.filter(user=late).exists()
    assert Invitation.objects.get().uses == 1


def test_an_expired_revoked_or_made_up_key_names_no_group(secret: Group, cast: Cast) -> None:
    expired = invite(cast)
    Invitation.objects.filter(prefix=expired[:8]).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1))
    revoked = invite(cast)
    actions.revoke_invitation(actor=cast.facilitator,
                              invitation=Invitation.objects.get(prefix=revoked[:8]))
    client = client_for(UserFactory())

    for key in (expired, revoked, "not-a-key", expired[:-1]):
        response = client.get(join_url(key))
        assert response.status_code == 410
        assert UNUSABLE in response.content.decode()
        assert secret.name not in response.content.decode()


def test_a_facilitator_revokes_an_invitation(cast: Cast) -> None:
    key = invite(cast)
    invitation = Invitation.objects.get()
    client = client_for(cast.facilitator)

    response = client.post(reverse("invitation-revoke", args=[cast.group.slug, invitation.pk]),
                           follow=True)

    assert f"The invitation {invitation.prefix}… no longer works." in response.content.decode()
    invitation.refresh_from_db()
    assert invitation.revoked_at is not None
    assert "Revoked" in client.get(invitations_url(cast.group)).content.decode()
    assert client_for(UserFactory()).get(join_url(key)).status_code == 410


@pytest.mark.parametrize(("side", "status"), [
    ("member", 403), ("other_member", 404), ("staff", 404), ("anonymous", 404),
])
def test_only_facilitators_revoke(cast: Cast, side: str, status: int) -> None:
    invite(cast)
    invitation = Invitation.objects.get()
    user = None if side == "anonymous" else getattr(cast, side)

    response = client_for(user).post(
        reverse("invitation-revoke", args=[cast.group.slug, invitation.pk]))

    assert response.status_code == status
    invitation.refresh_from_db()
    assert invitation.revoked_at is None


def test_another_groups_invitation_cannot_be_revoked_by_guessing_its_id(cast: Cast) -> None:
    other_facilitator = MembershipFactory(group=cast.other_group,
                                          role=Membership.Role.FACILITATOR).user
    invitation, _key = actions.create_invitation(actor=other_facilitator,
                                                 group=cast.other_group)

    response = client_for(cast.facilitator).post(
        reverse("invitation-revoke", args=[cast.group.slug, invitation.pk]))

    assert response.status_code == 404
    invitation.refresh_from_db()
    assert invitation.revoked_at is None


def test_someone_waiting_is_admitted_by_an_invitation(people: People) -> None:  # noqa: F811
    waiting = Membership.objects.get(user=people.pending)
    key = invite(people.cast)
    client = client_for(people.pending)
    assert 'value="Waiting Wren"' in client.get(join_url(key)).content.decode()

    client.post(join_url(key), accept(key, display_name="Waiting Wren"))

    waiting.refresh_from_db()
    assert waiting.status == Membership.Status.ACTIVE


def test_a_removed_member_cannot_come_back_by_invitation(people: People) -> None:  # noqa: F811
    key = invite(people.cast)

    response = client_for(people.removed).post(join_url(key), accept(key))

    assert response.status_code == 403
    assert "A facilitator removed you from this group" in response.content.decode()
    assert Membership.objects.get(user=people.removed).status == Membership.Status.REMOVED
    assert Invitation.objects.get().uses == 0


def test_a_member_following_an_invitation_is_sent_to_the_group(cast: Cast) -> None:
    key = invite(cast)

    response = client_for(cast.member).get(join_url(key))

    assert response.status_code == 302
    assert response["Location"] == cast.group.get_absolute_url()
    assert Invitation.objects.get().uses == 0


def test_a_closed_group_takes_no_one_by_invitation(cast: Cast) -> None:
    key = invite(cast)
    Group.objects.filter(pk=cast.group.pk).update(status=Group.Status.CLOSED)
    newcomer = UserFactory()

    response = client_for(newcomer).post(join_url(key), accept(key))

    assert response.status_code == 400
    assert "This group has closed" in response.content.decode()
    assert not Membership.objects.filter(user=newcomer).exists()


def test_an_invitation_note_is_kept_short(cast: Cast) -> None:
    with pytest.raises(ValidationError) as refused:
        actions.create_invitation(actor=cast.facilitator, group=cast.group, note="x" * 121)

    assert "note" in refused.value.message_dict
