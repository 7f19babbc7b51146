"""A member reads the decisions about them and appeals; a platform moderator answers."""

import html

import pytest
from django.urls import reverse

from mutual.audit.models import AuditEvent
from mutual.discussions import actions as discussions
from mutual.discussions.models import Visibility
from mutual.groups.models import Membership
from mutual.moderation import actions
from mutual.moderation.models import Appeal, ModerationAction
from mutual.notifications.models import Notification
from tests.conftest import client_for
from tests.moderation.conftest import SIDES, People

pytestmark = pytest.mark.django_db

DECISIONS = reverse("moderation-decisions")


def page_of(response: object) -> str:
    return html.unescape(response.content.decode())  # type: ignore[attr-defined]


def appeal_url(decision: ModerationAction) -> str:
    return reverse("moderation-appeal", args=[decision.pk])


def answer_url(appeal: Appeal) -> str:
    return reverse("appeal-answer", args=[appeal.pk])


def hide(people: People, reason: str = "Name-calling") -> ModerationAction:
    return actions.hide_post(actor=people.cast.facilitator, post=people.post, reason=reason)


def test_decisions_need_signing_in() -> None:
    from django.test import Client

    response = Client().get(DECISIONS)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_the_decisions_page_lists_decisions_with_their_reasons_and_a_way_to_appeal(
        people: People) -> None:
    report = actions.file_report(actor=people.cast.member, group=people.group, reason="spam",
                                 post=people.post)
    actions.dismiss_report(actor=people.cast.facilitator, report=report)
    held = discussions.reply(actor=people.writer, thread=people.thread,
                             body="I want to end my life.")
    hidden = hide(people)
    muted = actions.mute_member(actor=people.cast.facilitator, group=people.group,
                                user=people.writer, days=7, reason="After a warning")
    page = page_of(client_for(people.writer).get(DECISIONS))
    assert people.group.name in page
    assert "Hidden" in page and "Name-calling" in page
    assert "Muted" in page and "After a warning" in page and "Until" in page
    assert appeal_url(hidden) in page and appeal_url(muted) in page
    hold = ModerationAction.objects.get(kind="hold")
    assert appeal_url(hold) not in page
    assert "Report dismissed" not in page
    assert "Your posts waiting for review" in page
    assert held.status_reason in page
    others = page_of(people.client("member").get(DECISIONS))
    assert "Name-calling" not in others
    assert "There are no decisions about you." in others


@pytest.mark.parametrize("side", sorted(set(SIDES) - {"anonymous"}))
def test_only_the_member_a_decision_is_about_can_appeal_it(people: People, side: str) -> None:
    decision = hide(people)
    client = people.client(side)
    assert client.get(appeal_url(decision)).status_code == 404
    assert client.post(appeal_url(decision), {"text": "Let me"}).status_code == 404
    assert not Appeal.objects.exists()


def test_an_appeal_reaches_the_moderators_once(people: People) -> None:
    decision = hide(people)
    client = client_for(people.writer)
    empty = client.post(appeal_url(decision), {"text": ""})
    assert empty.status_code == 400
    assert "Please say why the decision should change." in page_of(empty)
    response = client.post(appeal_url(decision), {"text": "I was quoting my father."})
    assert response.status_code == 302 and response["Location"] == DECISIONS
    appeal = Appeal.objects.get()
    assert (appeal.action, appeal.text, appeal.status) == (decision, "I was quoting my father.",
                                                          Appeal.Status.OPEN)
    alert = Notification.objects.get(recipient=people.moderator, kind="appeal")
    assert alert.url == reverse("moderation-queue")
    assert AuditEvent.objects.filter(verb="moderation.appeal", actor=people.writer).exists()
    page = page_of(client.get(DECISIONS))
    assert "Your appeal: Waiting for a moderator." in page
    assert appeal_url(decision) not in page
    again = client.post(appeal_url(decision), {"text": "Again"})
    assert again.status_code == 400
    assert "You have already appealed this decision." in page_of(again)
    assert Appeal.objects.count() == 1


@pytest.mark.parametrize("side", sorted(set(SIDES) - {"moderator"}))
def test_only_moderators_answer_appeals(people: People, side: str) -> None:
    appeal = actions.appeal(actor=people.writer, action=hide(people), text="Please")
    client = people.client(side)
    assert client.get(answer_url(appeal)).status_code == 404
    assert client.post(answer_url(appeal), {"outcome": "reverse",
                                            "answer": "ok"}).status_code == 404
    assert Appeal.objects.get().status == Appeal.Status.OPEN


