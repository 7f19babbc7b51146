"""What the moderation pages and API read: the queues, a member's decisions, and which
names each viewer may see. An anonymous author stays "a member" to facilitators; the
platform's moderators see the author's name in the group."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, OuterRef, QuerySet, Subquery
from django.utils import timezone

from mutual.discussions.models import Post, Visibility
from mutual.groups.models import Group, Membership
from mutual.groups.permissions import can_moderate_group, can_read_discussions, is_moderator
from mutual.moderation.actions import can_appeal
from mutual.moderation.models import Appeal, ModerationAction, Report

Kind = ModerationAction.Kind
# A queue shows the oldest waiting first; past this many, the rest wait for the next look.
QUEUE_LENGTH = 50
RECENT_DECISIONS = 20
# Rows that record how a report moved or what the crisis check did, not a decision about someone.
NOT_DECISIONS = (Kind.HOLD, Kind.ESCALATE, Kind.DISMISS)


def _name_in_group(group: str, user: str) -> Subquery:
    """A person's display name in a group, both given as paths from the outer row."""
    return Subquery(
        Membership.objects.filter(group=OuterRef(group), user=OuterRef(user))
        .values("display_name")[:1]
    )


def _unname_anonymous(rows: Iterable[Any], *, reveal: bool, name: str, post: str = "post",
                      ) -> None:
    """Blank the name on rows about an anonymous post unless the viewer may see it."""
    if reveal:
        return
    for row in rows:
        related = row if post == "self" else getattr(row, post)
        if related is not None and related.anonymous:
            setattr(row, name, None)


def group_for_moderation(slug: str, user: Any) -> Group | None:
    """The group when `user` may moderate it; None for everyone else."""
    group = Group.objects.filter(slug=slug).first()
    if group is None or not can_moderate_group(user, group):
        return None
    return group


def post_for_moderation(group: Group, post_id: int, user: Any) -> Post | None:
    """A post of the group that is not deleted, with its author's name as `user` may see it."""
    post = (
        Post.objects.select_related("thread", "group", "author")
        .exclude(status=Visibility.DELETED)
        .annotate(author_name=_name_in_group("group", "author"))
        .filter(pk=post_id, group=group)
        .first()
    )
    if post is not None:
        _unname_anonymous([post], reveal=is_moderator(user), name="author_name", post="self")
        post.author_membership = (
            Membership.objects.filter(group=group, user_id=post.author_id).first()
            if post.author_id else None
        )
    return post


def membership_for_moderation(group: Group, membership_id: int) -> Membership | None:
    return (
        Membership.objects.select_related("user", "group")
        .filter(pk=membership_id, group=group)
        .first()
    )


def open_report(group: Group, report_id: int) -> Report | None:
    return (
        Report.objects.select_related("group", "post")
        .filter(pk=report_id, group=group, status=Report.Status.OPEN)
        .first()
    )


def report_for(group: Group, report_id: int, *, post: Post | None = None,
               membership: Membership | None = None) -> Report | None:
    """A report of the group about this post or member, from a page's ?report=."""
    reports = Report.objects.select_related("group", "post").filter(pk=report_id, group=group)
    if post is not None:
        reports = reports.filter(post=post)
    if membership is not None:
        reports = reports.filter(post=None, subject_id=membership.user_id)
    return reports.first()


def reportable_post(user: Any, group: Group, post_id: int) -> Post | None:
    """A post the person can read in a group they can read, to report it."""
    if not can_read_discussions(user, group):
        return None
    return (
        Post.objects.select_related("thread")
        .annotate(author_name=_name_in_group("group", "author"))
        .filter(pk=post_id, group=group, status=Visibility.VISIBLE,
                thread__status=Visibility.VISIBLE)
        .first()
    )


def reportable_membership(user: Any, group: Group, membership_id: int) -> Membership | None:
    """A member the person can see in a group they can read, to report them."""
    if not can_read_discussions(user, group):
        return None
    return (
        Membership.objects.select_related("user")
        .filter(pk=membership_id, group=group, status=Membership.Status.ACTIVE)
        .first()
    )


@dataclass
class GroupQueue:
    reports: list[Report]
    held: list[Post]
    hidden: list[Post]
    muted: list[Membership]
    decisions: list[ModerationAction]


