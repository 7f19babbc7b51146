"""Every write to discussions: checked, saved, audited and announced in one place."""

import datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from mutual.audit.actions import record
from mutual.core import ratelimit
from mutual.discussions import markdown
from mutual.discussions.models import Milestone, Post, Thanks, Thread, Visibility
from mutual.discussions.trust import limits_for
from mutual.groups.models import Group, Membership
from mutual.groups.permissions import (
    can_moderate_group,
    can_post_in_group,
    is_group_member,
    is_muted,
)
from mutual.moderation.detector import assess
from mutual.notifications.actions import notify

# How long after posting an author may still change what they wrote.
EDIT_WINDOW = datetime.timedelta(minutes=settings.POST_EDIT_WINDOW_MINUTES)
MAX_POST_LENGTH = 20_000


def check_can_post(user: Any, group: Group) -> None:
    """Raise, with what to do about it, unless `user` may write in `group` now."""
    if is_muted(user, group):
        raise PermissionDenied(_("A facilitator has paused your posting in this group for now. "
                                 "You can still read, and you can appeal the decision."))
    if not can_post_in_group(user, group):
        raise PermissionDenied(_("Only members of this group can write here."))


def _check_text(user: Any, group: Group, body: str, *, anonymous: bool) -> None:
    if not body.strip():
        raise ValidationError({"body": _("Please write something first.")})
    if len(body) > MAX_POST_LENGTH:
        raise ValidationError({"body": _("Please keep a post under %(count)s characters.")
                               % {"count": MAX_POST_LENGTH}})
    if anonymous and not group.allows_anonymous_posts:
        raise ValidationError({"anonymous": _("This group does not take anonymous posts.")})
    limits = limits_for(user)
    if markdown.count_links(body) > limits.links_per_post:
        raise ValidationError({"body": _(
            "New accounts can include at most %(count)s link(s) in a post, to keep out spam. "
            "This lifts once you have taken part for a few days."
        ) % {"count": limits.links_per_post}})


def _hit_post_limit(user: Any) -> None:
    limits = limits_for(user)
    ratelimit.hit(
        f"post:{user.pk}", limit=limits.posts_per_hour, period_seconds=3600,
        message=_("You have posted %(count)s times in the last hour, the most for now. "
                  "Your text is kept below; please try again later.")
        % {"count": limits.posts_per_hour},
    )


def _make_post(*, thread: Thread, author: Any, body: str, anonymous: bool,
               content_note: str, is_opening: bool) -> Post:
    group = thread.group
    assessment = assess(f"{thread.title}\n{body}" if is_opening else body)
    post = Post.objects.create(
        thread=thread, group=group, author=author, is_opening=is_opening,
        anonymous=anonymous, body=body, content_note=content_note.strip(),
        body_html=markdown.render(body, images=group.allows_outside_images),
        status=Visibility.HELD if assessment.flagged else Visibility.VISIBLE,
        crisis_flagged=assessment.flagged,
    )
    if assessment.flagged:
        _hold_for_review(post)
    # Not held, but the writer may need to know where help is for the person they fear for.
    post.worried_about_someone = assessment.about_someone_else
    return post


def _hold_for_review(post: Post) -> None:
    from mutual.moderation.actions import hold_for_crisis_review

    hold_for_crisis_review(post=post)


@transaction.atomic
def start_thread(*, actor: Any, group: Group, title: str, body: str, anonymous: bool = False,
                 content_note: str = "") -> Thread:
    """A member opens a conversation in their group."""
    check_can_post(actor, group)
    if not title.strip():
        raise ValidationError({"title": _("Please give the thread a title.")})
    _check_text(actor, group, body, anonymous=anonymous)
    _hit_post_limit(actor)
    now = timezone.now()
    thread = Thread.objects.create(group=group, title=title.strip()[:200], author=actor,
                                   last_post_at=now)
    post = _make_post(thread=thread, author=actor, body=body, anonymous=anonymous,
                      content_note=content_note, is_opening=True)
    thread.worried_about_someone = post.worried_about_someone
    if post.status != Visibility.VISIBLE:
        thread.status = post.status
        thread.save(update_fields=["status"])
    record(actor=actor, verb="thread.start", target=thread, group=group.pk)
    if post.status == Visibility.VISIBLE:
        _announce(post)
    return thread


