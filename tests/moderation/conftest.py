"""Everyone who may meet a moderation page, and a conversation to moderate."""

import datetime
from dataclasses import dataclass

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.test import Client
from django.utils import timezone

from mutual.accounts.models import User
from mutual.discussions.models import Post, Thread
from mutual.groups.models import Group, Membership
from tests.conftest import Cast, client_for
from tests.discussions.helpers import start, write
from tests.factories import MembershipFactory, UserFactory

SIDES = ["anonymous", "member", "facilitator", "other_member", "staff", "pending", "removed",
         "muted", "moderator"]
MAY_MODERATE = {"facilitator", "moderator"}
# Those who read the group's conversations and so may report in it.
READERS = {"member", "facilitator", "muted", "moderator"}


@dataclass
class People:
    cast: Cast
    pending: User
    removed: User
    muted: User
    moderator: User
    writer: User  # wrote the abusive reply
    thread: Thread
    post: Post

    @property
    def group(self) -> Group:
        return self.cast.group

    def user(self, side: str) -> User | None:
        if side == "anonymous":
            return None
        return getattr(self, side, None) or getattr(self.cast, side)

    def client(self, side: str) -> Client:
        return client_for(self.user(side))


def make_moderator() -> User:
    """A platform moderator, with the two-factor authentication moderators must use."""
    moderator = UserFactory(is_moderator=True, display_name="Platform Moderator")
    TOTP.activate(moderator, generate_totp_secret())
    return moderator


def name_of(user: User, group: Group) -> str:
    return Membership.objects.get(user=user, group=group).display_name


@pytest.fixture
def people(cast: Cast) -> People:
    group = cast.group

    def joined(**fields: object) -> User:
        return MembershipFactory(group=group, **fields).user

    pending = joined(status=Membership.Status.PENDING)
    removed = joined(status=Membership.Status.REMOVED)
    muted = joined(muted_until=timezone.now() + datetime.timedelta(days=3))
    writer = joined(display_name="Sharp Tongue")
    thread = start(group, cast.member, title="Getting through the evenings")
    post = write(thread, writer, body="You are all pathetic and weak.")
    return People(cast, pending, removed, muted, make_moderator(), writer, thread, post)
