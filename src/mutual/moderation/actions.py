"""Every moderation write: who did what to which post or member, why, and who was told.

Each decision is a ModerationAction the affected member can read and appeal.
"""

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from mutual.accounts.models import User
from mutual.audit.actions import record
from mutual.core import ratelimit
from mutual.discussions.models import Post, Thread, Visibility
from mutual.discussions.trust import limits_for
from mutual.groups.models import Group, Membership
from mutual.groups.permissions import (
    can_moderate_group,
    can_read_discussions,
    is_moderator,
)
from mutual.moderation.models import Appeal, ModerationAction, Report
from mutual.notifications.actions import notify

Kind = ModerationAction.Kind

# What the author of a held post reads beside it; written after #chatsafe: warm, without blame.
HELD_FOR_AUTHOR = gettext_lazy(
    "Thank you for telling us how you feel. Your post is waiting for one of our team to read it "
    "before others see it; that usually takes less than a few hours. If you are thinking about "
    "ending your life, please reach out to a crisis line now: they are there to talk, any time."
)
METHOD_DETAIL_REASON = gettext_lazy(
    "This post was removed because it described a method of self-harm or suicide. Details like "
    "these can put others at risk, so we do not keep them here, even when they are shared to "
    "help. You are welcome to post again about how you feel."
)
CRISIS_ALERT = gettext_lazy(
    "A post in %(group)s is held for review: its author may need support."
)
DECISION_MESSAGE = gettext_lazy("A moderator made a decision about your post or membership in "
                                "%(group)s. You can read it and appeal.")
REPORT_MESSAGE = gettext_lazy("A new report in %(group)s is waiting in the queue.")
ESCALATED_MESSAGE = gettext_lazy("A report from %(group)s needs a moderator.")
APPEAL_MESSAGE = gettext_lazy("An appeal about a decision in %(group)s is waiting.")
APPEAL_ANSWERED = gettext_lazy("Your appeal about a decision in %(group)s has been answered.")
LONGEST_MUTE = datetime.timedelta(days=365)


def facilitator_ids(group: Group) -> list[int]:
    return list(Membership.objects.filter(
        group=group, role=Membership.Role.FACILITATOR, status=Membership.Status.ACTIVE,
    ).values_list("user_id", flat=True))


def moderator_ids() -> list[int]:
    return list(User.objects.filter(is_moderator=True, is_active=True).values_list(
        "pk", flat=True))


def _queue_url(group: Group) -> str:
    return reverse("group-moderation", args=[group.slug])


def _platform_queue_url() -> str:
    return reverse("moderation-queue")


def _decisions_url() -> str:
    return reverse("moderation-decisions")


def _decided(action: ModerationAction) -> ModerationAction:
    """Audit the decision and tell the member it affects."""
    record(actor=action.actor, verb=f"moderation.{action.kind}", target=action,
           group=action.group_id, post=action.post_id, subject=action.subject_id)
    if action.subject_id and action.kind not in (Kind.HOLD, Kind.ESCALATE, Kind.DISMISS):
        notify(recipients=[action.subject_id], kind="moderation", message=DECISION_MESSAGE,
               params={"group": action.group.name}, group=action.group,
               url=_decisions_url())
    return action


def hold_for_crisis_review(*, post: Post) -> ModerationAction:
    """The crisis check held a post: its author is shown help, and people who can act are told.

    Runs inside the posting action's transaction.
    """
    post.status_reason = str(HELD_FOR_AUTHOR)
    Post.objects.filter(pk=post.pk).update(status=Visibility.HELD,
                                           status_reason=post.status_reason)
    group = post.group
    action = ModerationAction.objects.create(
        group=group, kind=Kind.HOLD, post=post, subject_id=post.author_id,
        reason=_("The crisis check found words that may mean someone is in danger."),
    )
    record(actor=None, verb="moderation.hold", target=action, group=group.pk, post=post.pk)
    notify(recipients=set(facilitator_ids(group)) | set(moderator_ids()), kind="crisis_alert",
           message=CRISIS_ALERT, params={"group": group.name}, group=group,
           url=_queue_url(group), exclude=post.author_id)
    return action


