"""The bell, the notifications page and the email settings page, from each side."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from mutual.groups.models import Membership
from mutual.notifications.actions import notify
from mutual.notifications.models import Notification
from tests.conftest import Cast, client_for
from tests.factories import GroupFactory, MembershipFactory


def tell(user_id: int, text: str = "Someone replied to your thread.", url: str = "/groups/") -> \
        Notification:
    return notify(recipients=[user_id], kind="reply", message=text, url=url)[0]


def test_the_bell_shows_the_unread_count_in_words_for_screen_readers(cast: Cast) -> None:
    for _n in range(3):
        tell(cast.member.pk)
    tell(cast.other_member.pk)
    fragment = client_for(cast.member).get(reverse("notification-bell"))
    assert fragment.status_code == 200
    text = fragment.content.decode()
    assert "3 unread notifications" in text
    assert '<span aria-hidden="true">3</span>' in text
    assert fragment["Cache-Control"].startswith("max-age=0")


def test_the_bell_has_no_count_when_all_is_read_and_nothing_for_anonymous(cast: Cast) -> None:
    tell(cast.member.pk)
    client = client_for(cast.member)
    client.post(reverse("notifications-read"))
    text = client.get(reverse("notification-bell")).content.decode()
    assert "Notifications" in text and "unread" not in text
    anonymous = client_for(None).get(reverse("notification-bell"))
    assert anonymous.status_code == 204 and anonymous.content == b""


def test_pages_load_the_bell_with_htmx_and_spend_no_query_on_it(cast: Cast) -> None:
    tell(cast.member.pk)
    with CaptureQueriesContext(connection) as queries:
        page = client_for(cast.member).get(reverse("crisis")).content.decode()
    assert f'hx-get="{reverse("notification-bell")}"' in page
    assert 'hx-trigger="load, every 60s"' in page
    assert f'href="{reverse("notifications")}"' in page
    assert not any("notifications_notification" in query["sql"] for query in queries)
    assert reverse("notification-bell") not in client_for(None).get(reverse("crisis")).content \
        .decode()


def test_my_notifications_newest_first_with_unread_marked_and_nobody_elses(
        cast: Cast, django_assert_max_num_queries: object) -> None:
    old = tell(cast.member.pk, "An older notice.")
    Notification.objects.filter(pk=old.pk).update(read_at=old.created_at)
    tell(cast.member.pk, "A newer notice.")
    tell(cast.other_member.pk, "Someone else's notice.")
    client = client_for(cast.member)
    with django_assert_max_num_queries(6):  # type: ignore[operator]
        page = client.get(reverse("notifications")).content.decode()
    assert page.index("A newer notice.") < page.index("An older notice.")
    assert "Someone else's notice." not in page
    assert page.count('class="notification unread"') == 1
    assert "Mark all read" in page


def test_the_notifications_page_is_paginated_at_a_constant_cost(
        cast: Cast, django_assert_max_num_queries: object) -> None:
    for _n in range(60):
        tell(cast.member.pk, "A notice.")
    client = client_for(cast.member)
    with django_assert_max_num_queries(6):  # type: ignore[operator]
        first = client.get(reverse("notifications")).content.decode()
    assert first.count('<li class="notification') == 25 and 'rel="next"' in first
    third = client.get(reverse("notifications") + "?page=3").content.decode()
    assert third.count('<li class="notification') == 10


def test_mark_all_read_marks_only_mine_and_needs_a_post(cast: Cast) -> None:
    tell(cast.member.pk)
    tell(cast.member.pk)
    tell(cast.other_member.pk)
    client = client_for(cast.member)
    assert client.get(reverse("notifications-read")).status_code == 405
    response = client.post(reverse("notifications-read"))
    assert response.status_code == 302
    assert not Notification.objects.filter(recipient=cast.member, read_at__isnull=True).exists()
    assert Notification.objects.filter(recipient=cast.other_member, read_at__isnull=True).count() \
        == 1
    assert client_for(None).post(reverse("notifications-read")).status_code == 302


def test_opening_a_notification_marks_it_read_and_goes_to_it(cast: Cast) -> None:
    notification = tell(cast.member.pk, url="/groups/somewhere/threads/4/#post-9")
    response = client_for(cast.member).get(reverse("notification-open", args=[notification.pk]))
    assert response.status_code == 302
    assert response["Location"] == "/groups/somewhere/threads/4/#post-9"
    notification.refresh_from_db()
    assert notification.read_at is not None


def test_a_notification_never_sends_anyone_off_the_site(cast: Cast) -> None:
    client = client_for(cast.member)
    for url in ("https://evil.example/", "//evil.example/path", "/\\evil.example", "javascript:x"):
        notification = tell(cast.member.pk, url=url)
        response = client.get(reverse("notification-open", args=[notification.pk]))
        assert response["Location"] == reverse("notifications"), url


def test_nobody_opens_another_persons_notification(cast: Cast) -> None:
    notification = tell(cast.other_member.pk)
    response = client_for(cast.member).get(reverse("notification-open", args=[notification.pk]))
    assert response.status_code == 404
    notification.refresh_from_db()
    assert notification.read_at is None


def test_the_settings_page_lists_only_my_active_groups(cast: Cast) -> None:
    pending = MembershipFactory(user=cast.member, status=Membership.Status.PENDING,
                                group=GroupFactory(name="Waiting Room Circle"))
    removed = MembershipFactory(user=cast.member, status=Membership.Status.REMOVED,
                                group=GroupFactory(name="Left Behind Circle"))
    page = client_for(cast.member).get(reverse("notification-settings")).content.decode()
    assert cast.group.name in page
    assert pending.group.name not in page and removed.group.name not in page
    assert cast.other_group.name not in page
    assert client_for(None).get(reverse("notification-settings")).status_code == 302


def test_settings_are_saved_per_group(cast: Cast) -> None:
    second = MembershipFactory(user=cast.member, group=GroupFactory())
    first = Membership.objects.get(user=cast.member, group=cast.group)
    response = client_for(cast.member).post(reverse("notification-settings"), {
        f"group-{first.pk}-email_replies": "on",
        f"group-{first.pk}-digest": "daily",
        f"group-{second.pk}-email_mentions": "on",
        f"group-{second.pk}-email_milestones": "on",
        f"group-{second.pk}-digest": "none",
    })
    assert response.status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.email_replies, first.email_mentions, first.email_milestones, first.digest) == (
        True, False, False, "daily")
    assert (second.email_replies, second.email_mentions, second.email_milestones,
            second.digest) == (False, True, True, "none")


def test_an_unknown_digest_choice_is_refused_and_nothing_is_saved(cast: Cast) -> None:
    membership = Membership.objects.get(user=cast.member, group=cast.group)
    response = client_for(cast.member).post(reverse("notification-settings"), {
        f"group-{membership.pk}-digest": "hourly",
    })
    assert response.status_code == 400
    assert "hourly" in response.content.decode()
    membership.refresh_from_db()
    assert membership.digest == "weekly" and membership.email_replies


def test_nobody_changes_another_persons_settings(cast: Cast) -> None:
    others = Membership.objects.get(user=cast.facilitator, group=cast.group)
    mine = Membership.objects.get(user=cast.member, group=cast.group)
    client_for(cast.member).post(reverse("notification-settings"), {
        f"group-{mine.pk}-digest": "weekly",
        f"group-{others.pk}-digest": "none",
    })
    others.refresh_from_db()
    assert others.digest == "weekly" and others.email_replies
    client_for(cast.facilitator).post(reverse("notification-settings"), {
        f"group-{others.pk}-digest": "daily",
    })
    others.refresh_from_db()
    mine.refresh_from_db()
    assert others.digest == "daily" and mine.digest == "weekly"
