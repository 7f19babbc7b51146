"""Every write to notifications: made in the recipient's language, counted for the bell."""

import datetime
from collections.abc import Iterable
from typing import Any

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation

from mutual.accounts.models import User
from mutual.groups.models import Group, Membership
from mutual.notifications.models import Notification

UNREAD_KEY = "notifications:unread:{}"

# Kinds shown under the bell only: thanks and "you helped" are private encouragement.
IN_APP_ONLY = frozenset({Notification.Kind.THANKS, Notification.Kind.HELPED})

# What an unsubscribe link can stop, and the membership settings that turns off.
STOPPABLE = {
    "replies": {"email_replies": False},
    "mentions": {"email_mentions": False},
    "milestones": {"email_milestones": False},
    "digest": {"digest": Membership.Digest.NONE},
    "all": {"email_replies": False, "email_mentions": False, "email_milestones": False,
            "digest": Membership.Digest.NONE},
}


def forget_unread_count(user_ids: Iterable[int]) -> None:
    cache.delete_many([UNREAD_KEY.format(user_id) for user_id in user_ids])


def notify(
    *,
    recipients: Iterable[int],
    kind: str,
    message: Any,
    params: dict[str, Any] | None = None,
    group: Group | None = None,
    url: str = "",
    exclude: int | None = None,
) -> list[Notification]:
    """Tell each recipient (user ids) something, in their own language; email follows
    after commit for those who want it.

    One query for the recipients and one insert per 1,000 of them: a large group costs little.
    """
    ids = {user_id for user_id in recipients if user_id and user_id != exclude}
    if not ids:
        return []
    languages = dict(User.objects.filter(pk__in=ids, is_active=True).values_list(
        "pk", "preferred_language"))
    texts: dict[str, str] = {}
    notifications = []
    for user_id, language in languages.items():
        if language not in texts:
            with translation.override(language):
                texts[language] = (str(message) % (params or {}))[:300]
        notifications.append(
            Notification(recipient_id=user_id, kind=kind, group=group, text=texts[language],
                         url=url)
        )
    with transaction.atomic():
        made = Notification.objects.bulk_create(notifications, batch_size=1000)
        forget_unread_count(languages)
        if kind not in IN_APP_ONLY:
            made_ids = [notification.pk for notification in made]
            transaction.on_commit(lambda: _send_email(made_ids))
    return made


def _send_email(notification_ids: list[int]) -> None:
    from mutual.notifications.tasks import email_notifications

    email_notifications.enqueue(notification_ids)


@transaction.atomic
def mark_read(*, user: Any, ids: Iterable[int] | None = None,
              now: datetime.datetime | None = None) -> int:
    """Mark some (or all) of a person's unread notifications read."""
    unread = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if ids is not None:
        unread = unread.filter(pk__in=list(ids))
    count = unread.update(read_at=now or timezone.now())
    forget_unread_count([user.pk])
    return count


def mark_emailed(*, ids: Iterable[int], now: datetime.datetime | None = None) -> int:
    """Record that these notifications went out by email, so they are not sent twice."""
    return Notification.objects.filter(pk__in=list(ids), emailed_at__isnull=True).update(
        emailed_at=now or timezone.now())


def mark_digests_sent(*, membership_ids: Iterable[int], now: datetime.datetime) -> int:
    """The digest of these memberships covers everything up to `now`."""
    return Membership.objects.filter(pk__in=list(membership_ids)).update(digest_sent_at=now)


def _memberships_for(user: User, group_id: int | None) -> list[Membership]:
    memberships = Membership.objects.filter(user=user, status=Membership.Status.ACTIVE)
    if group_id is not None:
        memberships = memberships.filter(group_id=group_id)
    return list(memberships.select_related("group").order_by("group__name"))


@transaction.atomic
def unsubscribe(*, user: User, group_id: int | None, what: str) -> dict[int, dict[str, Any]]:
    """Stop one kind of email (or all) from one group (None: every group of the person).

    Returns the settings as they were, by membership, for what changed: enough to undo it.
    """
    from mutual.groups.actions import update_membership

    stop = STOPPABLE[what]
    previous: dict[int, dict[str, Any]] = {}
    for membership in _memberships_for(user, group_id):
        was = {name: getattr(membership, name) for name, value in stop.items()
               if getattr(membership, name) != value}
        if was:
            update_membership(actor=user, membership=membership, data=dict(stop))
            previous[membership.pk] = was
    return previous


@transaction.atomic
def resubscribe(*, user: User, previous: dict[int, dict[str, Any]]) -> int:
    """Undo an unsubscribe: put back the settings it changed, on the person's own
    memberships only."""
    from mutual.groups.actions import update_membership

    memberships = Membership.objects.filter(
        user=user, status=Membership.Status.ACTIVE, pk__in=list(previous)
    ).select_related("group")
    restored = 0
    for membership in memberships:
        wanted = {name: value for name, value in previous[membership.pk].items()
                  if name in STOPPABLE["all"]}
        if wanted:
            update_membership(actor=user, membership=membership, data=wanted)
            restored += 1
    return restored
