"""Every write to groups: checked, saved, audited and announced in one place."""

import datetime
import secrets
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from mutual.accounts.models import hash_token
from mutual.audit.actions import record
from mutual.core import ratelimit
from mutual.groups.models import Group, Invitation, Membership
from mutual.groups.permissions import (
    can_contact_group,
    can_edit_group,
    can_manage_members,
    forget_memberships,
)
from mutual.groups.queries import facilitator_ids
from mutual.groups.search_index import reindex_groups
from mutual.groups.tasks import deliver_contact_message
from mutual.meetings.occurrences import refresh_groups

EDITABLE_FIELDS = (
    "name", "description", "led_by", "audience", "open_meetings", "format", "visibility",
    "status", "address_for_members_only", "contact_email", "website", "founded_year",
    "referral_policy", "referral_phone",
)


def unique_slug(name: str, *, taken: Any = None) -> str:
    base = slugify(name)[:100] or "group"
    taken = taken if taken is not None else Group.objects
    slug, counter = base, 2
    while taken.filter(slug=slug).exists():
        slug, counter = f"{base}-{counter}", counter + 1
    return slug


@transaction.atomic
def create_group(
    *, actor: Any, concerns: list, languages: list, facilitator: Any = None, **fields: Any
) -> Group:
    """Create a group; only staff create groups for others, a facilitator may be named."""
    if actor is not None and not getattr(actor, "is_staff", False):
        raise PermissionDenied(_("Only staff can create groups here."))
    fields.setdefault("slug", unique_slug(fields["name"]))
    group = Group(**fields)
    group.full_clean()
    group.save()
    group.concerns.set(concerns)
    group.languages.set(languages)
    reindex_groups([group.pk])
    if facilitator is not None:
        Membership.objects.create(
            group=group, user=facilitator, role=Membership.Role.FACILITATOR,
            display_name=facilitator.display_name or _("Facilitator"),
        )
    record(actor=actor, verb="group.create", target=group)
    return group


@transaction.atomic
def update_group(*, actor: Any, group: Group, data: dict[str, Any]) -> Group:
    """A facilitator or staff member changes the group's page."""
    if not can_edit_group(actor, group):
        raise PermissionDenied(_("Only this group's facilitators can change its page."))
    # Compare with what is stored: a bound form may already have changed `group` in memory.
    stored = Group.objects.select_for_update().get(pk=group.pk)
    changed = []
    for name in EDITABLE_FIELDS:
        if name in data and getattr(stored, name) != data[name]:
            setattr(stored, name, data[name])
            changed.append(name)
    stored.full_clean()
    stored.save()
    for relation in ("concerns", "languages"):
        if relation in data:
            wanted = {getattr(item, "pk", item) for item in data[relation]}
            manager = getattr(stored, relation)
            if wanted != set(manager.values_list("pk", flat=True)):
                manager.set(wanted)
                changed.append(relation)
    reindex_groups([stored.pk])
    refresh_groups([stored.pk])
    record(actor=actor, verb="group.update", target=stored, fields=changed)
    return stored


def send_contact_message(
    *, actor: Any, group: Group, sender_name: str, sender_email: str, body: str, client: str
) -> None:
    """A person writes to a group through its form; the group's address is never shown."""
    if not can_contact_group(actor, group):
        raise PermissionDenied(_("This group cannot be contacted here."))
    if not (group.contact_email or (group.organization and group.organization.contact_email)):
        raise ValidationError(_("This group has no contact address yet. Please try its website."))
    ratelimit.hit(f"contact:{client}", limit=5, period_seconds=3600)
    with transaction.atomic():
        record(actor=actor, verb="group.contact", target=group)
        transaction.on_commit(
            lambda: deliver_contact_message.enqueue(group.pk, sender_name, sender_email, body)
        )


@transaction.atomic
def record_admin_change(*, actor: Any, group: Group, created: bool) -> None:
    """Staff edit groups in the admin, which saves the model itself; the change is audited
    and indexed here."""
    reindex_groups([group.pk])
    refresh_groups([group.pk])
    record(actor=actor, verb="group.create" if created else "group.update", target=group,
           via="admin")



# Membership -------------------------------------------------------------------------------

