from typing import Any

from django.core.cache import cache

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