@transaction.atomic
def reply(*, actor: Any, thread: Thread, body: str, anonymous: bool = False,
          content_note: str = "") -> Post:
    """A member answers in a thread they can read."""
    group = thread.group
    if thread.status != Visibility.VISIBLE:
        raise ValidationError(_("This thread is closed to replies."))
    check_can_post(actor, group)
    _check_text(actor, group, body, anonymous=anonymous)
    _hit_post_limit(actor)
    post = _make_post(thread=thread, author=actor, body=body, anonymous=anonymous,
                      content_note=content_note, is_opening=False)
    if post.status == Visibility.VISIBLE:
        Thread.objects.filter(pk=thread.pk).update(
            last_post_at=post.created_at, reply_count=F("reply_count") + 1
        )
        _announce(post)
    record(actor=actor, verb="post.reply", target=post, thread=thread.pk, group=group.pk)
    return post


def _announce(post: Post) -> None:
    """Tell the thread's author and anyone mentioned, after commit, in a background task."""
    from mutual.discussions.tasks import fan_out_post

    transaction.on_commit(lambda: fan_out_post.enqueue(post.pk))


def publish(post: Post) -> None:
    """A held post becomes visible (a moderator released it): the thread moves and
    people are told, as if it had just been posted."""
    Post.objects.filter(pk=post.pk).update(status=Visibility.VISIBLE, status_reason="")
    post.status = Visibility.VISIBLE
    if post.is_opening:
        Thread.objects.filter(pk=post.thread_id).update(status=Visibility.VISIBLE)
    else:
        Thread.objects.filter(pk=post.thread_id).update(
            last_post_at=timezone.now(), reply_count=F("reply_count") + 1
        )
    _announce(post)


def recount_replies(thread_id: int) -> None:
    """Keep a thread's reply count to the replies the group can read, after any change of
    a reply's status."""
    count = Post.objects.filter(thread_id=thread_id, is_opening=False,
                                status=Visibility.VISIBLE).count()
    Thread.objects.filter(pk=thread_id).update(reply_count=count)


def can_edit_post(user: Any, post: Post, now: datetime.datetime | None = None) -> bool:
    return (
        post.author_id is not None
        and post.author_id == getattr(user, "pk", None)
        and post.status in (Visibility.VISIBLE, Visibility.HELD)
        and (now or timezone.now()) - post.created_at <= EDIT_WINDOW
    )