PSEUDONYM_WORDS = (
    ("Quiet", "Gentle", "Steady", "Bright", "Kind", "Brave", "Calm", "Warm", "Hopeful", "Patient"),
    ("Heron", "Willow", "River", "Harbour", "Lantern", "Meadow", "Cedar", "Sparrow", "Tide",
     "Juniper"),
)
INVITATION_LIFETIME = datetime.timedelta(days=14)
LONGEST_REQUEST_MESSAGE = 2000
JOIN_REQUEST = gettext_lazy("Someone asks to join %(group)s.")
ADMITTED = gettext_lazy("Welcome: you are now a member of %(group)s.")
DECLINED = gettext_lazy("Your request to join %(group)s was not accepted this time.")
# What anonymous posts show instead of a name; nobody may go by it.
ANONYMOUS_NAME = gettext_lazy("A member")
INVITATION_UNUSABLE = gettext_lazy(
    "This invitation has expired or was withdrawn. Please ask the person who sent it for a "
    "new one.")


def suggest_pseudonym() -> str:
    """A name to be known by in a group, so that no one need give their own."""
    first, second = (secrets.choice(words) for words in PSEUDONYM_WORDS)
    return f"{first} {second} {secrets.randbelow(90) + 10}"


def _check_display_name(group: Group, display_name: str, *, exclude: int | None = None) -> str:
    name = " ".join(display_name.split())
    if not name:
        raise ValidationError({"display_name": _("Please choose a name to be known by here.")})
    if len(name) > 60:
        raise ValidationError({"display_name": _("Please keep the name under 60 characters.")})
    if name.casefold() in {"a member", str(ANONYMOUS_NAME).casefold()}:
        raise ValidationError({"display_name": _(
            "Anonymous posts are shown as “%(name)s”. Please choose another name.")
            % {"name": ANONYMOUS_NAME}})
    # A removed member's name stays taken: their posts still carry it.
    taken = Membership.objects.filter(group=group, display_name__iexact=name)
    if exclude is not None:
        taken = taken.exclude(pk=exclude)
    if taken.exists():
        raise ValidationError({"display_name": _(
            "Someone in this group already goes by that name. Please choose another.")})
    return name


def _notify(**kwargs: Any) -> None:
    from mutual.notifications.actions import notify

    notify(**kwargs)


def _limit_joins(user: Any) -> None:
    from mutual.discussions.trust import limits_for

    ratelimit.hit(
        f"join:{user.pk}", limit=limits_for(user).joins_per_hour, period_seconds=3600,
        message=_("You have asked to join many groups in the last hour. Please try again later."),
    )


def _mute_in_force(group: Group, user: Any) -> datetime.datetime | None:
    """A mute outlasts leaving and coming back: the latest mute or unmute decides."""
    from mutual.moderation.models import ModerationAction

    kinds = (ModerationAction.Kind.MUTE, ModerationAction.Kind.UNMUTE)
    latest = (ModerationAction.objects.filter(group=group, subject=user, kind__in=kinds)
              .order_by("-created_at", "-pk").values_list("kind", "until").first())
    if latest is None or latest[0] != ModerationAction.Kind.MUTE or latest[1] is None:
        return None
    return latest[1] if latest[1] > timezone.now() else None


def _new_membership(*, group: Group, user: Any, display_name: str, accept_rules: bool,
                    message: str, status: str, replace_pending: bool = False) -> Membership:
    """Check what a person gave on joining (every problem at once) and make the membership."""
    # Joins to one group wait for each other, so that two cannot take the same name or
    # both create one person's membership.
    Group.objects.select_for_update(no_key=True).only("pk").get(pk=group.pk)
    existing = Membership.objects.filter(group=group, user=user).first()
    if existing is not None:
        if existing.status == Membership.Status.REMOVED:
            raise PermissionDenied(_(
                "A facilitator removed you from this group. You can read the decision and "
                "appeal it under “Decisions about you”."))
        if existing.status == Membership.Status.ACTIVE:
            raise ValidationError(_("You are already a member of this group."))
        if existing.status == Membership.Status.PENDING and not replace_pending:
            raise ValidationError(_(
                "You have already asked to join this group. A facilitator will answer soon."))
    message = message.strip()
    errors: dict[str, list[str]] = {}
    if not accept_rules:
        errors["accept_rules"] = [_(
            "Please read the group's rules and tick the box to accept them.")]
    if len(message) > LONGEST_REQUEST_MESSAGE:
        errors["message"] = [_("Please keep the message under %(count)s characters.")
                             % {"count": LONGEST_REQUEST_MESSAGE}]
    try:
        name = _check_display_name(group, display_name,
                                   exclude=existing.pk if existing is not None else None)
    except ValidationError as error:
        errors.update(error.message_dict)
    if errors:
        raise ValidationError(errors)
    _limit_joins(user)
    now = timezone.now()
    membership = existing or Membership(group=group, user=user)
    membership.display_name = name
    membership.status = status
    membership.request_message = message
    membership.rules_accepted_at = now
    membership.admitted_at = now if status == Membership.Status.ACTIVE else None
    membership.muted_until = _mute_in_force(group, user)
    membership.save()
    forget_memberships(user)
    return membership


