"""Pages for being in a group: joining, leaving, one's settings there, the member list, and
what facilitators do about members and invitations."""

import datetime

from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from mutual.core.ratelimit import RateLimited
from mutual.groups import actions
from mutual.groups.membership_forms import (
    DecisionForm,
    InvitationForm,
    JoinForm,
    MembershipSettingsForm,
    RoleForm,
)
from mutual.groups.membership_queries import (
    active_members,
    group_by_slug,
    invitation_in_group,
    invitations_of,
    member_in_group,
    membership_of,
    pending_requests,
)
from mutual.groups.models import Group, Membership
from mutual.groups.permissions import (
    can_manage_members,
    can_moderate_group,
    can_view_group,
    can_view_group_members,
)

MEMBERS_PER_PAGE = 100
INVITATIONS_PER_PAGE = 50


def _group_for(request: HttpRequest, slug: str) -> tuple[Group, Membership | None]:
    """The group, if the viewer may see it at all, and the viewer's membership in any status."""
    group = group_by_slug(slug)
    if group is None:
        raise Http404(_("No group here."))
    membership = membership_of(request.user, group)
    if not can_view_group(request.user, group):
        raise Http404(_("No group here."))
    if membership is not None and membership.status == Membership.Status.LEFT:
        membership = None  # someone who left stands where anyone who never joined stands
    return group, membership


def _managed_group(request: HttpRequest, slug: str) -> Group:
    """A group whose members the viewer manages; those who see the list but may not manage it
    are refused, everyone else finds nothing."""
    group, _membership = _group_for(request, slug)
    if not can_manage_members(request.user, group):
        if can_view_group_members(request.user, group):
            raise PermissionDenied(_("Only this group's facilitators can do this."))
        raise Http404(_("No group here."))
    return group


def _refusal(form: forms.Form, error: Exception) -> int:
    """Put what an action refused on the form beside what was typed; the status to answer."""
    if isinstance(error, RateLimited):
        form.add_error(None, error.message)
        return 429
    if isinstance(error, PermissionDenied):
        form.add_error(None, str(error))
        return 403
    assert isinstance(error, ValidationError)
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)
    return 400


def _posted(request: HttpRequest) -> QueryDict | None:
    return request.POST if request.method == "POST" else None


@require_http_methods(["GET", "POST"])
def group_join(request: HttpRequest, slug: str) -> HttpResponse:
    """Accept the rules, choose a name, and join (or ask to)."""
    group, membership = _group_for(request, slug)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if membership is not None:
        # The group's page says where they stand: member, waiting, or removed.
        return redirect(group)
    if group.visibility == Group.Visibility.SECRET:
        raise Http404(_("No group here."))
    if group.status == Group.Status.CLOSED:
        raise PermissionDenied(_("This group has closed and is not taking new members."))
    form = JoinForm(_posted(request), with_message=group.admits_on_request,
                    initial={"display_name": actions.suggest_pseudonym()})
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                joined = actions.join_group(
                    actor=request.user, group=group, display_name=data["display_name"],
                    accept_rules=data["accept_rules"], message=data.get("message", ""),
                )
            except (ValidationError, PermissionDenied, RateLimited) as error:
                status = _refusal(form, error)
            else:
                if joined.status == Membership.Status.ACTIVE:
                    messages.success(request, _("You are a member of %(group)s.")
                                     % {"group": group.name})
                else:
                    messages.success(request, _(
                        "Your request is waiting for a facilitator. You will be told when "
                        "they answer."))
                return redirect(group)
    return render(request, "groups/join.html", {"group": group, "form": form}, status=status)


@require_http_methods(["GET", "POST"])
def group_leave(request: HttpRequest, slug: str) -> HttpResponse:
    """Leave the group, or withdraw a request to join: asked once, then done."""
    group, membership = _group_for(request, slug)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if membership is None or membership.status == Membership.Status.REMOVED:
        raise Http404(_("You are not in this group."))
    pending = membership.status == Membership.Status.PENDING
    error, status = "", 200
    if request.method == "POST":
        try:
            actions.leave_group(actor=request.user, group=group)
        except ValidationError as invalid:
            error, status = " ".join(invalid.messages), 400
        else:
            if pending:
                messages.success(request, _("Your request to join %(group)s is withdrawn.")
                                 % {"group": group.name})
            else:
                messages.success(request, _("You have left %(group)s.") % {"group": group.name})
            return redirect(group if can_view_group(request.user, group) else "directory")
    return render(
        request, "groups/leave.html",
        {"group": group, "membership": membership, "pending": pending, "error": error},
        status=status,
    )


@require_http_methods(["GET", "POST"])
def membership_settings(request: HttpRequest, slug: str) -> HttpResponse:
    """My name in this group and how I hear from it."""
    group, membership = _group_for(request, slug)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if membership is None or membership.status == Membership.Status.REMOVED:
        raise Http404(_("You are not in this group."))
    form = MembershipSettingsForm.for_membership(membership, _posted(request))
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                actions.update_membership(actor=request.user, membership=membership,
                                          data=form.cleaned_data)
            except (ValidationError, PermissionDenied) as error:
                status = _refusal(form, error)
            else:
                messages.success(request, _("Your settings for this group are saved."))
                return redirect("membership-settings", slug=group.slug)
    return render(
        request, "groups/membership_settings.html",
        {"group": group, "membership": membership, "form": form}, status=status,
    )


