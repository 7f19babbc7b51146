from django.core.cache import cache
from django.utils.translation import gettext as _


class RateLimited(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def hit(key: str, *, limit: int, period_seconds: int, message: str | None = None) -> None:
    """Count one attempt under `key`; raise RateLimited past `limit` within the period."""
    cache_key = f"ratelimit:{key}"
    cache.add(cache_key, 0, timeout=period_seconds)
    try:
        count = cache.incr(cache_key)
    except ValueError:
        cache.set(cache_key, 1, timeout=period_seconds)
        count = 1
    if count > limit:
        minutes = max(1, period_seconds // 60)
        raise RateLimited(
            message
            or _("You have done this often in a short time. Please try again in %(minutes)s "
                 "minutes.") % {"minutes": minutes}
        )
