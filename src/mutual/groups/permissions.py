"""Who may do what with a group. Every predicate here is tested from each side."""

from typing import Any

import rules

from mutual.groups.models import SHOWS_DETAILS, Group, Membership


def prime_memberships(user: Any) -> None:
    """Load all of a person's memberships at once, so checks over a list cost one query."""
    if getattr(user, "is_authenticated", False):
        user._mutual_memberships = {
            membership.group_id: membership
            for membership in Membership.objects.filter(
                user=user, status=Membership.Status.ACTIVE
            ).only("group_id", "role", "muted_until")
        }
        user._mutual_memberships_complete = True


def remember_membership(user: Any, group: Group, membership: Membership | None) -> None:
    """Let the checks below use a membership the caller has already read, in any status."""
    if not getattr(user, "is_authenticated", False):
        return
    if getattr(user, "_mutual_memberships", None) is None:
        user._mutual_memberships = {}
    active = membership is not None and membership.status == Membership.Status.ACTIVE
    user._mutual_memberships[group.pk] = membership if active else None


def forget_memberships(user: Any) -> None:
    """After a person joins, leaves or changes role, their checks read the database again."""
    for name in ("_mutual_memberships", "_mutual_memberships_complete"):
        if hasattr(user, name):
            delattr(user, name)


def _membership(user: Any, group: Group) -> Membership | None:
    if not getattr(user, "is_authenticated", False):
        return None
    cache = getattr(user, "_mutual_memberships", None)
    if cache is None:
        cache = {}
        user._mutual_memberships = cache
    if getattr(user, "_mutual_memberships_complete", False):
        return cache.get(group.pk)
    if group.pk not in cache:
        cache[group.pk] = (
            Membership.objects.filter(group=group, user=user, status=Membership.Status.ACTIVE)
            .only("role", "muted_until")
            .first()
        )
    return cache[group.pk]


@rules.predicate
def is_staff(user: Any) -> bool:
    return bool(getattr(user, "is_staff", False))


@rules.predicate
def is_group_member(user: Any, group: Group) -> bool:
    return _membership(user, group) is not None


@rules.predicate
def is_group_facilitator(user: Any, group: Group) -> bool:
    membership = _membership(user, group)
    return membership is not None and membership.role == Membership.Role.FACILITATOR


@rules.predicate
def is_moderator(user: Any) -> bool:
    return bool(getattr(user, "is_moderator", False))


@rules.predicate
def is_muted(user: Any, group: Group) -> bool:
    membership = _membership(user, group)
    return membership is not None and membership.is_muted()


@rules.predicate
def is_signed_in(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False))


@rules.predicate
def is_open_to_join(user: Any, group: Group) -> bool:
    return group.visibility != Group.Visibility.SECRET and group.status != Group.Status.CLOSED


@rules.predicate
def is_not_secret(user: Any, group: Group) -> bool:
    return group.visibility != Group.Visibility.SECRET


@rules.predicate
def shows_details_publicly(user: Any, group: Group) -> bool:
    return group.visibility in SHOWS_DETAILS


@rules.predicate
def address_is_public(user: Any, group: Group) -> bool:
    return not group.address_for_members_only and group.visibility in SHOWS_DETAILS


can_view_group = is_not_secret | is_group_member | is_staff
can_view_group_details = shows_details_publicly | is_group_member | is_staff
can_view_exact_address = address_is_public | is_group_member | is_staff
can_edit_group = is_group_facilitator | is_staff
can_contact_group = can_view_group
# Joining a secret group needs an invitation, which its action checks.
can_join_group = is_signed_in & is_open_to_join & ~is_group_member
can_manage_members = is_group_facilitator
# Members see each other's display names; facilitators also see requests and roles.
can_view_group_members = is_group_member | is_moderator
can_read_discussions = is_group_member | is_moderator
can_post_in_group = is_group_member & ~is_muted
can_moderate_group = is_group_facilitator | is_moderator

rules.add_perm("groups.view_group", can_view_group)
rules.add_perm("groups.view_group_details", can_view_group_details)
rules.add_perm("groups.view_exact_address", can_view_exact_address)
rules.add_perm("groups.edit_group", can_edit_group)
rules.add_perm("groups.contact_group", can_contact_group)
rules.add_perm("groups.join_group", can_join_group)
rules.add_perm("groups.manage_members", can_manage_members)
rules.add_perm("groups.view_group_members", can_view_group_members)
rules.add_perm("groups.read_discussions", can_read_discussions)
rules.add_perm("groups.post_in_group", can_post_in_group)
rules.add_perm("groups.moderate_group", can_moderate_group)
