"""Members report a post or a member; facilitators (and for a crisis, moderators) are told."""

import pytest
from django.urls import reverse

from mutual.audit.models import AuditEvent
from mutual.discussions.models import Visibility
from mutual.groups.models import Membership
from mutual.moderation.models import Report
from mutual.notifications.models import Notification
from tests.discussions.helpers import start, write
from tests.factories import MembershipFactory
from tests.moderation.conftest import READERS, SIDES, People

pytestmark = pytest.mark.django_db

THANKS = "Thank you. A facilitator will look at this."


def post_report_url(people: People, post_id: int | None = None) -> str:
    return reverse("post-report", args=[people.group.slug, post_id or people.post.pk])


def member_report_url(people: People, user: object = None) -> str:
    membership = Membership.objects.get(group=people.group, user=user or people.writer)
    return reverse("member-report", args=[people.group.slug, membership.pk])


@pytest.mark.parametrize("side", SIDES)
def test_only_those_who_read_the_group_can_open_the_report_pages(people: People,
                                                                  side: str) -> None:
    client = people.client(side)
    expected = 200 if side in READERS else 404
    assert client.get(post_report_url(people)).status_code == expected
    assert client.get(member_report_url(people)).status_code == expected
    if side in READERS:
        response = client.post(post_report_url(people), {"reason": "harassment"})
        assert response.status_code == 200
        assert THANKS in response.content.decode()
    else:
        assert client.post(post_report_url(people), {"reason": "harassment"}).status_code == 404
        assert not Report.objects.exists()


def test_a_report_reaches_the_facilitators_without_naming_who_sent_it(
        people: People, django_capture_on_commit_callbacks: object) -> None:
    member, facilitator = people.cast.member, people.cast.facilitator
    page = people.client("member").get(post_report_url(people)).content.decode()
    assert "pathetic and weak" in page and "Sharp Tongue" in page
    response = people.client("member").post(post_report_url(people), {
        "reason": "harassment", "text": "This is the third time tonight."})
    assert THANKS in response.content.decode()
    report = Report.objects.get()
    assert (report.post, report.subject, report.reporter) == (people.post, people.writer, member)
    assert report.reason == "harassment" and not report.escalated
    alert = Notification.objects.get(recipient=facilitator, kind="report")
    assert alert.url == reverse("group-moderation", args=[people.group.slug])
    assert name_free(alert.text, member, people)
    assert not Notification.objects.filter(recipient=people.moderator).exists()
    assert AuditEvent.objects.filter(verb="report.file", actor=member,
                                     target_id=str(report.pk)).exists()


def name_free(text: str, user: object, people: People) -> bool:
    return Membership.objects.get(user=user, group=people.group).display_name not in text


def test_a_crisis_report_shows_help_and_alerts_the_moderators(people: People) -> None:
    response = people.client("member").post(post_report_url(people), {
        "reason": "crisis", "text": "She said goodbye to everyone."})
    page = response.content.decode()
    assert response.status_code == 200
    assert THANKS in page
    assert "moderators were alerted" in page
    assert 'class="crisis-card"' in page
    report = Report.objects.get()
    assert report.escalated
    alert = Notification.objects.get(recipient=people.moderator, kind="report")
    assert alert.url == reverse("moderation-queue")


def test_a_report_needs_a_reason_and_keeps_what_was_typed(people: People) -> None:
    response = people.client("member").post(post_report_url(people), {
        "text": "It keeps happening"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Please choose a reason from the list." in page
    assert "It keeps happening" in page
    assert not Report.objects.exists()


def test_too_many_reports_are_refused_with_the_text_kept(people: People) -> None:
    client = people.client("member")
    for _ in range(5):  # a new account's hourly allowance
        assert client.post(post_report_url(people), {"reason": "spam"}).status_code == 200
    response = client.post(post_report_url(people), {"reason": "spam", "text": "Once more"})
    assert response.status_code == 429
    page = response.content.decode()
    assert "many reports in the last hour" in page
    assert "Once more" in page
    assert Report.objects.count() == 5


def test_posts_that_are_not_visible_or_elsewhere_cannot_be_reported(people: People) -> None:
    client = people.client("member")
    hidden = write(people.thread, people.writer, body="Hidden", status=Visibility.HIDDEN)
    held = write(people.thread, people.writer, body="Held", status=Visibility.HELD)
    elsewhere = start(people.cast.other_group, people.cast.other_member).posts.get()
    for post_id in (hidden.pk, held.pk, elsewhere.pk, 999_999):
        assert client.get(post_report_url(people, post_id)).status_code == 404
        assert client.post(post_report_url(people, post_id),
                           {"reason": "spam"}).status_code == 404
    assert not Report.objects.exists()


def test_a_member_can_be_reported_but_not_oneself(people: People) -> None:
    client = people.client("member")
    response = client.post(member_report_url(people), {"reason": "harassment",
                                                       "text": "Messages me privately"})
    assert THANKS in response.content.decode()
    report = Report.objects.get()
    assert report.post is None and report.subject == people.writer
    mine = client.post(member_report_url(people, people.cast.member), {"reason": "spam"})
    assert mine.status_code == 400
    assert "You cannot report yourself." in mine.content.decode()
    own_post = people.thread.posts.get(is_opening=True)
    assert client.post(post_report_url(people, own_post.pk),
                       {"reason": "spam"}).status_code == 400


def test_inactive_members_and_other_groups_members_cannot_be_reported(people: People) -> None:
    client = people.client("member")
    for user in (people.pending, people.removed):
        assert client.get(member_report_url(people, user)).status_code == 404
    elsewhere = MembershipFactory(group=people.cast.other_group)
    url = reverse("member-report", args=[people.group.slug, elsewhere.pk])
    assert client.get(url).status_code == 404


def test_a_report_about_a_facilitator_goes_to_the_moderators_only(people: People) -> None:
    facilitator = people.cast.facilitator
    response = people.client("member").post(member_report_url(people, facilitator),
                                            {"reason": "harassment"})
    assert THANKS in response.content.decode()
    assert Report.objects.get().escalated
    assert not Notification.objects.filter(recipient=facilitator).exists()
    assert Notification.objects.filter(recipient=people.moderator, kind="report").exists()
    queue = people.client("facilitator").get(reverse("group-moderation",
                                                     args=[people.group.slug]))
    assert "No open reports." in queue.content.decode()
