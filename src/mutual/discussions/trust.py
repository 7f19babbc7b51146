"""Trust levels, as Discourse has them: a new account may do less until it has taken part
for a while, which stops most spam and drive-by abuse without getting in a newcomer's way."""

import datetime
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from mutual.discussions.models import Post, Visibility


@dataclass(frozen=True)
class Limits:
    level: int
    posts_per_hour: int
    links_per_post: int
    reports_per_hour: int
    joins_per_hour: int


NEW = Limits(level=0, posts_per_hour=5, links_per_post=1, reports_per_hour=5, joins_per_hour=5)
BASIC = Limits(level=1, posts_per_hour=30, links_per_post=10, reports_per_hour=20,
               joins_per_hour=20)
# A person leaves the first level once their account is this old and has this many posts
# others could read.
BASIC_AFTER = datetime.timedelta(days=3)
BASIC_AFTER_POSTS = 3


def limits_for(user: Any, now: datetime.datetime | None = None) -> Limits:
    if getattr(user, "is_staff", False) or getattr(user, "is_moderator", False):
        return BASIC
    cached = getattr(user, "_mutual_limits", None)
    if cached is not None:
        return cached
    now = now or timezone.now()
    limits = NEW
    if user.date_joined <= now - BASIC_AFTER:
        visible = Post.objects.filter(author=user, status=Visibility.VISIBLE)[:BASIC_AFTER_POSTS]
        if visible.count() >= BASIC_AFTER_POSTS:
            limits = BASIC
    user._mutual_limits = limits
    return limits
