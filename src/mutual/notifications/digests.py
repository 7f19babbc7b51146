"""The daily and weekly digests: what is new in a person's groups, in one email."""

import datetime
from collections import defaultdict
from itertools import groupby
from typing import Any

from django.core.mail import get_connection
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from mutual.discussions.models import Post, Thread, Visibility
from mutual.groups.models import Membership
from mutual.notifications.actions import mark_digests_sent
from mutual.notifications.emails import absolute_url, digest_email

PERIODS = {
    Membership.Digest.DAILY: datetime.timedelta(days=1),
    Membership.Digest.WEEKLY: datetime.timedelta(days=7),
}
# A digest sent less than this share of a period ago is not sent again, so a second run in
# the same period does nothing while a run that comes a little early (cron) still sends.
RESEND_AFTER = 5 / 6
PEOPLE_PER_BATCH = 500
THREADS_PER_GROUP = 20


def _due(period: str, now: datetime.datetime) -> Any:
    recent = now - PERIODS[period] * RESEND_AFTER
    return Membership.objects.filter(
        Q(digest_sent_at__isnull=True) | Q(digest_sent_at__lte=recent),
        status=Membership.Status.ACTIVE, digest=period, user__is_active=True,
    ).exclude(user__email="")


def _section(membership: Membership, since: datetime.datetime, threads: list[Thread],
             replies: dict[int, list[datetime.datetime]]) -> dict[str, Any] | None:
    """What is new in one group since `since`: new threads and threads with new replies."""
    group = membership.group
    items = []
    for thread in threads:
        count = sum(1 for moment in replies.get(thread.pk, ()) if moment > since)
        new = thread.created_at > since
        if new or count:
            items.append({
                "title": thread.title, "new": new, "replies": count,
                "url": absolute_url(reverse("thread-detail", args=[group.slug, thread.pk])),
            })
    if not items:
        return None
    return {
        "group": group,
        "threads": items[:THREADS_PER_GROUP],
        "more": max(len(items) - THREADS_PER_GROUP, 0),
        "url": absolute_url(reverse("thread-list", args=[group.slug])),
    }


def send_digests(*, period: str, now: datetime.datetime | None = None) -> int:
    """Email every member whose digest setting is `period` what is new since their last
    digest (or over the period), one email per person for all their groups; returns how
    many emails went out. Only visible threads of groups the person is an active member of.
    """
    now = now or timezone.now()
    due = _due(period, now)
    people = list(due.values_list("user_id", flat=True).distinct().order_by("user_id"))
    sent = 0
    for start in range(0, len(people), PEOPLE_PER_BATCH):
        sent += _send_batch(due.filter(user_id__in=people[start:start + PEOPLE_PER_BATCH]),
                            period=period, now=now)
    return sent


def _send_batch(due: Any, *, period: str, now: datetime.datetime) -> int:
    memberships = list(due.select_related("group", "user").order_by("user_id", "group__name"))
    if not memberships:
        return 0
    default_since = now - PERIODS[period]
    since = {m.pk: m.digest_sent_at or default_since for m in memberships}
    earliest = min(since.values())
    threads: dict[int, list[Thread]] = defaultdict(list)
    for thread in Thread.objects.filter(
        group_id__in={m.group_id for m in memberships}, status=Visibility.VISIBLE,
        last_post_at__gt=earliest,
    ).only("pk", "group_id", "title", "created_at").order_by("-last_post_at"):
        threads[thread.group_id].append(thread)
    replies: dict[int, list[datetime.datetime]] = defaultdict(list)
    for thread_id, created_at in Post.objects.filter(
        thread_id__in=[thread.pk for group in threads.values() for thread in group],
        status=Visibility.VISIBLE, is_opening=False, created_at__gt=earliest,
    ).values_list("thread_id", "created_at"):
        replies[thread_id].append(created_at)
    messages = []
    for _user_id, own in groupby(memberships, key=lambda m: m.user_id):
        own = list(own)
        sections = [
            section for m in own
            if (section := _section(m, since[m.pk], threads.get(m.group_id, []), replies))
        ]
        if sections:
            messages.append(digest_email(own[0].user, sections))
    if messages:
        get_connection().send_messages(messages)
    mark_digests_sent(membership_ids=[m.pk for m in memberships], now=now)
    return len(messages)