@transaction.atomic
def join_group(*, actor: Any, group: Group, display_name: str, accept_rules: bool,
               message: str = "") -> Membership:
    """Join a public group at once, or ask to join a private or listed one."""
    if not getattr(actor, "is_authenticated", False):
        raise PermissionDenied(_("Please sign in to join a group."))
    if group.visibility == Group.Visibility.SECRET:
        raise PermissionDenied(_("This group admits members by invitation only."))
    if group.status == Group.Status.CLOSED:
        raise ValidationError(_("This group has closed and is not taking new members."))
    status = (Membership.Status.PENDING if group.admits_on_request
              else Membership.Status.ACTIVE)
    membership = _new_membership(group=group, user=actor, display_name=display_name,
                                 accept_rules=accept_rules, message=message, status=status)
    record(actor=actor, verb="group.request" if membership.status == Membership.Status.PENDING
           else "group.join", target=group)
    if membership.status == Membership.Status.PENDING:
        _notify(recipients=facilitator_ids(group), kind="join_request", message=JOIN_REQUEST,
                params={"group": group.name}, group=group,
                url=reverse("group-members", args=[group.slug]))
    return membership


@transaction.atomic
def decide_request(*, actor: Any, membership: Membership, admit: bool) -> Membership | None:
    """A facilitator admits or declines a request to join; the person is told either way."""
    group = membership.group
    if not can_manage_members(actor, group):
        raise PermissionDenied(_("Only this group's facilitators can admit members."))
    found = Membership.objects.select_for_update().filter(pk=membership.pk, group=group).first()
    if found is None or found.status != Membership.Status.PENDING:
        raise ValidationError(_("This request has already been answered or withdrawn."))
    user_id = found.user_id
    if admit:
        found.status = Membership.Status.ACTIVE
        found.admitted_at = timezone.now()
        found.save(update_fields=["status", "admitted_at"])
    else:
        found.delete()
    record(actor=actor, verb="group.admit" if admit else "group.decline", target=group,
           member=user_id)
    _notify(recipients=[user_id], kind="admitted" if admit else "declined",
            message=ADMITTED if admit else DECLINED, params={"group": group.name}, group=group,
            url=group.get_absolute_url())
    return found if admit else None


@transaction.atomic
def leave_group(*, actor: Any, group: Group) -> None:
    """Anyone may leave at any time (or withdraw a request); what they wrote stays in the
    group's conversations."""
    membership = Membership.objects.select_for_update().filter(
        group=group, user=actor,
        status__in=(Membership.Status.ACTIVE, Membership.Status.PENDING)).first()
    if membership is None:
        raise ValidationError(_("You are not in this group."))
    if (membership.role == Membership.Role.FACILITATOR
            and len(facilitator_ids(group)) == 1 and group.memberships.filter(
                status=Membership.Status.ACTIVE).count() > 1):
        raise ValidationError(_(
            "You are this group's only facilitator. Please make another member facilitator "
            "before you leave, so the group is not left without one."))
    if membership.status == Membership.Status.PENDING:
        membership.delete()  # a withdrawn request leaves nothing behind
    else:
        membership.status, membership.role = Membership.Status.LEFT, Membership.Role.MEMBER
        membership.save(update_fields=["status", "role"])
    forget_memberships(actor)
    record(actor=actor, verb="group.leave", target=group)


@transaction.atomic
def update_membership(*, actor: Any, membership: Membership, data: dict[str, Any]) -> Membership:
    """A member changes their name in the group and how they hear from it."""
    if membership.user_id != getattr(actor, "pk", None):
        raise PermissionDenied(_("Only you can change how you appear in a group."))
    if membership.status == Membership.Status.REMOVED:
        raise PermissionDenied(_("A facilitator removed you from this group."))
    if membership.status == Membership.Status.LEFT:
        raise ValidationError(_("You have left this group; join it again to change this."))
    fields = []
    if "display_name" in data:
        membership.display_name = _check_display_name(
            membership.group, data["display_name"], exclude=membership.pk)
        fields.append("display_name")
    for name in ("email_replies", "email_mentions", "email_milestones", "digest"):
        if name in data:
            setattr(membership, name, data[name])
            fields.append(name)
    membership.full_clean(exclude=["group", "user"])
    membership.save(update_fields=fields)
    record(actor=actor, verb="membership.update", target=membership, fields=fields)
    return membership