def _members_page(request: HttpRequest, group: Group, *, error: str = "",
                  status: int = 200) -> HttpResponse:
    manages = can_manage_members(request.user, group)
    page = Paginator(active_members(group), MEMBERS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request, "groups/members.html",
        {
            "group": group,
            "page": page,
            "manages": manages,
            "moderates": can_moderate_group(request.user, group),
            "requests": list(pending_requests(group)) if manages else [],
            "error": error,
        },
        status=status,
    )


@require_http_methods(["GET", "HEAD"])
def group_members(request: HttpRequest, slug: str) -> HttpResponse:
    """Members see one another's names; facilitators also answer requests and give roles."""
    group, _membership = _group_for(request, slug)
    if not can_view_group_members(request.user, group):
        raise Http404(_("No group here."))
    return _members_page(request, group)


@require_POST
def membership_decide(request: HttpRequest, slug: str, membership_id: int) -> HttpResponse:
    group = _managed_group(request, slug)
    membership = member_in_group(group, membership_id)
    if membership is None:
        raise Http404(_("No such request."))
    form = DecisionForm(request.POST)
    if not form.is_valid():
        return _members_page(request, group, error=_("Please choose to admit or decline."),
                             status=400)
    admit = form.cleaned_data["admit"]
    try:
        actions.decide_request(actor=request.user, membership=membership, admit=admit)
    except ValidationError as invalid:
        return _members_page(request, group, error=" ".join(invalid.messages), status=400)
    if admit:
        messages.success(request, _("%(name)s is now a member.")
                         % {"name": membership.display_name})
    else:
        messages.success(request, _("The request from %(name)s is declined; they have been "
                                    "told.") % {"name": membership.display_name})
    return redirect("group-members", slug=group.slug)


@require_POST
def membership_role(request: HttpRequest, slug: str, membership_id: int) -> HttpResponse:
    group = _managed_group(request, slug)
    membership = member_in_group(group, membership_id)
    if membership is None:
        raise Http404(_("No such member."))
    form = RoleForm(request.POST)
    if not form.is_valid():
        return _members_page(request, group, error=_("Please choose member or facilitator."),
                             status=400)
    try:
        changed = actions.set_role(actor=request.user, membership=membership,
                                   role=form.cleaned_data["role"])
    except ValidationError as invalid:
        return _members_page(request, group, error=" ".join(invalid.messages), status=400)
    if changed.role == Membership.Role.FACILITATOR:
        messages.success(request, _("%(name)s is now a facilitator.")
                         % {"name": changed.display_name})
    else:
        messages.success(request, _("%(name)s is now a member.") % {"name": changed.display_name})
    return redirect("group-members", slug=group.slug)


@require_http_methods(["GET", "POST"])
def group_invitations(request: HttpRequest, slug: str) -> HttpResponse:
    """Facilitators make invitation links (each shown once) and see what became of them."""
    group = _managed_group(request, slug)
    form = InvitationForm(_posted(request))
    created_link, status = "", 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                _invitation, key = actions.create_invitation(
                    actor=request.user, group=group, note=data["note"],
                    max_uses=data["max_uses"],
                    lifetime=datetime.timedelta(days=data["lifetime_days"]),
                )
            except (ValidationError, PermissionDenied) as error:
                status = _refusal(form, error)
            else:
                created_link = request.build_absolute_uri(reverse("invitation-accept",
                                                                  args=[key]))
                form, status = InvitationForm(), 200
    page = Paginator(invitations_of(group), INVITATIONS_PER_PAGE).get_page(
        request.GET.get("page"))
    return render(
        request, "groups/invitations.html",
        {"group": group, "form": form, "page": page, "created_link": created_link},
        status=status,
    )


@require_POST
def invitation_revoke(request: HttpRequest, slug: str, invitation_id: int) -> HttpResponse:
    group = _managed_group(request, slug)
    invitation = invitation_in_group(group, invitation_id)
    if invitation is None:
        raise Http404(_("No such invitation."))
    actions.revoke_invitation(actor=request.user, invitation=invitation)
    messages.success(request, _("The invitation %(prefix)s… no longer works.")
                     % {"prefix": invitation.prefix})
    return redirect("group-invitations", slug=group.slug)


@require_http_methods(["GET", "POST"])
def invitation_accept(request: HttpRequest, key: str) -> HttpResponse:
    """The link in an invitation: the group's rules and the join form; an unusable link says
    so kindly and names no group."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    invitation = actions.invitation_for(key)
    if invitation is None:
        return render(request, "groups/invitation.html", {"group": None}, status=410)
    group = invitation.group
    membership = membership_of(request.user, group)
    if membership is not None and membership.status == Membership.Status.ACTIVE:
        messages.info(request, _("You are already a member of %(group)s.")
                      % {"group": group.name})
        return redirect(group)
    waiting = membership is not None and membership.status == Membership.Status.PENDING
    form = JoinForm(_posted(request), initial={
        "display_name": membership.display_name if waiting else actions.suggest_pseudonym()})
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                actions.accept_invitation(
                    actor=request.user, key=key, display_name=form.cleaned_data["display_name"],
                    accept_rules=form.cleaned_data["accept_rules"],
                )
            except (ValidationError, PermissionDenied, RateLimited) as error:
                status = _refusal(form, error)
            else:
                messages.success(request, _("You are a member of %(group)s.")
                                 % {"group": group.name})
                return redirect(group)
    return render(request, "groups/invitation.html", {"group": group, "form": form},
                  status=status)
