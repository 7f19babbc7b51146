"""Every write to groups: checked, saved, audited and announced in one place."""

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from mutual.audit.actions import record
from mutual.core import ratelimit
from mutual.groups.models import Group, Membership
from mutual.groups.permissions import can_contact_group, can_edit_group
from mutual.groups.search_index import reindex_groups
from mutual.groups.tasks import deliver_contact_message
from mutual.meetings.occurrences import refresh_groups

EDITABLE_FIELDS = (
    "name", "description", "led_by", "audience", "open_meetings", "format", "visibility",
    "status", "address_for_members_only", "contact_email", "website", "founded_year",
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

