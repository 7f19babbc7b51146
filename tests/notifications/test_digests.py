"""Digests: one email per person, only what they may read, once per period."""

import datetime
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from mutual.discussions.models import Thread, Visibility
from mutual.groups.models import Membership
from mutual.notifications.digests import send_digests
from tests.conftest import Cast
from tests.factories import GroupFactory, MembershipFactory
from tests.notifications.helpers import make_reply, make_thread


def test_a_digest_has_only_visible_threads_of_groups_i_am_an_active_member_of(
        cast: Cast) -> None:
    second = GroupFactory(name="Second Circle")
    MembershipFactory(group=second, user=cast.member)
    waiting = GroupFactory(name="Waiting Circle")
    MembershipFactory(group=waiting, user=cast.member, status=Membership.Status.PENDING)
    left = GroupFactory(name="Left Circle")
    MembershipFactory(group=left, user=cast.member, status=Membership.Status.REMOVED)
    author = cast.facilitator
    make_thread(cast.group, author, title="Coping with the first winter")
    make_thread(cast.group, author, title="A held thread title", status=Visibility.HELD)
    make_thread(cast.group, author, title="A hidden thread title", status=Visibility.HIDDEN)
    make_thread(second, author, title="Books that helped")
    make_thread(waiting, author, title="Not yet for me")
    make_thread(left, author, title="No longer for me")
    make_thread(cast.other_group, author, title="Another group's thread")

    assert call_command("notifications", "send-digests", "--weekly", stdout=StringIO()) is None
    mine = [message for message in mail.outbox if message.to == [cast.member.email]]
    assert len(mine) == 1
    [message] = mine
    assert message.subject == "Your Mutual digest"
    assert "Coping with the first winter" in message.body and "Books that helped" in message.body
    html = message.alternatives[0][0]
    for secret in ("held thread", "hidden thread", "Not yet for me", "No longer for me",
                   "Another group's thread"):
        assert secret not in message.body and secret not in html
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Second Circle" not in message.subject and cast.group.name not in message.subject


def test_a_digest_counts_new_replies_since_the_last_one_and_is_not_sent_twice(
        cast: Cast) -> None:
    Membership.objects.exclude(user=cast.member).update(digest="none")
    thread = make_thread(cast.group, cast.facilitator, title="Sleep after a loss")
    earlier = timezone.now() - datetime.timedelta(days=8)
    Thread.objects.filter(pk=thread.pk).update(created_at=earlier)
    Membership.objects.filter(user=cast.member).update(
        digest_sent_at=timezone.now() - datetime.timedelta(days=7))
    old = make_reply(thread, cast.facilitator, body="Older")
    type(old).objects.filter(pk=old.pk).update(created_at=earlier)
    make_reply(thread, cast.facilitator)
    make_reply(thread, cast.facilitator)
    make_reply(thread, cast.facilitator, status=Visibility.HELD)

    assert send_digests(period="weekly") == 1
    [message] = mail.outbox
    assert "Sleep after a loss" in message.body and "2 new replies" in message.body
    assert "(new)" not in message.body
    membership = Membership.objects.get(user=cast.member, group=cast.group)
    assert membership.digest_sent_at is not None
    assert timezone.now() - membership.digest_sent_at < datetime.timedelta(minutes=1)
    assert send_digests(period="weekly") == 0
    assert len(mail.outbox) == 1


def test_a_digest_sent_days_ago_is_not_sent_again_within_the_week(cast: Cast) -> None:
    make_thread(cast.group, cast.facilitator, title="Sleep after a loss")
    Membership.objects.update(digest_sent_at=timezone.now() - datetime.timedelta(days=2))
    assert send_digests(period="weekly") == 0
    assert send_digests(period="weekly", now=timezone.now() + datetime.timedelta(days=5)) == 2


def test_daily_and_weekly_readers_get_their_own_digest_and_quiet_groups_send_nothing(
        cast: Cast) -> None:
    Membership.objects.filter(user=cast.member).update(digest="daily")
    Membership.objects.filter(user=cast.facilitator).update(digest="none")
    quiet = GroupFactory()
    MembershipFactory(group=quiet, digest="daily")
    make_thread(cast.group, cast.facilitator, title="Evenings")
    assert send_digests(period="weekly") == 0
    assert send_digests(period="daily") == 1
    assert mail.outbox[0].to == [cast.member.email]
    assert not Membership.objects.filter(group=quiet, digest_sent_at__isnull=True).exists()


def test_each_group_in_a_digest_can_be_stopped_on_its_own(cast: Cast) -> None:
    second = GroupFactory(name="Second Circle")
    MembershipFactory(group=second, user=cast.member)
    make_thread(cast.group, cast.facilitator, title="First")
    make_thread(second, cast.facilitator, title="Second")
    Membership.objects.exclude(user=cast.member).update(digest="none")
    send_digests(period="weekly")
    [message] = mail.outbox
    assert f"Stop the digest from {cast.group.name}" in message.body
    assert "Stop the digest from Second Circle" in message.body
    assert "Stop all digests" in message.body
