"""Decisions on posts and members, from the pages: who may make them, what the affected
member sees, and what the rest of the group sees."""

import datetime
import html

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from mutual.audit.models import AuditEvent
from mutual.discussions import actions as discussions
from mutual.discussions.models import Post, Thread, Visibility
from mutual.groups.models import Membership
from mutual.moderation import actions
from mutual.moderation.models import ModerationAction, Report
from mutual.notifications.models import Notification
from tests.conftest import client_for
from tests.discussions.helpers import start, write
from tests.factories import MembershipFactory
from tests.moderation.conftest import MAY_MODERATE, SIDES, People, name_of

pytestmark = pytest.mark.django_db


def moderate_url(people: People, post: Post | None = None) -> str:
    return reverse("post-moderate", args=[people.group.slug, (post or people.post).pk])


def member_url(people: People, user: object = None) -> str:
    membership = Membership.objects.get(group=people.group, user=user or people.writer)
    return reverse("member-moderate", args=[people.group.slug, membership.pk])


def thread_url(people: People) -> str:
    return reverse("thread-detail", args=[people.group.slug, people.thread.pk])


def refreshed(post: Post) -> Post:
    post.refresh_from_db()
    return post


def membership(people: People, user: object = None) -> Membership:
    return Membership.objects.get(group=people.group, user=user or people.writer)


@pytest.mark.parametrize("side", SIDES)
def test_only_facilitators_and_moderators_open_the_decision_pages(people: People,
                                                                  side: str) -> None:
    client = people.client(side)
    expected = 200 if side in MAY_MODERATE else 404
    assert client.get(moderate_url(people)).status_code == expected
    assert client.get(member_url(people)).status_code == expected


@pytest.mark.parametrize("side", sorted(set(SIDES) - MAY_MODERATE))
def test_nobody_else_can_decide(people: People, side: str) -> None:
    client = people.client(side)
    hide = client.post(moderate_url(people), {"action": "hide", "reason": "Rude"})
    mute = client.post(member_url(people), {"action": "mute", "days": "7", "reason": "Rude"})
    assert (hide.status_code, mute.status_code) == (404, 404)
    assert refreshed(people.post).status == Visibility.VISIBLE
    assert not membership(people).is_muted()
    assert not ModerationAction.objects.exists()


def test_a_facilitator_of_another_group_cannot_reach_this_groups_posts(people: People) -> None:
    elsewhere = MembershipFactory(group=people.cast.other_group,
                                  role=Membership.Role.FACILITATOR).user
    client = client_for(elsewhere)
    through_own_group = reverse("post-moderate", args=[people.cast.other_group.slug,
                                                       people.post.pk])
    assert client.post(through_own_group, {"action": "hide", "reason": "x"}).status_code == 404
    assert client.post(moderate_url(people), {"action": "hide", "reason": "x"}).status_code == 404
    assert refreshed(people.post).status == Visibility.VISIBLE


def test_a_hidden_reply_shows_its_reason_to_its_author_and_is_gone_for_others(
        people: People) -> None:
    Thread.objects.filter(pk=people.thread.pk).update(reply_count=1)
    response = people.client("facilitator").post(moderate_url(people), {
        "action": "hide", "reason": "Calling people weak is not how we talk here."})
    assert response.status_code == 302
    assert response["Location"] == reverse("group-moderation", args=[people.group.slug])
    assert refreshed(people.post).status == Visibility.HIDDEN
    assert Thread.objects.get(pk=people.thread.pk).reply_count == 0

    others = people.client("member").get(thread_url(people)).content.decode()
    assert "pathetic and weak" not in others
    assert "not how we talk here" not in others
    author = client_for(people.writer).get(thread_url(people)).content.decode()
    assert "Calling people weak is not how we talk here." in author

    decisions = client_for(people.writer).get(reverse("moderation-decisions")).content.decode()
    assert "Calling people weak is not how we talk here." in decisions
    told = Notification.objects.get(recipient=people.writer, kind="moderation")
    assert told.url == reverse("moderation-decisions")
    assert people.group.name in told.text
    decision = ModerationAction.objects.get(kind="hide")
    assert AuditEvent.objects.filter(verb="moderation.hide", actor=people.cast.facilitator,
                                     target_id=str(decision.pk)).exists()


