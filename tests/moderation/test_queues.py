"""The group's queue for its facilitators, and the platform's queue for moderators."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from mutual.discussions import actions as discussions
from mutual.discussions.models import Post, Visibility
from mutual.groups.models import Membership
from mutual.moderation import actions
from tests.conftest import client_for
from tests.discussions.helpers import start, write
from tests.factories import GroupFactory, MembershipFactory
from tests.moderation.conftest import MAY_MODERATE, SIDES, People, make_moderator, name_of

pytestmark = pytest.mark.django_db

CRISIS = "I want to end my life tonight."


def queue_url(people: People) -> str:
    return reverse("group-moderation", args=[people.group.slug])


def crisis_hold(group: object, author: object) -> Post:
    thread = start(group, author, title="Tonight")
    return discussions.reply(actor=author, thread=thread, body=CRISIS)


@pytest.mark.parametrize("side", SIDES)
def test_the_group_queue_is_for_its_facilitators_and_the_moderators(people: People,
                                                                     side: str) -> None:
    response = people.client(side).get(queue_url(people))
    assert response.status_code == (200 if side in MAY_MODERATE else 404)


def test_a_facilitator_of_another_group_gets_nothing(people: People) -> None:
    elsewhere = MembershipFactory(group=people.cast.other_group,
                                  role=Membership.Role.FACILITATOR).user
    assert client_for(elsewhere).get(queue_url(people)).status_code == 404


@pytest.mark.parametrize("side", SIDES)
def test_the_platform_queue_is_for_moderators_only(people: People, side: str) -> None:
    response = people.client(side).get(reverse("moderation-queue"))
    assert response.status_code == (200 if side == "moderator" else 404)


def test_the_queue_shows_reports_without_the_reporter(people: People) -> None:
    member = people.cast.member
    report = actions.file_report(actor=member, group=people.group, reason="harassment",
                                 text="Third time tonight", post=people.post)
    page = people.client("facilitator").get(queue_url(people)).content.decode()
    assert "Harassment or bullying" in page
    assert "Third time tonight" in page
    assert "pathetic and weak" in page
    assert "Reported by a member" in page
    assert name_of(member, people.group) not in page
    assert "Sharp Tongue" in page  # the post was not anonymous
    assert f"?report={report.pk}" in page


def test_an_anonymous_authors_name_is_kept_from_facilitators_but_not_moderators(
        people: People) -> None:
    people.group.allows_anonymous_posts = True
    people.group.save()
    secret = write(people.thread, people.writer, body="Nobody here gets it.", anonymous=True)
    actions.file_report(actor=people.cast.member, group=people.group, reason="other",
                        post=secret)
    facilitator_page = people.client("facilitator").get(queue_url(people)).content.decode()
    assert "Nobody here gets it." in facilitator_page
    assert "Sharp Tongue" not in facilitator_page
    assert "a member" in facilitator_page
    moderator_page = people.client("moderator").get(queue_url(people)).content.decode()
    assert "Sharp Tongue" in moderator_page


def test_held_posts_are_marked_and_only_moderators_release_crisis_holds(people: People) -> None:
    hold = crisis_hold(people.group, people.writer)
    facilitator_page = people.client("facilitator").get(queue_url(people)).content.decode()
    assert "Crisis check: held" in facilitator_page
    assert CRISIS in facilitator_page
    assert 'value="release"' not in facilitator_page
    moderator_page = people.client("moderator").get(queue_url(people)).content.decode()
    assert 'value="release"' in moderator_page
    assert hold.status == Visibility.HELD


def test_hidden_posts_and_muted_members_are_listed_with_end_dates(people: People) -> None:
    facilitator = people.cast.facilitator
    actions.hide_post(actor=facilitator, post=people.post, reason="Name-calling")
    decision = actions.mute_member(actor=facilitator, group=people.group, user=people.writer,
                                   days=7, reason="Name-calling again")
    page = people.client("facilitator").get(queue_url(people)).content.decode()
    assert "Hidden posts" in page and "Name-calling" in page
    assert "Sharp Tongue" in page
    until = date_format(timezone.localtime(decision.until), "DATETIME_FORMAT")
    assert f"muted until {until}" in page
    assert name_of(people.muted, people.group) in page  # muted in the fixture
    assert "Name-calling again" in page  # among recent decisions


def test_the_platform_queue_shows_crisis_holds_from_every_group_oldest_first(
        people: People) -> None:
    elsewhere = people.cast.other_group
    first = crisis_hold(elsewhere, people.cast.other_member)
    Post.objects.filter(pk=first.pk).update(created_at=timezone.now() - datetime.timedelta(
        hours=3))
    crisis_hold(people.group, people.writer)
    page = people.client("moderator").get(reverse("moderation-queue")).content.decode()
    assert page.index(elsewhere.name) < page.index(people.group.name)
    assert "waiting 3\xa0hours" in page
    assert name_of(people.cast.other_member, elsewhere) in page


def test_the_platform_queue_shows_escalated_reports_and_appeals(people: People) -> None:
    facilitator = people.cast.facilitator
    report = actions.file_report(actor=people.cast.member, group=people.group,
                                 reason="misinformation", text="Stop your medication, it says",
                                 post=people.post)
    actions.escalate_report(actor=facilitator, report=report)
    hidden = actions.hide_post(actor=facilitator, post=people.post, reason="Harmful advice")
    appeal = actions.appeal(actor=people.writer, action=hidden, text="It was a joke.")
    page = people.client("moderator").get(reverse("moderation-queue")).content.decode()
    assert "Stop your medication, it says" in page
    assert "It was a joke." in page
    assert reverse("appeal-answer", args=[appeal.pk]) in page


def fill_group(people: People, count: int) -> None:
    """`count` of everything the group's queue lists."""
    facilitator = people.cast.facilitator
    for number in range(count):
        author = MembershipFactory(group=people.group).user
        thread = start(people.group, author, title=f"Thread {number}")
        post = write(thread, author, body=f"Reply {number}")
        reporter = MembershipFactory(group=people.group).user
        actions.file_report(actor=reporter, group=people.group, reason="spam", post=post)
        write(thread, author, body=f"Held {number}", status=Visibility.HELD, crisis_flagged=True)
        actions.hide_post(actor=facilitator, post=post, reason="Spam")
        actions.mute_member(actor=facilitator, group=people.group, user=author, days=2,
                            reason="Spam")