def _require_moderator_of(actor: Any, group: Group) -> None:
    if not can_moderate_group(actor, group):
        raise PermissionDenied(_("Only this group's facilitators and the platform's moderators "
                                 "can do this."))


def _reason(reason: str) -> str:
    if not reason.strip():
        raise ValidationError({"reason": _("Please give a reason: the member will read it.")})
    return reason.strip()


@transaction.atomic
def release_post(*, actor: Any, post: Post, note: str = "") -> ModerationAction:
    """A person read a held post and lets the group see it. Posts held by the crisis check
    are released by the platform's moderators."""
    from mutual.discussions.actions import publish

    if post.crisis_flagged and not is_moderator(actor):
        raise PermissionDenied(_("Posts held by the crisis check are released by the "
                                 "platform's moderators."))
    _require_moderator_of(actor, post.group)
    if post.status != Visibility.HELD:
        raise ValidationError(_("This post is not waiting for review."))
    publish(post)
    return _decided(ModerationAction.objects.create(
        group=post.group, kind=Kind.RELEASE, actor=actor, post=post, subject_id=post.author_id,
        reason=note.strip()))


def _set_post_status(post: Post, status: str, reason: str) -> None:
    post.status, post.status_reason = status, reason
    post.save(update_fields=["status", "status_reason"])
    if post.is_opening:
        Thread.objects.filter(pk=post.thread_id).update(status=status)


@transaction.atomic
def hide_post(*, actor: Any, post: Post, reason: str,
              report: Report | None = None) -> ModerationAction:
    """Hide a post from the group; its author sees it with the reason."""
    _require_moderator_of(actor, post.group)
    reason = _reason(reason)
    _set_post_status(post, Visibility.HIDDEN, reason)
    _close_report(report, actor, reason)
    return _decided(ModerationAction.objects.create(
        group=post.group, kind=Kind.HIDE, actor=actor, post=post, subject_id=post.author_id,
        reason=reason, report=report))


@transaction.atomic
def remove_post(*, actor: Any, post: Post, reason: str = "", method_detail: bool = False,
                report: Report | None = None) -> ModerationAction:
    """Remove a post for good; method detail is removed with the standard reason."""
    _require_moderator_of(actor, post.group)
    reason = str(METHOD_DETAIL_REASON) if method_detail else _reason(reason)
    _set_post_status(post, Visibility.REMOVED, reason)
    _close_report(report, actor, reason)
    return _decided(ModerationAction.objects.create(
        group=post.group, kind=Kind.REMOVE, actor=actor, post=post, subject_id=post.author_id,
        reason=reason, report=report))


@transaction.atomic
def restore_post(*, actor: Any, post: Post, note: str = "") -> ModerationAction:
    """Undo a hide or removal."""
    _require_moderator_of(actor, post.group)
    if post.status not in (Visibility.HIDDEN, Visibility.REMOVED):
        raise ValidationError(_("Only a hidden or removed post can be restored."))
    _set_post_status(post, Visibility.VISIBLE, "")
    return _decided(ModerationAction.objects.create(
        group=post.group, kind=Kind.RESTORE, actor=actor, post=post, subject_id=post.author_id,
        reason=note.strip()))


def _membership_of(group: Group, user: Any) -> Membership:
    membership = Membership.objects.select_for_update().filter(group=group, user=user).first()
    if membership is None:
        raise ValidationError(_("This person is not in the group."))
    return membership


@transaction.atomic
def mute_member(*, actor: Any, group: Group, user: Any, days: int, reason: str,
                report: Report | None = None) -> ModerationAction:
    """The member can read but not write in the group until the mute ends."""
    _require_moderator_of(actor, group)
    reason = _reason(reason)
    length = datetime.timedelta(days=days)
    if not datetime.timedelta(days=1) <= length <= LONGEST_MUTE:
        raise ValidationError({"days": _("A mute lasts between 1 and 365 days.")})
    membership = _membership_of(group, user)
    if membership.role == Membership.Role.FACILITATOR and not is_moderator(actor):
        raise PermissionDenied(_("Only the platform's moderators can mute a facilitator."))
    membership.muted_until = timezone.now() + length
    membership.save(update_fields=["muted_until"])
    _close_report(report, actor, reason)
    return _decided(ModerationAction.objects.create(
        group=group, kind=Kind.MUTE, actor=actor, subject=membership.user, reason=reason,
        until=membership.muted_until, report=report))


