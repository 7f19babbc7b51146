"""Reads of a group's discussions, each shaped by who is asking.

What a reader sees: visible posts, and deleted ones as a placeholder. Authors also see their own
held, hidden and removed posts with the reason; the group's facilitators and the platform's
moderators see those of everyone, marked. Names come from the group's memberships; an anonymous
post has none to anyone.
"""

import datetime
import re
import zoneinfo
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db.models import Case, Exists, OuterRef, Q, QuerySet, Subquery, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

from mutual.discussions.actions import can_edit_post
from mutual.discussions.milestones import todays_milestones
from mutual.discussions.models import Milestone, Post, Thanks, Thread, Visibility
from mutual.groups.models import Group, Membership
from mutual.groups.permissions import can_moderate_group, can_read_discussions

# Statuses everyone who reads the group sees (a deleted post as a placeholder).
PUBLIC_STATUSES = (Visibility.VISIBLE, Visibility.DELETED)
WITHHELD_STATUSES = (Visibility.HELD, Visibility.HIDDEN, Visibility.REMOVED)
SNIPPET_CONTEXT = 80
SPACES = re.compile(r"\s+")


def group_zone(group: Group) -> datetime.tzinfo:
    """The zone a group's days are counted in: its place's, else UTC."""
    if group.place_id and group.place.time_zone:
        try:
            return zoneinfo.ZoneInfo(group.place.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            pass
    return datetime.UTC


def group_today(group: Group, now: datetime.datetime | None = None) -> datetime.date:
    return (now or timezone.now()).astimezone(group_zone(group)).date()


def discussion_group(user: Any, slug: str) -> Group | None:
    """The group named `slug` if `user` may read its discussions."""
    group = Group.objects.select_related("place").filter(slug=slug).first()
    if group is None or not can_read_discussions(user, group):
        return None
    return group


def _post_filter(user: Any, group: Group) -> Q:
    if can_moderate_group(user, group):
        return Q()
    return Q(status__in=PUBLIC_STATUSES) | Q(author_id=getattr(user, "pk", None))


def _thread_filter(user: Any, group: Group, *, listing: bool) -> Q:
    # A thread whose opening post was deleted is listed while it has replies to read.
    shown = Q(status=Visibility.VISIBLE) | (
        Q(status=Visibility.DELETED, reply_count__gt=0) if listing
        else Q(status=Visibility.DELETED)
    )
    if can_moderate_group(user, group):
        return shown | Q(status__in=WITHHELD_STATUSES)
    return shown | Q(status__in=WITHHELD_STATUSES, author_id=getattr(user, "pk", None))


def _display_name(group: Group, user_field: str) -> Subquery:
    return Subquery(
        Membership.objects.filter(group=group, user_id=OuterRef(user_field))
        .values("display_name")[:1]
    )


def _with_starter(threads: QuerySet[Thread], group: Group) -> QuerySet[Thread]:
    """Each thread with `started_by`: its author's name in the group, or "" when the opening
    post is anonymous, so that the name never leaves the database."""
    opening = Post.objects.filter(thread_id=OuterRef("pk"), is_opening=True)
    return threads.annotate(
        opening_anonymous=Subquery(opening.values("anonymous")[:1]),
        started_by=Case(
            When(opening_anonymous=True, then=Value("")),
            default=_display_name(group, "author_id"),
        ),
    )


def threads_for_list(user: Any, group: Group) -> QuerySet[Thread]:
    """The group's threads as `user` may see them: pinned first, then by last activity."""
    return _with_starter(
        Thread.objects.filter(group=group).filter(_thread_filter(user, group, listing=True)),
        group,
    ).order_by("-pinned", "-last_post_at", "-pk")


def search_threads(user: Any, group: Group, text: str) -> QuerySet[Thread]:
    """Threads everyone in the group can read whose title, or one of whose visible posts,
    holds `text` (any case); each with `matched_body`, the first such post's text."""
    matching = Post.objects.filter(
        thread_id=OuterRef("pk"), status=Visibility.VISIBLE, body__icontains=text,
    ).order_by("created_at", "pk")
    return (
        threads_for_list(user, group)
        .filter(status__in=PUBLIC_STATUSES)
        .filter(Q(title__icontains=text) | Exists(matching))
        .annotate(matched_body=Subquery(matching.values("body")[:1]))
    )


@dataclass(frozen=True)
class Snippet:
    before: str
    match: str
    after: str


def snippet(body: str, text: str) -> Snippet | None:
    """The words around the first place `text` appears in `body`, for a search result."""
    at = body.lower().find(text.lower())
    if at < 0 or not text:
        return None
    start, end = max(0, at - SNIPPET_CONTEXT), at + len(text) + SNIPPET_CONTEXT
    return Snippet(
        before=("…" if start else "") + SPACES.sub(" ", body[start:at]),
        match=body[at:at + len(text)],
        after=SPACES.sub(" ", body[at + len(text):end]) + ("…" if end < len(body) else ""),
    )


def thread_for_reader(user: Any, group: Group, thread_id: int, *,
                      starter: bool = False) -> Thread | None:
    """A thread of `group` that `user` may open (with `started_by` if `starter`); None for
    another group's thread too."""
    threads = Thread.objects.filter(group=group, pk=thread_id).filter(
        _thread_filter(user, group, listing=False))
    thread = (_with_starter(threads, group) if starter else threads).first()
    if thread is not None:
        thread.group = group
    return thread


def thread_by_id_for_reader(user: Any, thread_id: int) -> Thread | None:
    """A thread, in whichever group, if `user` may read it there."""
    group = Group.objects.select_related("place").filter(threads__pk=thread_id).first()
    if group is None or not can_read_discussions(user, group):
        return None
    return thread_for_reader(user, group, thread_id, starter=True)


def post_by_id_for_reader(user: Any, post_id: int) -> Post | None:
    """A post, in whichever group, if `user` may see it there."""
    group = Group.objects.select_related("place").filter(posts__pk=post_id).first()
    if group is None or not can_read_discussions(user, group):
        return None
    return post_for_reader(user, group, post_id)


def post_for_reader(user: Any, group: Group, post_id: int) -> Post | None:
    """A post of `group` that `user` may see, with its thread."""
    post = (
        Post.objects.select_related("thread")
        .filter(group=group, pk=post_id)
        .filter(_post_filter(user, group))
        .first()
    )
    if post is not None:
        post.group = post.thread.group = group
    return post


def posts_for_reader(user: Any, thread: Thread, *, after: int | None = None,
                     where: Q | None = None, source: bool = False) -> list[Post]:
    """A thread's posts in order as `user` may see them, in three queries whatever their
    number: those after the post `after`, or those `where` says (all by default), with the
    Markdown as written if `source` (pages show only the HTML).

    Each carries `shown_name` (None for "a member"), `mine`, `can_edit`, `thanked` (whether
    `user` thanked it) and, on the viewer's own posts, `thanked_by` (names).
    """
    group = thread.group
    posts = Post.objects.filter(thread=thread).filter(_post_filter(user, group))
    if after is not None:
        posts = posts.filter(pk__gt=after)
    if where is not None:
        posts = posts.filter(where)
    if not source:
        posts = posts.defer("body")
    found = list(posts.order_by("created_at", "pk"))
    if not found:
        return found
    author_ids = {post.author_id for post in found if not post.anonymous and post.author_id}
    names = dict(
        Membership.objects.filter(group=group, user_id__in=author_ids)
        .values_list("user_id", "display_name")
    ) if author_ids else {}
    viewer = getattr(user, "pk", None)
    mine = [post.pk for post in found if post.author_id == viewer]
    thanked: set[int] = set()
    thanked_by: dict[int, list[str]] = defaultdict(list)
    for post_id, thanker, name in (
        Thanks.objects.filter(
            Q(user_id=viewer, post_id__in=[post.pk for post in found]) | Q(post_id__in=mine))
        .annotate(name=_display_name(group, "user_id"))
        .order_by("created_at", "pk")
        .values_list("post_id", "user_id", "name")
    ):
        if thanker == viewer:
            thanked.add(post_id)
        else:
            thanked_by[post_id].append(name or _("a member"))
    now = timezone.now()
    for post in found:
        post.mine = viewer is not None and post.author_id == viewer
        post.shown_name = None if post.anonymous else names.get(post.author_id)
        post.thanked = post.pk in thanked
        post.thanked_by = thanked_by.get(post.pk, []) if post.mine else []
        post.can_edit = post.mine and can_edit_post(user, post, now)
    return found


def people_helped_this_month(user: Any, group: Group,
                             now: datetime.datetime | None = None) -> int:
    """How many members thanked `user`'s posts in `group` this calendar month (group's zone)."""
    now = (now or timezone.now()).astimezone(group_zone(group))
    start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return (
        Thanks.objects.filter(post__group=group, post__author_id=user.pk, created_at__gte=start)
        .values("user_id").distinct().count()
    )


def milestones_today(group: Group, now: datetime.datetime | None = None) -> list[Milestone]:
    """Members' shared milestones that fall today in the group's zone."""
    return todays_milestones([group.pk], group_today(group, now))


def my_milestones(user: Any, group: Group) -> QuerySet[Milestone]:
    return Milestone.objects.filter(group=group, user_id=user.pk).order_by("date", "pk")


def my_milestone_by_id(user: Any, milestone_id: int) -> Milestone | None:
    """One of `user`'s own milestones, in a group whose discussions they may still read."""
    milestone = (
        Milestone.objects.select_related("group")
        .filter(pk=milestone_id, user_id=getattr(user, "pk", None)).first()
    )
    if milestone is None or not can_read_discussions(user, milestone.group):
        return None
    return milestone
