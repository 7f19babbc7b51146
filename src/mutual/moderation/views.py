"""Moderation pages: reporting, the group's and the platform's queues, decisions on posts
and members, and appeals. Everyone who may not moderate a group gets 404 here."""

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from mutual.core.crisis import crisis_card_for_request
from mutual.core.http import whole_number
from mutual.core.ratelimit import RateLimited
from mutual.discussions.models import Visibility
from mutual.groups.models import Group, Membership
from mutual.groups.permissions import can_read_discussions, is_moderator
from mutual.moderation import actions, queries
from mutual.moderation.forms import (
    AppealAnswerForm,
    AppealForm,
    DecisionForm,
    MemberDecisionForm,
    PostDecisionForm,
    ReportForm,
)
from mutual.moderation.models import ModerationAction, Report

Kind = ModerationAction.Kind
DONE = {
    Kind.HIDE: gettext_lazy("The post is hidden. Its author can read your reason."),
    Kind.REMOVE: gettext_lazy("The post is removed. Its author can read the reason."),
    Kind.RESTORE: gettext_lazy("The post is back in its thread."),
    Kind.RELEASE: gettext_lazy("The post is released: the group can read it now."),
    Kind.ESCALATE: gettext_lazy("The report is with the platform's moderators."),
    Kind.DISMISS: gettext_lazy("The report is dismissed."),
    Kind.MUTE: gettext_lazy("The member is muted until %(until)s."),
    Kind.UNMUTE: gettext_lazy("The member can write in the group again."),
    Kind.REMOVE_MEMBER: gettext_lazy("The member is removed from the group."),
    Kind.REINSTATE: gettext_lazy("The member is back in the group."),
}
DECISIONS_PER_PAGE = 30


def _group(request: HttpRequest, slug: str) -> Group:
    group = queries.group_for_moderation(slug, request.user)
    if group is None:
        raise Http404(_("No group here."))
    return group


def _readable_group(request: HttpRequest, slug: str) -> Group:
    group = Group.objects.filter(slug=slug).first()
    if group is None or not can_read_discussions(request.user, group):
        raise Http404(_("No group here."))
    return group


def _next_or(request: HttpRequest, fallback: str) -> str:
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    if wanted and url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return wanted
    return fallback


def _report_from(request: HttpRequest, group: Group, **about: Any) -> Report | None:
    """The report a decision page was opened from (?report=), or None; a wrong one is 404."""
    given = request.POST.get("report") or request.GET.get("report") or ""
    if not given:
        return None
    number = whole_number(given)
    report = queries.report_for(group, number, **about) if number is not None else None
    if report is None:
        raise Http404(_("No report here."))
    return report


def _done_message(decision: ModerationAction) -> str:
    if decision.until is None:
        return str(DONE[decision.kind])
    return str(DONE[decision.kind]) % {
        "until": date_format(timezone.localtime(decision.until), "DATETIME_FORMAT")}


def _decide(form: DecisionForm,
            decide: Callable[[], ModerationAction]) -> tuple[int, ModerationAction | None]:
    """Run one decision from a bound form: (status, decision or None). Errors go on the form
    so the page shows them with what was typed."""
    if not form.is_valid():
        return 400, None
    try:
        return 200, decide()
    except PermissionDenied as error:
        form.add_error(None, str(error))
        return 403, None
    except ValidationError as error:
        form.add_error(None, error)
        return 400, None



def _file(request: HttpRequest, group: Group, about: dict[str, Any],
          context: dict[str, Any]) -> HttpResponse:
    form = ReportForm(request.POST or None)
    context = {**context, "group": group, "form": form}
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                report = actions.file_report(
                    actor=request.user, group=group, reason=form.cleaned_data["reason"],
                    text=form.cleaned_data["text"], **about,
                )
            except RateLimited as error:
                form.add_error(None, error.message)
                status = 429
            except (ValidationError, PermissionDenied) as error:
                form.add_error(None, error if isinstance(error, ValidationError) else str(error))
            else:
                crisis = report.reason == Report.Reason.CRISIS
                return render(request, "moderation/report_sent.html", {
                    **context, "report": report, "crisis": crisis,
                    "crisis_card": crisis_card_for_request(request) if crisis else None,
                })
    return render(request, "moderation/report.html", context, status=status)