def test_hiding_needs_a_reason_and_nothing_changes_without_one(people: People) -> None:
    response = people.client("facilitator").post(moderate_url(people), {
        "action": "hide", "reason": "  "})
    assert response.status_code == 400
    assert "Please give a reason: the member will read it." in response.content.decode()
    assert refreshed(people.post).status == Visibility.VISIBLE
    assert not Notification.objects.filter(recipient=people.writer).exists()


def test_method_detail_is_removed_with_the_standard_reason(people: People) -> None:
    response = people.client("moderator").post(moderate_url(people), {
        "action": "remove", "method_detail": "on"})
    assert response.status_code == 302
    post = refreshed(people.post)
    assert post.status == Visibility.REMOVED
    assert post.status_reason == str(actions.METHOD_DETAIL_REASON)
    page = client_for(people.writer).get(reverse("moderation-decisions")).content.decode()
    assert "described a method of self-harm or suicide" in page


def test_a_removal_is_restored_and_counted_again(people: People) -> None:
    Thread.objects.filter(pk=people.thread.pk).update(reply_count=1)
    client = people.client("facilitator")
    client.post(moderate_url(people), {"action": "remove", "reason": "Abuse"})
    assert Thread.objects.get(pk=people.thread.pk).reply_count == 0
    response = client.post(moderate_url(people), {"action": "restore", "reason": "Misread"})
    assert response.status_code == 302
    assert refreshed(people.post).status == Visibility.VISIBLE
    assert Thread.objects.get(pk=people.thread.pk).reply_count == 1
    assert "pathetic and weak" in people.client("member").get(thread_url(people)).content.decode()
    assert list(ModerationAction.objects.values_list("kind", flat=True)) == ["restore", "remove"]


def test_a_moderator_releases_a_crisis_hold_and_the_thread_author_is_told(
        people: People, django_capture_on_commit_callbacks: object) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        held = discussions.reply(actor=people.writer, thread=people.thread,
                                 body="I want to end my life, I can't go on.")
    assert held.status == Visibility.HELD
    refused = people.client("facilitator").post(moderate_url(people, held), {"action": "release"})
    assert refused.status_code == 403
    assert "released by the platform's moderators" in html.unescape(refused.content.decode())
    assert refreshed(held).status == Visibility.HELD

    with django_capture_on_commit_callbacks(execute=True):
        released = people.client("moderator").post(
            moderate_url(people, held), {"action": "release", "next": reverse("moderation-queue")})
    assert released.status_code == 302
    assert released["Location"] == reverse("moderation-queue")
    assert refreshed(held).status == Visibility.VISIBLE
    assert "I can't go on." in html.unescape(people.client("member").get(
        thread_url(people)).content.decode())
    assert Notification.objects.filter(recipient=people.cast.member, kind="reply").exists()
    assert Notification.objects.filter(recipient=people.writer, kind="moderation").exists()


def test_a_crisis_hold_hidden_by_a_facilitator_is_not_let_out_by_restoring_it(
        people: People) -> None:
    held = discussions.reply(actor=people.writer, thread=people.thread,
                             body="I want to end my life.")
    client = people.client("facilitator")
    assert client.post(moderate_url(people, held), {"action": "hide",
                                                    "reason": "Waiting"}).status_code == 302
    assert client.post(moderate_url(people, held), {"action": "restore"}).status_code == 403
    assert refreshed(held).status == Visibility.HIDDEN


def test_a_week_long_mute_stops_posting_and_says_when_it_ends(people: People) -> None:
    response = people.client("facilitator").post(member_url(people), {
        "action": "mute", "days": "7", "reason": "Name-calling after a warning"})
    assert response.status_code == 302
    until = membership(people).muted_until
    assert abs(until - (timezone.now() + datetime.timedelta(days=7))) < datetime.timedelta(
        minutes=1)

    writer = client_for(people.writer)
    refused = writer.post(reverse("thread-reply", args=[people.group.slug, people.thread.pk]),
                          {"body": "Let me back in"})
    assert refused.status_code == 403
    with pytest.raises(PermissionDenied):
        discussions.reply(actor=people.writer, thread=people.thread, body="Still here")
    assert writer.get(thread_url(people)).status_code == 200  # reading goes on

    decision = ModerationAction.objects.get(kind="mute")
    assert decision.until == until
    page = writer.get(reverse("moderation-decisions")).content.decode()
    assert "Name-calling after a warning" in page
    assert str(until.year) in page and "Until" in page
    assert Notification.objects.filter(recipient=people.writer, kind="moderation").exists()
    assert AuditEvent.objects.filter(verb="moderation.mute").exists()