def count_queries(client: object, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_group_queue_runs_a_fixed_number_of_queries(
        people: People, django_assert_num_queries: object) -> None:
    client = people.client("facilitator")
    fill_group(people, 1)
    few = count_queries(client, queue_url(people))
    fill_group(people, 4)
    assert count_queries(client, queue_url(people)) == few
    page = client.get(queue_url(people)).content.decode()
    assert all(f"Held {number}" in page and f"Reply {number}" in page for number in range(4))
    # session, user, group, membership check, and the five lists
    with django_assert_num_queries(9):
        client.get(queue_url(people))


def test_the_platform_queue_runs_a_fixed_number_of_queries(
        people: People, django_assert_num_queries: object) -> None:
    client = people.client("moderator")

    def fill(count: int) -> None:
        for _ in range(count):
            group = GroupFactory()
            author = MembershipFactory(group=group).user
            crisis_hold(group, author)
            thread = start(group, author)
            post = write(thread, author)
            reporter = MembershipFactory(group=group).user
            actions.file_report(actor=reporter, group=group, reason="crisis", post=post)
            hidden = actions.hide_post(actor=make_moderator(), post=post, reason="Unsafe")
            actions.appeal(actor=author, action=hidden, text="Please look again")

    fill(1)
    few = count_queries(client, reverse("moderation-queue"))
    fill(3)
    assert count_queries(client, reverse("moderation-queue")) == few
    # session, user, two-factor check, and the three lists
    with django_assert_num_queries(6):
        client.get(reverse("moderation-queue"))