@require_http_methods(["GET", "POST"])
def post_report(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    group = _readable_group(request, slug)
    post = queries.reportable_post(request.user, group, post_id)
    if post is None:
        raise Http404(_("No post here."))
    return _file(request, group, {"post": post}, {"post": post, "back": post.get_absolute_url()})


@require_http_methods(["GET", "POST"])
def member_report(request: HttpRequest, slug: str, membership_id: int) -> HttpResponse:
    group = _readable_group(request, slug)
    membership = queries.reportable_membership(request.user, group, membership_id)
    if membership is None:
        raise Http404(_("No member here."))
    return _file(request, group, {"subject": membership.user},
                 {"membership": membership, "back": group.get_absolute_url()})



def _queue_page(request: HttpRequest, group: Group, status: int = 200) -> HttpResponse:
    return render(request, "moderation/group_queue.html", {
        "group": group,
        "queue": queries.group_queue(group, request.user),
        "platform_moderator": is_moderator(request.user),
    }, status=status)


@require_GET
def group_moderation(request: HttpRequest, slug: str) -> HttpResponse:
    return _queue_page(request, _group(request, slug))


@require_POST
def report_decide(request: HttpRequest, slug: str, report_id: int) -> HttpResponse:
    """Send a report on to the platform's moderators, or dismiss it, from the queue."""
    group = _group(request, slug)
    report = queries.open_report(group, report_id)
    if report is None:
        raise Http404(_("No report here."))
    decide = {"escalate": actions.escalate_report, "dismiss": actions.dismiss_report}.get(
        request.POST.get("action", ""))
    if decide is None:
        raise Http404(_("No such decision."))
    try:
        decision = decide(actor=request.user, report=report,
                          note=request.POST.get("reason", "")[:2000])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return _queue_page(request, group, status=400)
    messages.success(request, _done_message(decision))
    return redirect(_next_or(request, reverse("group-moderation", args=[group.slug])))


@require_http_methods(["GET", "POST"])
def post_moderate(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    group = _group(request, slug)
    post = queries.post_for_moderation(group, post_id, request.user)
    if post is None:
        raise Http404(_("No post here."))
    report = _report_from(request, group, post=post)
    form = PostDecisionForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status, decision = _decide(form, lambda: actions.act_on_post(
            actor=request.user, post=post, action=form.cleaned_data["action"],
            reason=form.cleaned_data["reason"],
            method_detail=form.cleaned_data["method_detail"],
            days=form.mute_days(), report=report,
        ))
        if decision is not None:
            messages.success(request, _done_message(decision))
            return redirect(_next_or(request, reverse("group-moderation", args=[group.slug])))
    return render(request, "moderation/post_moderate.html", {
        "group": group, "post": post, "report": report, "form": form,
        "platform_moderator": is_moderator(request.user),
        "author": post.author_membership,
        "Visibility": Visibility,
        "Status": Membership.Status,
    }, status=status)


@require_http_methods(["GET", "POST"])
def member_moderate(request: HttpRequest, slug: str, membership_id: int) -> HttpResponse:
    group = _group(request, slug)
    membership = queries.membership_for_moderation(group, membership_id)
    if membership is None:
        raise Http404(_("No member here."))
    report = _report_from(request, group, membership=membership)
    form = MemberDecisionForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status, decision = _decide(form, lambda: actions.act_on_member(
            actor=request.user, membership=membership, action=form.cleaned_data["action"],
            reason=form.cleaned_data["reason"], days=form.mute_days(), report=report,
        ))
        if decision is not None:
            messages.success(request, _done_message(decision))
            return redirect(_next_or(request, reverse("group-moderation", args=[group.slug])))
    return render(request, "moderation/member_moderate.html", {
        "group": group, "membership": membership, "report": report, "form": form,
        "Status": Membership.Status,
    }, status=status)



@require_GET
def moderation_queue(request: HttpRequest) -> HttpResponse:
    if not is_moderator(request.user):
        raise Http404(_("No page here."))
    return render(request, "moderation/platform_queue.html", {
        "queue": queries.platform_queue(),
    })


@login_required
@require_GET
def decisions(request: HttpRequest) -> HttpResponse:
    page = Paginator(queries.decisions_about(request.user), DECISIONS_PER_PAGE).get_page(
        request.GET.get("page"))
    queries.mark_appealable(page.object_list, request.user)
    return render(request, "moderation/decisions.html", {
        "page": page,
        "held": queries.held_posts_of(request.user),
    })


@login_required
@require_http_methods(["GET", "POST"])
def appeal(request: HttpRequest, action_id: int) -> HttpResponse:
    decision = queries.decision_for_appeal(request.user, action_id)
    if decision is None or decision.kind not in actions.APPEALABLE:
        raise Http404(_("No decision here."))
    form = AppealForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if not decision.appealable:
            form.add_error(None, _("You have already appealed this decision."))
        elif form.is_valid():
            try:
                actions.appeal(actor=request.user, action=decision,
                               text=form.cleaned_data["text"])
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Your appeal is with the platform's moderators. "
                                            "You will be told when they answer."))
                return redirect("moderation-decisions")
    return render(request, "moderation/appeal.html", {"decision": decision, "form": form},
                  status=status)


@require_http_methods(["GET", "POST"])
def appeal_answer(request: HttpRequest, appeal_id: int) -> HttpResponse:
    if not is_moderator(request.user):
        raise Http404(_("No page here."))
    found = queries.appeal_for_answer(appeal_id)
    if found is None:
        raise Http404(_("No appeal here."))
    form = AppealAnswerForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                actions.answer_appeal(
                    actor=request.user, appeal=found,
                    overturn=form.cleaned_data["outcome"] == "reverse",
                    answer=form.cleaned_data["answer"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The appeal is answered and the member told."))
                return redirect("moderation-queue")
    return render(request, "moderation/appeal_answer.html", {
        "appeal": found, "decision": found.action, "form": form,
    }, status=status)