def test_a_custom_mute_length_is_between_1_and_365_days(people: People) -> None:
    client = people.client("facilitator")
    too_long = client.post(member_url(people), {"action": "mute", "days": "custom",
                                                "custom_days": "400", "reason": "Abuse"})
    assert too_long.status_code == 400
    assert "Abuse" in too_long.content.decode()
    assert not membership(people).is_muted()
    client.post(member_url(people), {"action": "mute", "days": "custom", "custom_days": "14",
                                     "reason": "Abuse"})
    until = membership(people).muted_until
    assert datetime.timedelta(days=13) < until - timezone.now() <= datetime.timedelta(days=14)


def test_a_mute_needs_a_length(people: People) -> None:
    response = people.client("facilitator").post(member_url(people), {
        "action": "mute", "days": "", "reason": "Abuse"})
    assert response.status_code == 400
    assert "Please choose how long the mute lasts." in response.content.decode()


def test_facilitators_cannot_mute_or_remove_each_other_but_moderators_can(
        people: People) -> None:
    other = MembershipFactory(group=people.group, role=Membership.Role.FACILITATOR).user
    client = people.client("facilitator")
    assert client.post(member_url(people, other), {"action": "mute", "days": "1",
                                                   "reason": "x"}).status_code == 403
    assert client.post(member_url(people, other), {"action": "remove",
                                                   "reason": "x"}).status_code == 403
    assert people.client("moderator").post(member_url(people, other), {
        "action": "mute", "days": "1", "reason": "Cooling off"}).status_code == 302
    assert membership(people, other).is_muted()


def test_unmuting_lets_the_member_post_again(people: People) -> None:
    client = people.client("facilitator")
    assert client.post(member_url(people, people.muted), {"action": "unmute"}).status_code == 302
    assert not membership(people, people.muted).is_muted()
    discussions.reply(actor=people.muted, thread=people.thread, body="Thank you for having me")
    again = client.post(member_url(people, people.muted), {"action": "unmute"})
    assert again.status_code == 400
    assert "This member is not muted." in again.content.decode()


def test_a_removed_member_loses_the_group_until_reinstated(people: People) -> None:
    client = people.client("facilitator")
    threads = reverse("thread-list", args=[people.group.slug])
    assert client.post(member_url(people), {"action": "remove",
                                            "reason": "Repeated abuse"}).status_code == 302
    assert membership(people).status == Membership.Status.REMOVED
    assert client_for(people.writer).get(threads).status_code == 404
    assert client.post(member_url(people), {"action": "reinstate"}).status_code == 302
    assert membership(people).status == Membership.Status.ACTIVE
    assert client_for(people.writer).get(threads).status_code == 200
    kinds = set(Notification.objects.filter(recipient=people.writer).values_list("kind",
                                                                                  flat=True))
    assert kinds == {"moderation"}
    assert AuditEvent.objects.filter(verb="moderation.remove_member").exists()
    assert AuditEvent.objects.filter(verb="moderation.reinstate").exists()


def test_an_anonymous_author_is_muted_without_the_facilitator_learning_who(
        people: People) -> None:
    people.group.allows_anonymous_posts = True
    people.group.save()
    secret = write(people.thread, people.writer, body="You should all give up.", anonymous=True)
    client = people.client("facilitator")
    page = client.get(moderate_url(people, secret)).content.decode()
    assert "You should all give up." in page
    assert "Sharp Tongue" not in page
    assert 'value="mute_author"' in page
    assert reverse("member-moderate", args=[people.group.slug, membership(people).pk]) not in page

    response = client.post(moderate_url(people, secret), {
        "action": "mute_author", "days": "3", "reason": "Telling people to give up"},
        follow=True)
    assert response.status_code == 200
    assert membership(people).is_muted()
    queue = response.content.decode()
    assert "The member is muted until" in queue
    assert "Sharp Tongue" not in queue
    assert "Telling people to give up" in queue
    assert "Sharp Tongue" in people.client("moderator").get(
        moderate_url(people, secret)).content.decode()

    unmute = client.post(moderate_url(people, secret), {"action": "unmute_author"})
    assert unmute.status_code == 302
    assert not membership(people).is_muted()
    client.post(moderate_url(people, secret), {"action": "remove_author", "reason": "Again"})
    assert membership(people).status == Membership.Status.REMOVED