def group_queue(group: Group, viewer: Any) -> GroupQueue:
    """What waits for a group's facilitators, in five queries whatever its length."""
    reveal = is_moderator(viewer)
    reports = (
        Report.objects.filter(group=group, status=Report.Status.OPEN)
        .select_related("post", "post__thread")
        .annotate(
            subject_name=_name_in_group("group", "subject"),
            subject_membership_id=Subquery(Membership.objects.filter(
                group=OuterRef("group"), user=OuterRef("subject")).values("pk")[:1]),
        )
        .order_by("-escalated", "created_at")
    )
    if not reveal:
        # A report about a facilitator waits for the platform's moderators, not for them.
        reports = reports.exclude(subject=viewer)
    reports_list = list(reports[:QUEUE_LENGTH])
    _unname_anonymous(reports_list, reveal=reveal, name="subject_name")
    for report in reports_list:
        # A post's author is reached through the post, so an anonymous one stays unnamed.
        if report.post_id is not None:
            report.subject_membership_id = None
    posts = (
        Post.objects.filter(group=group)
        .select_related("thread")
        .annotate(author_name=_name_in_group("group", "author"))
    )
    held = list(posts.filter(status=Visibility.HELD).order_by("created_at")[:QUEUE_LENGTH])
    hidden = list(posts.filter(status=Visibility.HIDDEN).order_by("-pk")[:QUEUE_LENGTH])
    for rows in (held, hidden):
        _unname_anonymous(rows, reveal=reveal, name="author_name", post="self")
    muted = list(
        Membership.objects.filter(
            group=group, status=Membership.Status.ACTIVE, muted_until__gt=timezone.now()
        )
        .annotate(through_anonymous_post=Exists(ModerationAction.objects.filter(
            group=group, kind=Kind.MUTE, subject=OuterRef("user"),
            until=OuterRef("muted_until"), post__anonymous=True,
        )))
        .annotate(through_post=Subquery(ModerationAction.objects.filter(
            group=group, kind=Kind.MUTE, subject=OuterRef("user"),
            until=OuterRef("muted_until"),
        ).values("post_id")[:1]))
        .order_by("muted_until")[:QUEUE_LENGTH]
    )
    for membership in muted:
        membership.shown_name = (
            None if membership.through_anonymous_post and not reveal
            else membership.display_name
        )
    decisions = list(
        ModerationAction.objects.filter(group=group)
        .exclude(kind=Kind.HOLD)
        .select_related("post")
        .annotate(subject_name=_name_in_group("group", "subject"),
                  actor_name=_name_in_group("group", "actor"))
        .order_by("-created_at")[:RECENT_DECISIONS]
    )
    _unname_anonymous(decisions, reveal=reveal, name="subject_name")
    return GroupQueue(reports_list, held, hidden, muted, decisions)


@dataclass
class PlatformQueue:
    holds: list[Post]
    reports: list[Report]
    appeals: list[Appeal]


def platform_queue() -> PlatformQueue:
    """What waits for the platform's moderators, from every group, oldest first."""
    holds = list(
        Post.objects.filter(status=Visibility.HELD, crisis_flagged=True)
        .select_related("group", "thread")
        .annotate(author_name=_name_in_group("group", "author"))
        .order_by("created_at")[:QUEUE_LENGTH]
    )
    reports = list(
        Report.objects.filter(escalated=True, status=Report.Status.OPEN)
        .select_related("group", "post", "post__thread")
        .annotate(subject_name=_name_in_group("group", "subject"))
        .order_by("created_at")[:QUEUE_LENGTH]
    )
    appeals = list(
        Appeal.objects.filter(status=Appeal.Status.OPEN)
        .select_related("action", "action__group", "action__post")
        .annotate(subject_name=_name_in_group("action__group", "action__subject"))
        .order_by("created_at")[:QUEUE_LENGTH]
    )
    return PlatformQueue(holds, reports, appeals)


def decisions_about(user: Any) -> QuerySet[ModerationAction]:
    """The decisions about a person, newest first, with their appeals."""
    return (
        ModerationAction.objects.filter(subject=user)
        .exclude(kind__in=NOT_DECISIONS)
        .select_related("group", "post", "post__thread", "appeal")
        .order_by("-created_at", "-pk")
    )


def mark_appealable(actions: Iterable[ModerationAction], user: Any) -> None:
    for action in actions:
        action.appealable = can_appeal(user, action)
        action.made_appeal = getattr(action, "appeal", None)


def held_posts_of(user: Any) -> QuerySet[Post]:
    """A person's own posts waiting for review, with the kind words shown beside them."""
    return (
        Post.objects.filter(author=user, status=Visibility.HELD)
        .select_related("group", "thread")
        .order_by("-created_at")
    )


def appeal_for_answer(appeal_id: int) -> Appeal | None:
    return (
        Appeal.objects.select_related("action", "action__group", "action__post",
                                      "action__post__thread", "action__subject")
        .annotate(subject_name=_name_in_group("action__group", "action__subject"))
        .filter(pk=appeal_id)
        .first()
    )


def decision_for_appeal(user: Any, action_id: int) -> ModerationAction | None:
    """One decision about `user`; nobody else's decisions are found."""
    found = (
        decisions_about(user).filter(pk=action_id).first()
        if getattr(user, "is_authenticated", False) else None
    )
    if found is not None:
        mark_appealable([found], user)
    return found