def check_can_edit(user: Any, post: Post) -> None:
    if not can_edit_post(user, post):
        raise PermissionDenied(_("A post can be changed by its author for %(minutes)s minutes "
                                 "after writing it.") % {"minutes": int(
                                     EDIT_WINDOW.total_seconds() // 60)})


@transaction.atomic
def edit_post(*, actor: Any, post: Post, body: str, content_note: str | None = None,
              title: str | None = None) -> Post:
    """The author changes a post within the edit window; the page says it was edited."""
    group = post.group
    check_can_edit(actor, post)
    check_can_post(actor, group)
    if post.is_opening and title is not None and not title.strip():
        raise ValidationError({"title": _("Please give the thread a title.")})
    _check_text(actor, group, body, anonymous=post.anonymous)
    # An opening post is checked with its title, as when the thread was started.
    assessment = assess(f"{title or post.thread.title}\n{body}" if post.is_opening else body)
    post.body = body
    post.body_html = markdown.render(body, images=group.allows_outside_images)
    post.edited_at = timezone.now()
    if content_note is not None:
        post.content_note = content_note.strip()
    post.save(update_fields=["body", "body_html", "edited_at", "content_note"])
    if post.is_opening and title and title.strip():
        Thread.objects.filter(pk=post.thread_id).update(title=title.strip()[:200])
    if assessment.flagged and post.status == Visibility.VISIBLE:
        post.crisis_flagged = True
        post.status = Visibility.HELD
        post.save(update_fields=["crisis_flagged", "status"])
        if post.is_opening:
            Thread.objects.filter(pk=post.thread_id).update(status=Visibility.HELD)
        else:
            recount_replies(post.thread_id)
        _hold_for_review(post)
    record(actor=actor, verb="post.edit", target=post, group=group.pk)
    return post


def check_can_delete(user: Any, post: Post) -> None:
    if post.author_id is None or post.author_id != getattr(user, "pk", None) \
            or post.status == Visibility.DELETED:
        raise PermissionDenied(_("Only the author can delete a post."))


@transaction.atomic
def delete_post(*, actor: Any, post: Post) -> Post:
    """The author takes back what they wrote; the thread keeps its place for the replies."""
    check_can_delete(actor, post)
    post.status = Visibility.DELETED
    post.body = ""
    post.body_html = ""
    # A content note can say as much as the post did.
    post.content_note = ""
    post.save(update_fields=["status", "body", "body_html", "content_note"])
    if post.is_opening:
        Thread.objects.filter(pk=post.thread_id).update(status=Visibility.DELETED)
    else:
        recount_replies(post.thread_id)
    record(actor=actor, verb="post.delete", target=post, group=post.group_id)
    return post


@transaction.atomic
def set_pinned(*, actor: Any, thread: Thread, pinned: bool) -> Thread:
    """Facilitators keep a few threads at the top of the list."""
    if not can_moderate_group(actor, thread.group):
        raise PermissionDenied(_("Only this group's facilitators can pin threads."))
    thread.pinned = pinned
    thread.save(update_fields=["pinned"])
    record(actor=actor, verb="thread.pin" if pinned else "thread.unpin", target=thread)
    return thread


THANKS_MESSAGE = gettext_lazy("%(name)s thanked you for your post in %(group)s.")


@transaction.atomic
def thank(*, actor: Any, post: Post) -> Thanks:
    """A member thanks another for a post; the author is told, nobody else sees a count."""
    group = post.group
    if not is_group_member(actor, group) or post.status != Visibility.VISIBLE:
        raise PermissionDenied(_("Only members of this group can thank its members."))
    if post.author_id == actor.pk:
        raise ValidationError(_("You cannot thank yourself, though you deserve it."))
    thanks, created = Thanks.objects.get_or_create(post=post, user=actor)
    if created:
        name = Membership.objects.filter(group=group, user=actor).values_list(
            "display_name", flat=True).first() or _("A member")
        notify(recipients=[post.author_id], kind="thanks", message=THANKS_MESSAGE,
               params={"name": name, "group": group.name}, group=group,
               url=post.get_absolute_url())
        record(actor=actor, verb="post.thank", target=post)
    return thanks


@transaction.atomic
def unthank(*, actor: Any, post: Post) -> None:
    """Take back one's thanks; the author was told once and is not told again."""
    Thanks.objects.filter(post=post, user=actor).delete()


@transaction.atomic
def set_milestone(*, actor: Any, group: Group, kind: str, label: str, date: datetime.date,
                  shared: bool = True, milestone: Milestone | None = None) -> Milestone:
    """A member marks a date of their own, and chooses whether the group sees it."""
    if not is_group_member(actor, group):
        raise PermissionDenied(_("Only members of this group can share milestones in it."))
    if milestone is not None and (milestone.user_id != actor.pk
                                  or milestone.group_id != group.pk):
        raise PermissionDenied(_("Only the member who set a milestone can change it."))
    if date > timezone.localdate():
        raise ValidationError({"date": _("Please choose a date that has already come.")})
    milestone = milestone or Milestone(group=group, user=actor)
    milestone.kind, milestone.label, milestone.date, milestone.shared = (
        kind, label.strip(), date, shared)
    milestone.full_clean()
    milestone.save()
    record(actor=actor, verb="milestone.set", target=milestone)
    return milestone


@transaction.atomic
def delete_milestone(*, actor: Any, milestone: Milestone) -> None:
    if milestone.user_id != actor.pk:
        raise PermissionDenied(_("Only the member who set a milestone can remove it."))
    record(actor=actor, verb="milestone.delete", target=milestone)
    milestone.delete()