def test_a_decision_from_a_report_closes_it(people: People) -> None:
    report = actions.file_report(actor=people.cast.member, group=people.group,
                                 reason="harassment", post=people.post)
    client = people.client("facilitator")
    page = client.get(moderate_url(people) + f"?report={report.pk}").content.decode()
    assert "Harassment or bullying" in page
    response = client.post(moderate_url(people), {"action": "hide", "reason": "Harassment",
                                                  "report": str(report.pk)})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == Report.Status.RESOLVED
    assert report.resolved_by == people.cast.facilitator
    assert ModerationAction.objects.get(kind="hide").report == report


def test_a_report_about_something_else_is_not_found(people: People) -> None:
    other_post = write(people.thread, people.cast.member, body="Something kind")
    report = actions.file_report(actor=people.writer, group=people.group, reason="spam",
                                 post=other_post)
    response = people.client("facilitator").post(moderate_url(people), {
        "action": "hide", "reason": "x", "report": str(report.pk)})
    assert response.status_code == 404
    assert refreshed(people.post).status == Visibility.VISIBLE


def test_a_report_is_sent_to_the_moderators_or_dismissed(people: People) -> None:
    first = actions.file_report(actor=people.cast.member, group=people.group,
                                reason="misinformation", post=people.post)
    second = actions.file_report(actor=people.cast.member, group=people.group, reason="spam",
                                 post=people.post)
    client = people.client("facilitator")
    escalated = client.post(moderate_url(people), {"action": "escalate",
                                                   "report": str(first.pk)})
    assert escalated.status_code == 302
    first.refresh_from_db()
    assert first.escalated and first.status == Report.Status.OPEN
    assert Notification.objects.filter(recipient=people.moderator, kind="report").exists()
    assert "Harmful health advice" in people.client("moderator").get(
        reverse("moderation-queue")).content.decode()

    decide = reverse("report-decide", args=[people.group.slug, second.pk])
    assert client.post(decide, {"action": "dismiss"}).status_code == 302
    second.refresh_from_db()
    assert second.status == Report.Status.DISMISSED
    assert client.post(decide, {"action": "dismiss"}).status_code == 404
    assert people.client("member").post(
        reverse("report-decide", args=[people.group.slug, first.pk]),
        {"action": "dismiss"}).status_code == 404
    assert not Notification.objects.filter(recipient=people.writer).exists()
    assert AuditEvent.objects.filter(verb="moderation.escalate").exists()
    assert AuditEvent.objects.filter(verb="moderation.dismiss").exists()


def test_a_deleted_post_is_not_there_to_moderate(people: People) -> None:
    discussions.delete_post(actor=people.writer, post=people.post)
    assert people.client("facilitator").get(moderate_url(people)).status_code == 404


def test_a_held_opening_post_is_marked_for_the_facilitator(people: People) -> None:
    thread = start(people.group, people.writer, title="Goodbye", body="I want to die.",
                   status=Visibility.HELD, crisis_flagged=True)
    page = people.client("facilitator").get(
        moderate_url(people, thread.posts.get())).content.decode()
    assert "Crisis check: held" in page
    assert name_of(people.writer, people.group) in page


def test_a_facilitator_cannot_close_a_report_about_themselves(people: People) -> None:
    facilitator = people.cast.facilitator
    report = actions.file_report(actor=people.cast.member, group=people.group,
                                 reason="harassment", subject=facilitator)
    decide = reverse("report-decide", args=[people.group.slug, report.pk])
    assert people.client("facilitator").post(decide, {"action": "dismiss"}).status_code == 403
    report.refresh_from_db()
    assert report.status == Report.Status.OPEN
    assert people.client("moderator").post(decide, {"action": "dismiss"}).status_code == 302