@transaction.atomic
def unmute_member(*, actor: Any, group: Group, user: Any, note: str = "") -> ModerationAction:
    _require_moderator_of(actor, group)
    membership = _membership_of(group, user)
    membership.muted_until = None
    membership.save(update_fields=["muted_until"])
    return _decided(ModerationAction.objects.create(
        group=group, kind=Kind.UNMUTE, actor=actor, subject=membership.user, reason=note.strip()))


@transaction.atomic
def remove_member(*, actor: Any, group: Group, user: Any, reason: str,
                  report: Report | None = None) -> ModerationAction:
    """The member leaves the group's space and cannot rejoin on their own."""
    _require_moderator_of(actor, group)
    reason = _reason(reason)
    membership = _membership_of(group, user)
    if membership.user_id == getattr(actor, "pk", None):
        raise ValidationError(_("To leave the group yourself, use “Leave this group”."))
    if membership.role == Membership.Role.FACILITATOR and not is_moderator(actor):
        raise PermissionDenied(_("Only the platform's moderators can remove a facilitator."))
    membership.status = Membership.Status.REMOVED
    membership.role = Membership.Role.MEMBER
    membership.save(update_fields=["status", "role"])
    _close_report(report, actor, reason)
    return _decided(ModerationAction.objects.create(
        group=group, kind=Kind.REMOVE_MEMBER, actor=actor, subject=membership.user,
        reason=reason, report=report))


@transaction.atomic
def reinstate_member(*, actor: Any, group: Group, user: Any, note: str = "") -> ModerationAction:
    _require_moderator_of(actor, group)
    membership = _membership_of(group, user)
    if membership.status != Membership.Status.REMOVED:
        raise ValidationError(_("This person was not removed."))
    membership.status = Membership.Status.ACTIVE
    membership.save(update_fields=["status"])
    return _decided(ModerationAction.objects.create(
        group=group, kind=Kind.REINSTATE, actor=actor, subject=membership.user,
        reason=note.strip()))


def _close_report(report: Report | None, actor: Any, resolution: str,
                  status: str = Report.Status.RESOLVED) -> None:
    if report is not None and report.status == Report.Status.OPEN:
        report.status, report.resolution = status, resolution
        report.resolved_by, report.resolved_at = actor, timezone.now()
        report.save(update_fields=["status", "resolution", "resolved_by", "resolved_at"])


@transaction.atomic
def file_report(*, actor: Any, group: Group, reason: str, text: str = "",
                post: Post | None = None, subject: Any = None) -> Report:
    """A member asks a facilitator to look at a post or a member. A report that someone may
    be in danger goes to the platform's moderators at once."""
    if not getattr(actor, "is_authenticated", False) or not can_read_discussions(actor, group):
        raise PermissionDenied(_("Only members of this group can report here."))
    if post is None and subject is None:
        raise ValidationError(_("Please say which post or member this is about."))
    if post is not None:
        if post.group_id != group.pk:
            raise ValidationError(_("That post is not in this group."))
        subject = post.author
    elif not Membership.objects.filter(group=group, user=subject).exists():
        raise ValidationError(_("This person is not in the group."))
    if reason not in Report.Reason.values:
        raise ValidationError({"reason": _("Please choose a reason from the list.")})
    limits = limits_for(actor)
    ratelimit.hit(f"report:{actor.pk}", limit=limits.reports_per_hour, period_seconds=3600,
                  message=_("You have sent many reports in the last hour. Please try again "
                            "later, or write to a moderator if it is urgent."))
    urgent = reason in (Report.Reason.CRISIS, Report.Reason.METHOD)
    report = Report.objects.create(group=group, post=post, subject=subject, reporter=actor,
                                   reason=reason, text=text.strip(), escalated=urgent)
    record(actor=actor, verb="report.file", target=report, group=group.pk)
    notify(recipients=facilitator_ids(group), kind="report", message=REPORT_MESSAGE,
           params={"group": group.name}, group=group, url=_queue_url(group), exclude=actor.pk)
    if urgent:
        notify(recipients=moderator_ids(), kind="report", message=ESCALATED_MESSAGE,
               params={"group": group.name}, group=group, url=_platform_queue_url(),
               exclude=actor.pk)
    return report