def answer(people: People, appeal: Appeal, outcome: str, text: str) -> object:
    return people.client("moderator").post(answer_url(appeal), {"outcome": outcome,
                                                                "answer": text})


def test_an_overturned_hide_restores_the_post_and_tells_the_member(people: People) -> None:
    appeal = actions.appeal(actor=people.writer, action=hide(people), text="I was quoting.")
    page = page_of(people.client("moderator").get(answer_url(appeal)))
    assert "I was quoting." in page and "Sharp Tongue" in page
    response = answer(people, appeal, "reverse", "Read in context, it was a quote.")
    assert response.status_code == 302
    people.post.refresh_from_db()
    assert people.post.status == Visibility.VISIBLE
    appeal.refresh_from_db()
    assert appeal.status == Appeal.Status.OVERTURNED
    assert Notification.objects.filter(recipient=people.writer, kind="appeal").exists()
    decisions = page_of(client_for(people.writer).get(DECISIONS))
    assert "Your appeal: Decision reversed." in decisions
    assert "Read in context, it was a quote." in decisions
    assert AuditEvent.objects.filter(verb="moderation.appeal_answered").exists()
    assert AuditEvent.objects.filter(verb="moderation.restore").exists()


def test_an_overturned_mute_unmutes(people: People) -> None:
    muted = actions.mute_member(actor=people.cast.facilitator, group=people.group,
                                user=people.writer, days=30, reason="Rude")
    appeal = actions.appeal(actor=people.writer, action=muted, text="I apologised.")
    answer(people, appeal, "reverse", "The apology settles it.")
    assert not Membership.objects.get(group=people.group, user=people.writer).is_muted()
    discussions.reply(actor=people.writer, thread=people.thread, body="Thank you all.")


def test_an_overturned_removal_reinstates(people: People) -> None:
    removed = actions.remove_member(actor=people.cast.facilitator, group=people.group,
                                    user=people.writer, reason="Abuse")
    appeal = actions.appeal(actor=people.writer, action=removed, text="It was not me.")
    assert client_for(people.writer).get(appeal_url(removed)).status_code == 200
    answer(people, appeal, "reverse", "Someone else used the account.")
    membership = Membership.objects.get(group=people.group, user=people.writer)
    assert membership.status == Membership.Status.ACTIVE


def test_a_kept_decision_stays_with_its_reason(people: People) -> None:
    appeal = actions.appeal(actor=people.writer, action=hide(people), text="Unfair")
    missing = answer(people, appeal, "keep", "")
    assert missing.status_code == 400
    assert "Please give a reason: the member will read it." in page_of(missing)
    answer(people, appeal, "keep", "Calling people weak hurts them.")
    people.post.refresh_from_db()
    assert people.post.status == Visibility.HIDDEN
    appeal.refresh_from_db()
    assert appeal.status == Appeal.Status.UPHELD
    assert "Calling people weak hurts them." in page_of(client_for(people.writer).get(DECISIONS))
    again = answer(people, appeal, "reverse", "Changed my mind")
    assert again.status_code == 400
    assert "This appeal has been answered." in page_of(again)


def test_an_overturn_of_a_decision_already_undone_changes_nothing_more(people: People) -> None:
    decision = hide(people)
    actions.restore_post(actor=people.cast.facilitator, post=people.post)
    appeal = actions.appeal(actor=people.writer, action=decision, text="Please")
    assert answer(people, appeal, "reverse", "Already back").status_code == 302
    assert ModerationAction.objects.filter(kind="restore").count() == 1


def test_the_decisions_page_runs_a_fixed_number_of_queries(
        people: People, django_assert_num_queries: object) -> None:
    from tests.discussions.helpers import write

    client = client_for(people.writer)

    def decide(count: int) -> None:
        for number in range(count):
            post = write(people.thread, people.writer, body=f"Reply {number}")
            decision = actions.hide_post(actor=people.cast.facilitator, post=post,
                                         reason=f"Reason {number}")
            actions.appeal(actor=people.writer, action=decision, text="Please")

    decide(1)
    with django_assert_num_queries(5):  # session, user, count, decisions, held posts
        client.get(DECISIONS)
    decide(4)
    with django_assert_num_queries(5):
        page = page_of(client.get(DECISIONS))
    assert all(f"Reason {number}" in page for number in range(4))
