"""Email for notifications: what is sent to whom, and what an inbox shows."""

from typing import Any

import pytest
from django.core import mail
from django.test import override_settings

from mutual.discussions.models import Post
from mutual.discussions.tasks import fan_out_post
from mutual.groups.models import Membership
from mutual.notifications.actions import notify
from mutual.notifications.models import Notification
from tests.conftest import Cast
from tests.factories import GroupFactory, MembershipFactory
from tests.notifications.helpers import make_reply, make_thread


@pytest.fixture
def parents(db: None) -> dict[str, Any]:
    """A group whose name, members and words must never reach a subject line."""
    group = GroupFactory(name="Parents Who Lost a Child")
    sam = MembershipFactory(group=group, display_name="Sam's mum").user
    jo = MembershipFactory(group=group, display_name="Jo from Leeds").user
    thread = make_thread(group, sam, title="Jamie's birthday is coming")
    return {"group": group, "sam": sam, "jo": jo, "thread": thread}


def fan_out(post: Post, capture: Any) -> None:
    with capture(execute=True):
        fan_out_post.call(post.pk)


def test_a_subject_never_names_the_group_the_person_or_the_words(
        parents: dict[str, Any], django_capture_on_commit_callbacks: Any) -> None:
    post = make_reply(parents["thread"], parents["jo"],
                      body="@Sam's mum I light a candle for Jamie every year.")
    fan_out(post, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1  # a mention, which also covers the reply
    for message in mail.outbox:
        for secret in ("Parents", "Lost a Child", "Sam", "Jo from Leeds", "Jamie", "candle"):
            assert secret not in message.subject
        assert message.subject == "New activity on Mutual"
        assert message.to == [parents["sam"].email]
        assert "Jo from Leeds mentioned you in Parents Who Lost a Child." in message.body
        assert "candle" not in message.body


def test_every_email_carries_one_click_unsubscribe_and_a_link_to_the_notification(
        parents: dict[str, Any], django_capture_on_commit_callbacks: Any) -> None:
    post = make_reply(parents["thread"], parents["jo"])
    with override_settings(SITE_URL="https://mutual.example.org"):
        fan_out(post, django_capture_on_commit_callbacks)
    [message] = mail.outbox
    notification = Notification.objects.get(recipient=parents["sam"])
    assert f"https://mutual.example.org/notifications/{notification.pk}/" in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith(
        "<https://mutual.example.org/notifications/unsubscribe/")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    html, kind = message.alternatives[0]
    assert kind == "text/html" and "/notifications/unsubscribe/" in html
    assert notification.emailed_at is not None


def test_links_are_relative_when_the_site_address_is_not_set(
        parents: dict[str, Any], django_capture_on_commit_callbacks: Any) -> None:
    with override_settings(SITE_URL=""):
        fan_out(make_reply(parents["thread"], parents["jo"]), django_capture_on_commit_callbacks)
    [message] = mail.outbox
    assert message.extra_headers["List-Unsubscribe"].startswith("</notifications/unsubscribe/")


def test_the_email_is_in_the_recipients_language(
        parents: dict[str, Any], django_capture_on_commit_callbacks: Any) -> None:
    parents["sam"].preferred_language = "fr"
    parents["sam"].save()
    fan_out(make_reply(parents["thread"], parents["jo"]), django_capture_on_commit_callbacks)
    [message] = mail.outbox
    assert '<html lang="fr">' in message.alternatives[0][0]


def test_per_group_settings_decide_what_is_emailed(
        parents: dict[str, Any], django_capture_on_commit_callbacks: Any) -> None:
    Membership.objects.filter(user=parents["sam"]).update(email_replies=False)
    fan_out(make_reply(parents["thread"], parents["jo"]), django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert Notification.objects.filter(recipient=parents["sam"], kind="reply").exists()
    fan_out(make_reply(parents["thread"], parents["jo"], body="@Sam's mum thinking of you"),
            django_capture_on_commit_callbacks)
    assert [message.to for message in mail.outbox] == [[parents["sam"].email]]
    Membership.objects.filter(user=parents["sam"]).update(email_mentions=False)
    fan_out(make_reply(parents["thread"], parents["jo"], body="@Sam's mum again"),
            django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1


def test_the_same_person_hears_by_email_from_one_group_and_not_another(
        parents: dict[str, Any], django_capture_on_commit_callbacks: Any) -> None:
    quiet = GroupFactory()
    MembershipFactory(group=quiet, user=parents["sam"], email_milestones=False)
    loud = GroupFactory()
    MembershipFactory(group=loud, user=parents["sam"], email_milestones=True)
    with django_capture_on_commit_callbacks(execute=True):
        notify(recipients=[parents["sam"].pk], kind="milestone", message="A milestone.",
               group=quiet)
        notify(recipients=[parents["sam"].pk], kind="milestone", message="A milestone.",
               group=loud)
    assert len(mail.outbox) == 1
    assert Notification.objects.get(group=loud).emailed_at is not None
    assert Notification.objects.get(group=quiet).emailed_at is None


def test_decisions_and_alerts_are_always_emailed_thanks_never(
        cast: Cast, django_capture_on_commit_callbacks: Any) -> None:
    Membership.objects.filter(user=cast.member).update(
        email_replies=False, email_mentions=False, email_milestones=False, digest="none")
    with django_capture_on_commit_callbacks(execute=True):
        for kind in ("admitted", "declined", "moderation", "crisis_alert", "report", "appeal"):
            notify(recipients=[cast.member.pk], kind=kind, message="News.", group=cast.group)
        notify(recipients=[cast.member.pk], kind="thanks", message="Thanks.", group=cast.group)
        notify(recipients=[cast.member.pk], kind="helped", message="You helped.")
    assert len(mail.outbox) == 6
    assert all(message.subject == "New activity on Mutual" for message in mail.outbox)
    assert "always sent" in mail.outbox[0].body
    assert Notification.objects.filter(kind__in=["thanks", "helped"], emailed_at=None).count() == 2


def test_a_member_who_left_is_not_emailed_about_the_group(
        cast: Cast, django_capture_on_commit_callbacks: Any) -> None:
    Membership.objects.filter(user=cast.member).update(status=Membership.Status.REMOVED)
    with django_capture_on_commit_callbacks(execute=True):
        notify(recipients=[cast.member.pk], kind="mention", message="News.", group=cast.group)
    assert mail.outbox == []


def test_a_notification_is_emailed_once(
        cast: Cast, django_capture_on_commit_callbacks: Any) -> None:
    from mutual.notifications.tasks import send_notification_emails

    with django_capture_on_commit_callbacks(execute=True):
        made = notify(recipients=[cast.member.pk], kind="admitted", message="Welcome.",
                      group=cast.group)
    assert send_notification_emails([made[0].pk]) == 0
    assert len(mail.outbox) == 1