@transaction.atomic
def escalate_report(*, actor: Any, report: Report, note: str = "") -> ModerationAction:
    """A facilitator hands a report to the platform's moderators."""
    _require_moderator_of(actor, report.group)
    report.escalated = True
    report.save(update_fields=["escalated"])
    notify(recipients=moderator_ids(), kind="report", message=ESCALATED_MESSAGE,
           params={"group": report.group.name}, group=report.group, url=_platform_queue_url(),
           exclude=actor.pk)
    return _decided(ModerationAction.objects.create(
        group=report.group, kind=Kind.ESCALATE, actor=actor, post=report.post,
        subject=report.subject, report=report, reason=note.strip()))


@transaction.atomic
def dismiss_report(*, actor: Any, report: Report, note: str = "") -> ModerationAction:
    _require_moderator_of(actor, report.group)
    _close_report(report, actor, note.strip(), status=Report.Status.DISMISSED)
    return _decided(ModerationAction.objects.create(
        group=report.group, kind=Kind.DISMISS, actor=actor, report=report, post=report.post,
        reason=note.strip()))


APPEALABLE = (Kind.HIDE, Kind.REMOVE, Kind.MUTE, Kind.REMOVE_MEMBER)


@transaction.atomic
def appeal(*, actor: Any, action: ModerationAction, text: str) -> Appeal:
    """The member a decision affects asks the platform's moderators to look again."""
    if action.subject_id != getattr(actor, "pk", None) or action.kind not in APPEALABLE:
        raise PermissionDenied(_("Only the member a decision is about can appeal it."))
    if hasattr(action, "appeal"):
        raise ValidationError(_("You have already appealed this decision."))
    if not text.strip():
        raise ValidationError({"text": _("Please say why the decision should change.")})
    made = Appeal.objects.create(action=action, text=text.strip())
    record(actor=actor, verb="moderation.appeal", target=made, action=action.pk)
    notify(recipients=moderator_ids(), kind="appeal", message=APPEAL_MESSAGE,
           params={"group": action.group.name}, group=action.group, url=_platform_queue_url(),
           exclude=actor.pk)
    return made


REVERSAL = {
    Kind.HIDE: restore_post,
    Kind.REMOVE: restore_post,
}


@transaction.atomic
def answer_appeal(*, actor: Any, appeal: Appeal, overturn: bool, answer: str) -> Appeal:
    """A platform moderator keeps or reverses the decision, and says why."""
    if not is_moderator(actor):
        raise PermissionDenied(_("Appeals are answered by the platform's moderators."))
    if appeal.status != Appeal.Status.OPEN:
        raise ValidationError(_("This appeal has been answered."))
    answer = _reason(answer)
    action = appeal.action
    if overturn:
        if action.kind in REVERSAL and action.post is not None:
            REVERSAL[action.kind](actor=actor, post=action.post, note=answer)
        elif action.kind == Kind.MUTE:
            unmute_member(actor=actor, group=action.group, user=action.subject, note=answer)
        elif action.kind == Kind.REMOVE_MEMBER:
            reinstate_member(actor=actor, group=action.group, user=action.subject, note=answer)
    appeal.status = Appeal.Status.OVERTURNED if overturn else Appeal.Status.UPHELD
    appeal.answer, appeal.answered_by, appeal.answered_at = answer, actor, timezone.now()
    appeal.save(update_fields=["status", "answer", "answered_by", "answered_at"])
    record(actor=actor, verb="moderation.appeal_answered", target=appeal, overturn=overturn)
    notify(recipients=[action.subject_id], kind="appeal", message=APPEAL_ANSWERED,
           params={"group": action.group.name}, group=action.group,
           url=_decisions_url())
    return appeal
