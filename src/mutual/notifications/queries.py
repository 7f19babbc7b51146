from typing import Any

from django.core.cache import cache
from django.db.models import QuerySet

from mutual.groups.models import Membership
from mutual.notifications.actions import UNREAD_KEY
from mutual.notifications.models import Notification


def unread_count(user: Any) -> int:
    """The number under the bell; kept in the cache so that pages cost no query for it."""
    if not getattr(user, "is_authenticated", False):
        return 0
    key = UNREAD_KEY.format(user.pk)
    count = cache.get(key)
    if count is None:
        count = Notification.objects.filter(recipient=user, read_at__isnull=True).count()
        cache.set(key, count, timeout=3600)
    return count


def notifications_for(user: Any, *, unread_only: bool = False) -> QuerySet[Notification]:
    """A person's own notifications, newest first."""
    found = Notification.objects.filter(recipient=user)
    if unread_only:
        found = found.filter(read_at__isnull=True)
    return found.order_by("-created_at", "-pk")


def email_settings_memberships(user: Any) -> list[Membership]:
    """The groups a person hears from: their active memberships, by group name."""
    return list(
        Membership.objects.filter(user=user, status=Membership.Status.ACTIVE)
        .select_related("group").order_by("group__name", "pk")
    )