@transaction.atomic
def set_role(*, actor: Any, membership: Membership, role: str) -> Membership:
    """A facilitator makes another member facilitator, or steps them back to member."""
    group = membership.group
    if not can_manage_members(actor, group):
        raise PermissionDenied(_("Only this group's facilitators can change roles."))
    if role not in Membership.Role.values:
        raise ValidationError({"role": _("Please choose member or facilitator.")})
    found = Membership.objects.select_for_update().filter(pk=membership.pk, group=group).first()
    if found is None or found.status != Membership.Status.ACTIVE:
        raise ValidationError(_("Only an admitted member can take a role."))
    if (role == Membership.Role.MEMBER and found.role == Membership.Role.FACILITATOR
            and len(facilitator_ids(group)) == 1):
        raise ValidationError(_("A group needs at least one facilitator."))
    found.role = role
    found.save(update_fields=["role"])
    if found.user_id == actor.pk:
        forget_memberships(actor)
    record(actor=actor, verb="membership.role", target=found, role=role)
    return found


@transaction.atomic
def create_invitation(*, actor: Any, group: Group, note: str = "", max_uses: int = 1,
                      lifetime: datetime.timedelta = INVITATION_LIFETIME,
                      ) -> tuple[Invitation, str]:
    """A facilitator makes a link to join; the key is shown once and only its hash kept."""
    if not can_manage_members(actor, group):
        raise PermissionDenied(_("Only this group's facilitators can invite people."))
    if group.status == Group.Status.CLOSED:
        raise ValidationError(_("This group has closed and is not taking new members."))
    note = " ".join(note.split())
    if len(note) > 120:
        raise ValidationError({"note": _("Please keep the note under 120 characters.")})
    if not 1 <= max_uses <= 100:
        raise ValidationError({"max_uses": _("An invitation can be used by 1 to 100 people.")})
    if not datetime.timedelta(hours=1) <= lifetime <= datetime.timedelta(days=90):
        raise ValidationError({"lifetime": _("An invitation lasts from an hour to 90 days.")})
    key = secrets.token_urlsafe(24)
    invitation = Invitation.objects.create(
        group=group, key_hash=hash_token(key), prefix=key[:8], note=note,
        created_by=actor, expires_at=timezone.now() + lifetime, max_uses=max_uses,
    )
    record(actor=actor, verb="invitation.create", target=invitation, group=group.pk)
    return invitation, key


@transaction.atomic
def revoke_invitation(*, actor: Any, invitation: Invitation) -> Invitation:
    if not can_manage_members(actor, invitation.group):
        raise PermissionDenied(_("Only this group's facilitators can revoke invitations."))
    if invitation.revoked_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
        record(actor=actor, verb="invitation.revoke", target=invitation)
    return invitation


def invitation_for(key: str) -> Invitation | None:
    """The invitation a key opens, if it can still be used."""
    invitation = Invitation.objects.select_related("group").filter(
        key_hash=hash_token(key)).first()
    return invitation if invitation is not None and invitation.is_usable() else None


@transaction.atomic
def accept_invitation(*, actor: Any, key: str, display_name: str,
                      accept_rules: bool) -> Membership:
    """Join a group (secret or not) through an invitation link: admitted at once, even if
    the person had asked to join and was waiting."""
    if not getattr(actor, "is_authenticated", False):
        raise PermissionDenied(_("Please sign in to accept the invitation."))
    # Locked, so that the last use of an invitation goes to one person only.
    invitation = Invitation.objects.select_for_update().filter(key_hash=hash_token(key)).first()
    if invitation is None or not invitation.is_usable():
        raise ValidationError(str(INVITATION_UNUSABLE))
    group = invitation.group
    if group.status == Group.Status.CLOSED:
        raise ValidationError(_("This group has closed and is not taking new members."))
    membership = _new_membership(group=group, user=actor, display_name=display_name,
                                 accept_rules=accept_rules, message="",
                                 status=Membership.Status.ACTIVE, replace_pending=True)
    invitation.uses += 1
    invitation.save(update_fields=["uses"])
    record(actor=actor, verb="group.join", target=group, invitation=invitation.pk)
    return membership
