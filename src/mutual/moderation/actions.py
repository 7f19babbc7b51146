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
from mutual.groups.queries import facilitator_ids
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
DECISION_MESSAGE = gettext_lazy("A facilitator or moderator made a decision about your post or "
                                "membership in %(group)s. You can read it and appeal.")
UNDONE_MESSAGE = gettext_lazy("A decision about your post or membership in %(group)s was "
                              "undone. You can read why.")
RELEASED_MESSAGE = gettext_lazy("Your post in %(group)s has been read and the group can see it "
                                "now.")
REPORT_MESSAGE = gettext_lazy("A new report in %(group)s is waiting in the queue.")
ESCALATED_MESSAGE = gettext_lazy("A report from %(group)s needs a moderator.")
APPEAL_MESSAGE = gettext_lazy("An appeal about a decision in %(group)s is waiting.")
APPEAL_ANSWERED = gettext_lazy("Your appeal about a decision in %(group)s has been answered.")
LONGEST_MUTE = datetime.timedelta(days=365)
# Decisions that take something away, which the member may ask to have looked at again.
APPEALABLE = (Kind.HIDE, Kind.REMOVE, Kind.MUTE, Kind.REMOVE_MEMBER)


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
        message = (RELEASED_MESSAGE if action.kind == Kind.RELEASE
                   else DECISION_MESSAGE if action.kind in APPEALABLE else UNDONE_MESSAGE)
        notify(recipients=[action.subject_id], kind="moderation", message=message,
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
    facilitators = set(facilitator_ids(group))
    notify(recipients=facilitators, kind="crisis_alert", message=CRISIS_ALERT,
           params={"group": group.name}, group=group, url=_queue_url(group),
           exclude=post.author_id)
    # Moderators release crisis holds from their own queue, where every group's holds wait.
    notify(recipients=set(moderator_ids()) - facilitators, kind="crisis_alert",
           message=CRISIS_ALERT, params={"group": group.name}, group=group,
           url=_platform_queue_url(), exclude=post.author_id)
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

    _require_moderator_of(actor, post.group)
    if post.crisis_flagged and not is_moderator(actor):
        raise PermissionDenied(_("Posts held by the crisis check are released by the "
                                 "platform's moderators."))
    if post.status != Visibility.HELD:
        raise ValidationError(_("This post is not waiting for review."))
    publish(post)
    return _decided(ModerationAction.objects.create(
        group=post.group, kind=Kind.RELEASE, actor=actor, post=post, subject_id=post.author_id,
        reason=note.strip()))


def _set_post_status(post: Post, status: str, reason: str) -> None:
    from mutual.discussions.actions import recount_replies

    post.status, post.status_reason = status, reason
    post.save(update_fields=["status", "status_reason"])
    if post.is_opening:
        Thread.objects.filter(pk=post.thread_id).update(status=status)
    else:
        recount_replies(post.thread_id)


def _check_decidable(post: Post) -> None:
    if post.status == Visibility.DELETED:
        raise ValidationError(_("Its author deleted this post; there is nothing left to do."))


def _check_report(report: Report | None, actor: Any, group: Group,
                  post: Post | None = None) -> None:
    """A decision closes a report only about the same group (and post, when it names one),
    and never one about the person deciding."""
    if report is None:
        return
    other_post = post is not None and report.post_id is not None and report.post_id != post.pk
    if report.group_id != group.pk or other_post:
        raise ValidationError(_("That report is about something else."))
    _check_not_about_self(report, actor)


def _check_not_about_self(report: Report, actor: Any) -> None:
    if report.subject_id == getattr(actor, "pk", None) and not is_moderator(actor):
        raise PermissionDenied(_("A report about you is decided by the platform's moderators."))


@transaction.atomic
def hide_post(*, actor: Any, post: Post, reason: str,
              report: Report | None = None) -> ModerationAction:
    """Hide a post from the group; its author sees it with the reason."""
    _require_moderator_of(actor, post.group)
    _check_decidable(post)
    _check_report(report, actor, post.group, post)
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
    _check_decidable(post)
    _check_report(report, actor, post.group, post)
    reason = str(METHOD_DETAIL_REASON) if method_detail else _reason(reason)
    _set_post_status(post, Visibility.REMOVED, reason)
    _close_report(report, actor, reason)
    return _decided(ModerationAction.objects.create(
        group=post.group, kind=Kind.REMOVE, actor=actor, post=post, subject_id=post.author_id,
        reason=reason, report=report))


@transaction.atomic
def restore_post(*, actor: Any, post: Post, note: str = "") -> ModerationAction:
    """Undo a hide or removal. A post the crisis check held that nobody released goes back
    to the group only through a platform moderator."""
    _require_moderator_of(actor, post.group)
    if post.status not in (Visibility.HIDDEN, Visibility.REMOVED):
        raise ValidationError(_("Only a hidden or removed post can be restored."))
    if (post.crisis_flagged and not is_moderator(actor)
            and not post.moderation_actions.filter(kind=Kind.RELEASE).exists()):
        raise PermissionDenied(_("Posts held by the crisis check are released by the "
                                 "platform's moderators."))
    _set_post_status(post, Visibility.VISIBLE, "")
    return _decided(ModerationAction.objects.create(
        group=post.group, kind=Kind.RESTORE, actor=actor, post=post, subject_id=post.author_id,
        reason=note.strip()))


def _membership_of(group: Group, user: Any) -> Membership:
    membership = Membership.objects.select_for_update().filter(group=group, user=user).first()
    if membership is None:
        raise ValidationError(_("This person is not in the group."))
    return membership


def _check_not_facilitator(membership: Membership, actor: Any, post: Post | None) -> None:
    if membership.role == Membership.Role.FACILITATOR and not is_moderator(actor):
        # Saying why would tell who wrote an anonymous post.
        if post is not None and post.anonymous:
            raise PermissionDenied(_("Only the platform's moderators can act on the author of "
                                     "this post. Send them the report instead."))
        raise PermissionDenied(_("Only the platform's moderators can mute or remove a "
                                 "facilitator."))


def _mute_length(days: Any) -> datetime.timedelta:
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= LONGEST_MUTE.days:
        raise ValidationError({"days": _("A mute lasts between 1 and 365 days.")})
    return datetime.timedelta(days=days)


@transaction.atomic
def mute_member(*, actor: Any, group: Group, user: Any, days: Any, reason: str,
                report: Report | None = None, post: Post | None = None) -> ModerationAction:
    """The member can read but not write in the group until the mute ends. `post` is the post
    that led to it, kept so that an anonymous author stays unnamed in the queue."""
    _require_moderator_of(actor, group)
    _check_report(report, actor, group)
    reason = _reason(reason)
    length = _mute_length(days)
    membership = _membership_of(group, user)
    if membership.status != Membership.Status.ACTIVE:
        raise ValidationError(_("Only an active member can be muted."))
    _check_not_facilitator(membership, actor, post)
    membership.muted_until = timezone.now() + length
    membership.save(update_fields=["muted_until"])
    _close_report(report, actor, reason)
    return _decided(ModerationAction.objects.create(
        group=group, kind=Kind.MUTE, actor=actor, subject=membership.user, reason=reason,
        until=membership.muted_until, report=report, post=post))


@transaction.atomic
def unmute_member(*, actor: Any, group: Group, user: Any, note: str = "",
                  post: Post | None = None) -> ModerationAction:
    _require_moderator_of(actor, group)
    membership = _membership_of(group, user)
    if not membership.is_muted():
        raise ValidationError(_("This member is not muted."))
    membership.muted_until = None
    membership.save(update_fields=["muted_until"])
    return _decided(ModerationAction.objects.create(
        group=group, kind=Kind.UNMUTE, actor=actor, subject=membership.user, reason=note.strip(),
        post=post))


@transaction.atomic
def remove_member(*, actor: Any, group: Group, user: Any, reason: str,
                  report: Report | None = None, post: Post | None = None) -> ModerationAction:
    """The member leaves the group's space and cannot rejoin on their own."""
    _require_moderator_of(actor, group)
    _check_report(report, actor, group)
    reason = _reason(reason)
    membership = _membership_of(group, user)
    if membership.user_id == getattr(actor, "pk", None):
        raise ValidationError(_("To leave the group yourself, use “Leave this group”."))
    if membership.status == Membership.Status.REMOVED:
        raise ValidationError(_("This person is already removed from the group."))
    _check_not_facilitator(membership, actor, post)
    membership.status = Membership.Status.REMOVED
    membership.role = Membership.Role.MEMBER
    membership.save(update_fields=["status", "role"])
    _close_report(report, actor, reason)
    return _decided(ModerationAction.objects.create(
        group=group, kind=Kind.REMOVE_MEMBER, actor=actor, subject=membership.user,
        reason=reason, report=report, post=post))


@transaction.atomic
def reinstate_member(*, actor: Any, group: Group, user: Any, note: str = "",
                     post: Post | None = None) -> ModerationAction:
    _require_moderator_of(actor, group)
    membership = _membership_of(group, user)
    if membership.status != Membership.Status.REMOVED:
        raise ValidationError(_("This person was not removed."))
    membership.status = Membership.Status.ACTIVE
    membership.save(update_fields=["status"])
    return _decided(ModerationAction.objects.create(
        group=group, kind=Kind.REINSTATE, actor=actor, subject=membership.user,
        reason=note.strip(), post=post))


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
    be in danger, or about a facilitator, goes to the platform's moderators at once."""
    if not getattr(actor, "is_authenticated", False) or not can_read_discussions(actor, group):
        raise PermissionDenied(_("Only members of this group can report here."))
    if post is None and subject is None:
        raise ValidationError(_("Please say which post or member this is about."))
    if post is not None:
        if post.group_id != group.pk or post.status != Visibility.VISIBLE:
            raise ValidationError(_("That post is not in this group."))
        subject = post.author
        if post.author_id == actor.pk:
            raise ValidationError(_("This is your own post: you can edit or delete it."))
    elif subject.pk == actor.pk:
        raise ValidationError(_("You cannot report yourself."))
    subject_membership = Membership.objects.filter(group=group, user=subject).first()
    if post is None and subject_membership is None:
        raise ValidationError(_("This person is not in the group."))
    if reason not in Report.Reason.values:
        raise ValidationError({"reason": _("Please choose a reason from the list.")})
    limits = limits_for(actor)
    ratelimit.hit(f"report:{actor.pk}", limit=limits.reports_per_hour, period_seconds=3600,
                  message=_("You have sent many reports in the last hour. Please try again "
                            "later, or write to a moderator if it is urgent."))
    about_facilitator = (subject_membership is not None
                         and subject_membership.role == Membership.Role.FACILITATOR)
    urgent = reason in (Report.Reason.CRISIS, Report.Reason.METHOD) or about_facilitator
    report = Report.objects.create(group=group, post=post, subject=subject, reporter=actor,
                                   reason=reason, text=text.strip(), escalated=urgent)
    record(actor=actor, verb="report.file", target=report, group=group.pk)
    # A facilitator is not told of a report about themselves: it waits for the moderators.
    facilitators = set(facilitator_ids(group)) - {getattr(subject, "pk", None)}
    notify(recipients=facilitators, kind="report", message=REPORT_MESSAGE,
           params={"group": group.name}, group=group, url=_queue_url(group), exclude=actor.pk)
    if urgent:
        notify(recipients=moderator_ids(), kind="report", message=ESCALATED_MESSAGE,
               params={"group": group.name}, group=group, url=_platform_queue_url(),
               exclude=actor.pk)
    return report


def _check_open(report: Report) -> None:
    if report.status != Report.Status.OPEN:
        raise ValidationError(_("This report is already closed."))


@transaction.atomic
def escalate_report(*, actor: Any, report: Report, note: str = "") -> ModerationAction:
    """A facilitator hands a report to the platform's moderators."""
    _require_moderator_of(actor, report.group)
    _check_open(report)
    if report.escalated:
        raise ValidationError(_("This report is already with the platform's moderators."))
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
    """Nothing needs doing: the report is closed and its subject is not told."""
    _require_moderator_of(actor, report.group)
    _check_open(report)
    _check_not_about_self(report, actor)
    _close_report(report, actor, note.strip(), status=Report.Status.DISMISSED)
    return _decided(ModerationAction.objects.create(
        group=report.group, kind=Kind.DISMISS, actor=actor, report=report, post=report.post,
        reason=note.strip()))


def can_appeal(user: Any, action: ModerationAction) -> bool:
    return (action.subject_id is not None and action.subject_id == getattr(user, "pk", None)
            and action.kind in APPEALABLE and not hasattr(action, "appeal"))


@transaction.atomic
def appeal(*, actor: Any, action: ModerationAction, text: str) -> Appeal:
    """The member a decision affects asks the platform's moderators to look again."""
    if action.subject_id != getattr(actor, "pk", None) or action.kind not in APPEALABLE:
        raise PermissionDenied(_("Only the member a decision is about can appeal it."))
    if Appeal.objects.filter(action=action).exists():
        raise ValidationError(_("You have already appealed this decision."))
    if not text.strip():
        raise ValidationError({"text": _("Please say why the decision should change.")})
    made = Appeal.objects.create(action=action, text=text.strip())
    record(actor=actor, verb="moderation.appeal", target=made, action=action.pk)
    notify(recipients=moderator_ids(), kind="appeal", message=APPEAL_MESSAGE,
           params={"group": action.group.name}, group=action.group, url=_platform_queue_url(),
           exclude=actor.pk)
    return made


POST_STATUS_OF = {Kind.HIDE: Visibility.HIDDEN, Kind.REMOVE: Visibility.REMOVED}


def _reverse(actor: Any, action: ModerationAction, note: str) -> None:
    """Undo a decision where it still holds; one already undone stays as it is."""
    post, subject = action.post, action.subject
    if action.kind in POST_STATUS_OF and post is not None:
        if post.status == POST_STATUS_OF[action.kind]:
            restore_post(actor=actor, post=post, note=note)
    elif action.kind in (Kind.MUTE, Kind.REMOVE_MEMBER) and subject is not None:
        membership = Membership.objects.filter(group=action.group, user=subject).first()
        if membership is None:
            return
        if action.kind == Kind.MUTE and membership.is_muted():
            unmute_member(actor=actor, group=action.group, user=subject, note=note)
        elif (action.kind == Kind.REMOVE_MEMBER
              and membership.status == Membership.Status.REMOVED):
            reinstate_member(actor=actor, group=action.group, user=subject, note=note)


@transaction.atomic
def answer_appeal(*, actor: Any, appeal: Appeal, overturn: bool, answer: str) -> Appeal:
    """A platform moderator keeps or reverses the decision, and says why."""
    if not is_moderator(actor):
        raise PermissionDenied(_("Appeals are answered by the platform's moderators."))
    # Two moderators answering at once: the second finds it answered.
    appeal.status = Appeal.objects.select_for_update().values_list(
        "status", flat=True).get(pk=appeal.pk)
    if appeal.status != Appeal.Status.OPEN:
        raise ValidationError(_("This appeal has been answered."))
    if not answer.strip():
        raise ValidationError({"answer": _("Please give a reason: the member will read it.")})
    answer = answer.strip()
    action = appeal.action
    if overturn:
        _reverse(actor, action, answer)
    appeal.status = Appeal.Status.OVERTURNED if overturn else Appeal.Status.UPHELD
    appeal.answer, appeal.answered_by, appeal.answered_at = answer, actor, timezone.now()
    appeal.save(update_fields=["status", "answer", "answered_by", "answered_at"])
    record(actor=actor, verb="moderation.appeal_answered", target=appeal, overturn=overturn)
    notify(recipients=[action.subject_id], kind="appeal", message=APPEAL_ANSWERED,
           params={"group": action.group.name}, group=action.group,
           url=_decisions_url())
    return appeal


POST_ACTIONS = ("hide", "remove", "restore", "release", "escalate", "dismiss",
                "mute_author", "unmute_author", "remove_author", "reinstate_author")
MEMBER_ACTIONS = ("mute", "unmute", "remove", "reinstate", "escalate", "dismiss")


def _report_action(actor: Any, name: str, report: Report | None,
                   note: str) -> ModerationAction:
    if report is None:
        raise ValidationError(_("Open this from a report to send it on or dismiss it."))
    if name == "escalate":
        return escalate_report(actor=actor, report=report, note=note)
    return dismiss_report(actor=actor, report=report, note=note)


def act_on_post(*, actor: Any, post: Post, action: str, reason: str = "",
                method_detail: bool = False, days: Any = None,
                report: Report | None = None) -> ModerationAction:
    """One decision about a post or its author, named as the pages and the API name it.
    The author is reached through the post, so an anonymous author stays unnamed."""
    _check_report(report, actor, post.group, post)
    if action in ("escalate", "dismiss"):
        return _report_action(actor, action, report, reason)
    if action == "hide":
        return hide_post(actor=actor, post=post, reason=reason, report=report)
    if action == "remove":
        return remove_post(actor=actor, post=post, reason=reason, method_detail=method_detail,
                           report=report)
    if action == "restore":
        return restore_post(actor=actor, post=post, note=reason)
    if action == "release":
        return release_post(actor=actor, post=post, note=reason)
    if action not in POST_ACTIONS:
        raise ValidationError({"action": _("Please choose one of the actions offered.")})
    if post.author is None:
        raise ValidationError(_("The author of this post has closed their account."))
    target = {"group": post.group, "user": post.author, "post": post}
    if action == "mute_author":
        return mute_member(actor=actor, days=days, reason=reason, report=report, **target)
    if action == "unmute_author":
        return unmute_member(actor=actor, note=reason, **target)
    if action == "remove_author":
        return remove_member(actor=actor, reason=reason, report=report, **target)
    return reinstate_member(actor=actor, note=reason, **target)


def act_on_member(*, actor: Any, membership: Membership, action: str, reason: str = "",
                  days: Any = None, report: Report | None = None) -> ModerationAction:
    """One decision about a member of a group, named as the pages and the API name it."""
    group, user = membership.group, membership.user
    _check_report(report, actor, group)
    if report is not None and report.subject_id != user.pk:
        raise ValidationError(_("That report is about something else."))
    if action in ("escalate", "dismiss"):
        return _report_action(actor, action, report, reason)
    if action == "mute":
        return mute_member(actor=actor, group=group, user=user, days=days, reason=reason,
                           report=report)
    if action == "unmute":
        return unmute_member(actor=actor, group=group, user=user, note=reason)
    if action == "remove":
        return remove_member(actor=actor, group=group, user=user, reason=reason, report=report)
    if action == "reinstate":
        return reinstate_member(actor=actor, group=group, user=user, note=reason)
    raise ValidationError({"action": _("Please choose one of the actions offered.")})
