"""Every write to notifications: made in the recipient's language, counted for the bell."""

import datetime
from collections.abc import Iterable
from typing import Any

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation

from mutual.accounts.models import User
from mutual.groups.models import Group
from mutual.notifications.models import Notification

UNREAD_KEY = "notifications:unread:{}"


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
    after commit for those who want it."""
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
        transaction.on_commit(lambda: _send_email(kind, group, list(languages)))
    return made


def _send_email(kind: str, group: Group | None, user_ids: list[int]) -> None:
    from mutual.notifications.tasks import email_notifications

    email_notifications.enqueue(kind, group.pk if group else None, user_ids)


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
