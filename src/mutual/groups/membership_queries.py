"""Reads about who is in a group, shared by the membership pages and the API."""

from typing import Any

from django.db.models import QuerySet

from mutual.groups.models import Group, Invitation, Membership
from mutual.groups.permissions import remember_membership

MEMBER_FIELDS = ("group_id", "user_id", "display_name", "role", "status", "muted_until")


def group_by_slug(slug: str) -> Group | None:
    """A group without what its public page shows: the membership pages need only itself."""
    return Group.objects.filter(slug=slug).first()


def membership_of(user: Any, group: Group) -> Membership | None:
    """The viewer's membership in the group in any status (waiting, member, removed); the
    permission checks reuse it rather than ask again."""
    if not getattr(user, "is_authenticated", False):
        return None
    membership = Membership.objects.filter(group=group, user=user).first()
    if membership is not None:
        membership.group = group
    remember_membership(user, group, membership)
    return membership


def active_members(group: Group) -> QuerySet[Membership]:
    """Admitted members by name: what any member may see of one another."""
    return (
        Membership.objects.filter(group=group, status=Membership.Status.ACTIVE)
        .only(*MEMBER_FIELDS)
        .order_by("display_name", "pk")
    )


def pending_requests(group: Group) -> QuerySet[Membership]:
    """Requests to join waiting for a facilitator, oldest first."""
    return (
        Membership.objects.filter(group=group, status=Membership.Status.PENDING)
        .only(*MEMBER_FIELDS, "request_message", "joined_at")
        .order_by("joined_at", "pk")
    )


def member_in_group(group: Group, membership_id: int) -> Membership | None:
    """One membership of this group by its number; another group's is never found here."""
    membership = Membership.objects.filter(group=group, pk=membership_id).first()
    if membership is not None:
        membership.group = group
    return membership


def invitations_of(group: Group) -> QuerySet[Invitation]:
    return Invitation.objects.filter(group=group).order_by("-created_at", "-pk")


def invitation_in_group(group: Group, invitation_id: int) -> Invitation | None:
    invitation = Invitation.objects.filter(group=group, pk=invitation_id).first()
    if invitation is not None:
        invitation.group = group
    return invitation
