"""Every change to professionals' verification (applying, verifying, declining) and to
referrals (drafting with consent, sending, each step of their life, erasing client details)."""

import datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from mutual.audit.actions import record
from mutual.audit.models import AuditEvent
from mutual.groups.models import Group, ReferralPolicy
from mutual.groups.queries import directory_groups
from mutual.notifications.actions import notify
from mutual.notifications.models import Notification
from mutual.referrals.models import (
    CLOSED,
    NEEDS_REASON,
    TRANSITIONS,
    Professional,
    Referral,
    Status,
    Transition,
)
from mutual.referrals.permissions import (
    answering,
    can_review_professionals,
    can_send_referrals,
    receiver_ids,
)
from mutual.services.models import Service

APPLICATION_FIELDS = (
    "profession", "profession_other", "license_number", "jurisdiction", "employer", "work_email",
)


@transaction.atomic
def apply_as_professional(*, user: Any, data: dict[str, Any]) -> Professional:
    """A signed-in person asks to be verified, or asks again with their details as they
    stand now; until staff review it they cannot send referrals."""
    if not getattr(user, "is_authenticated", False):
        raise PermissionDenied(_("Sign in to apply."))
    if data.get("profession") == Professional.Profession.OTHER and not data.get(
            "profession_other", "").strip():
        raise ValidationError({"profession_other": _("Say which profession you practise.")})
    professional = Professional.objects.select_for_update().filter(user=user).first()
    if professional is None:
        professional = Professional(user=user)
    for name in APPLICATION_FIELDS:
        setattr(professional, name, data.get(name, ""))
    professional.review = Professional.Review.PENDING
    professional.applied_at = timezone.now()
    professional.reviewed_at = None
    professional.reviewed_by = None
    professional.decline_reason = ""
    professional.verified_until = None
    professional.full_clean(exclude=["user", "reviewed_by"])
    professional.save()
    record(actor=user, verb="professional.applied", target=professional)
    return professional


def _decided(professional: Professional, message: str) -> None:
    notify(recipients=[professional.user_id], kind=Notification.Kind.PROFESSIONAL,
           message=message, url=reverse("professional-status"))


@transaction.atomic
def verify_professional(*, actor: Any, professional: Professional,
                        until: datetime.date | None = None) -> Professional:
    """Staff have checked the registration and the employer: the person may refer for a year."""
    if not can_review_professionals(actor):
        raise PermissionDenied(_("Only Mutual's staff review professionals."))
    today = timezone.localdate()
    until = until or today + datetime.timedelta(days=settings.PROFESSIONAL_VERIFICATION_DAYS)
    if until <= today:
        raise ValidationError({"until": _("Verification must last beyond today.")})
    professional.review = Professional.Review.VERIFIED
    professional.verified_until = until
    professional.decline_reason = ""
    professional.reviewed_at = timezone.now()
    professional.reviewed_by = actor
    professional.save()
    record(actor=actor, verb="professional.verified", target=professional,
           until=until.isoformat())
    _decided(professional, gettext_lazy(
        "You are verified as a helping professional and can send referrals."))
    return professional


@transaction.atomic
def decline_professional(*, actor: Any, professional: Professional,
                         reason: str) -> Professional:
    """Staff could not confirm who the person is; the reason tells them what to change."""
    if not can_review_professionals(actor):
        raise PermissionDenied(_("Only Mutual's staff review professionals."))
    if not reason.strip():
        raise ValidationError({"reason": _("Say why, so that the person knows what to change.")})
    professional.review = Professional.Review.DECLINED
    professional.verified_until = None
    professional.decline_reason = reason.strip()
    professional.reviewed_at = timezone.now()
    professional.reviewed_by = actor
    professional.save()
    record(actor=actor, verb="professional.declined", target=professional)
    _decided(professional, gettext_lazy(
        "Your application as a helping professional was not accepted. See why."))
    return professional


CLIENT_FIELDS = ("client_name", "contact_method", "contact", "note", "language",
                 "for_family_member")
# What the receiving side may do, and what the sender may do; staff only read.
RECEIVER_MOVES = frozenset({Status.ACCEPTED, Status.REJECTED, Status.IN_PROGRESS,
                            Status.ON_HOLD, Status.COMPLETED, Status.FAILED, Status.CANCELLED})
SENDER_MOVES = frozenset({Status.REQUESTED, Status.CANCELLED})


def _check_receiver(group: Group | None, service: Service | None) -> None:
    if (group is None) == (service is None):
        raise ValidationError(_("Refer to one group or one service."))
    if group is not None:
        if not directory_groups().filter(pk=group.pk).exists():
            raise ValidationError(_("This group is not taking people in through Mutual."))
        if group.referral_policy == ReferralPolicy.NONE:
            raise ValidationError(_("This group does not take referrals."))
        if group.referral_policy == ReferralPolicy.PHONE:
            raise ValidationError(
                _("This group takes referrals by phone only: %(phone)s")
                % {"phone": group.referral_phone or _("see the group's page")})
    if service is not None and service.status != Service.Status.ACTIVE:
        raise ValidationError(_("This service is not taking people in at the moment."))
    if not answering(group, service):
        raise ValidationError(_(
            "Nobody answers referrals for this group on Mutual yet: give the person the "
            "group's page, which says how to join.") if group is not None else _(
            "Nobody answers referrals for this service on Mutual yet: give the person the "
            "service's page, which says how to reach it."))


def _check_consent(referral: Referral) -> None:
    """Nothing leaves without the client's consent, recorded, unexpired and covering what
    is shared."""
    errors: dict[str, str] = {}
    if not referral.consent_given or referral.consent_recorded_at is None:
        errors["consent_given"] = _("Record how the person agreed before anything is sent.")
    if referral.consent_expires_on is not None and (
            referral.consent_expires_on < timezone.localdate()):
        errors["consent_expires_on"] = _("The person's consent has ended: ask them again.")
    if referral.contact_method != Referral.ContactMethod.NONE and not referral.contact.strip():
        errors["contact"] = _("Give the phone number or email they agreed to share.")
    if referral.contact_method == Referral.ContactMethod.NONE and referral.contact.strip():
        errors["contact"] = _("Choose how they want to be reached, or leave the contact empty.")
    if errors:
        raise ValidationError(errors)


def _step(referral: Referral, *, actor: Any, to: str, reason: str = "") -> None:
    now = timezone.now()
    Transition.objects.create(referral=referral, from_status=referral.status, to_status=to,
                              reason=reason, actor=actor, at=now)
    referral.status = to
    referral.status_reason = reason
    referral.status_changed_at = now
    referral.closed_at = now if to in CLOSED else None
    referral.save(update_fields=["status", "status_reason", "status_changed_at", "closed_at"])
    record(actor=actor, verb=f"referral.{to}", target=referral, reason=bool(reason))


def _tell(recipients: list[int], referral: Referral) -> None:
    notify(recipients=recipients, kind=Notification.Kind.REFERRAL,
           message=gettext_lazy("A referral is now: %(status)s"),
           params={"status": referral.get_status_display()},
           url=reverse("referral-detail", args=[referral.pk]))


@transaction.atomic
def draft_referral(*, actor: Any, group: Group | None = None, service: Service | None = None,
                   client: dict[str, Any], consent: dict[str, Any]) -> Referral:
    """A verified professional writes a referral with what the client agreed to share.

    `consent` holds `given` (spoken or written) and `expires_on`; a draft goes nowhere until
    it is sent."""
    if not can_send_referrals(actor):
        raise PermissionDenied(_(
            "Only verified professionals with two-factor authentication send referrals."))
    _check_receiver(group, service)
    given = consent.get("given", "")
    if given not in (Referral.ConsentGiven.SPOKEN, Referral.ConsentGiven.WRITTEN):
        raise ValidationError({"consent_given": _(
            "Record how the person agreed: spoken or written.")})
    referral = Referral(
        origin=Referral.Origin.PROFESSIONAL, sender=actor, group=group, service=service,
        consent_given=given, consent_recorded_at=timezone.now(),
        consent_expires_on=consent.get("expires_on"),
        **{name: client[name] for name in CLIENT_FIELDS if name in client},
    )
    _check_consent(referral)
    referral.full_clean(exclude=["sender", "group", "service"])
    referral.save()
    Transition.objects.create(referral=referral, to_status=Status.DRAFT, actor=actor)
    record(actor=actor, verb="referral.draft", target=referral)
    return referral


@transaction.atomic
def send_referral(*, actor: Any, referral: Referral) -> Referral:
    """The sender sends a draft: its receivers are told, and it waits for their answer."""
    referral = Referral.objects.select_for_update().get(pk=referral.pk)
    if referral.sender_id != getattr(actor, "pk", None) or not can_send_referrals(actor):
        raise PermissionDenied(_("Only the professional who wrote it sends a referral."))
    if Status.REQUESTED not in TRANSITIONS[referral.status]:
        raise ValidationError(_("This referral has already been sent."))
    _check_receiver(referral.group, referral.service)
    _check_consent(referral)
    _step(referral, actor=actor, to=Status.REQUESTED)
    _tell(receiver_ids(referral), referral)
    return referral


@transaction.atomic
def request_contact(*, user: Any, group: Group | None = None, service: Service | None = None,
                    client: dict[str, Any]) -> Referral:
    """A newcomer asks a group or service to get in touch: they consent for themselves, and
    the request goes out at once."""
    if not getattr(user, "is_authenticated", False):
        raise PermissionDenied(_("Sign in so that the group can answer you."))
    _check_receiver(group, service)
    referral = Referral(
        origin=Referral.Origin.SELF, sender=user, group=group, service=service,
        consent_given=Referral.ConsentGiven.ONLINE, consent_recorded_at=timezone.now(),
        **{name: client[name] for name in CLIENT_FIELDS if name in client},
    )
    if referral.contact_method == Referral.ContactMethod.NONE:
        raise ValidationError({"contact_method": _("Choose how you would like to be contacted.")})
    _check_consent(referral)
    referral.full_clean(exclude=["sender", "group", "service"])
    referral.save()
    Transition.objects.create(referral=referral, to_status=Status.DRAFT, actor=user)
    record(actor=user, verb="referral.draft", target=referral)
    _step(referral, actor=user, to=Status.REQUESTED)
    _tell(receiver_ids(referral), referral)
    return referral


@transaction.atomic
def move_referral(*, actor: Any, referral: Referral, to: str, reason: str = "") -> Referral:
    """One step along the lifecycle, by the side allowed to take it; the other side is told.

    The receiving facilitators or stewards accept, decline, record contact, pause, and record
    whether the person came; the sender may cancel. Anything else is refused, so the page and
    the API agree."""
    referral = Referral.objects.select_for_update().get(pk=referral.pk)
    reason = reason.strip()
    receivers = receiver_ids(referral)
    actor_id = getattr(actor, "pk", None)
    is_sender = actor_id is not None and actor_id == referral.sender_id
    is_receiver = actor_id in receivers
    allowed = (SENDER_MOVES - {Status.REQUESTED} if is_sender else set()) | (
        RECEIVER_MOVES if is_receiver else set())
    if not allowed:
        raise PermissionDenied(_("You cannot change this referral."))
    if to not in Status.values:
        raise ValidationError({"status": _("Unknown status.")})
    if to not in TRANSITIONS[referral.status]:
        raise ValidationError({"status": _(
            "A referral that is “%(now)s” cannot become “%(to)s”.") % {
                "now": referral.get_status_display(), "to": Status(to).label}})
    if to not in allowed:
        raise PermissionDenied(_("The other side takes this step."))
    if to in NEEDS_REASON and not reason:
        raise ValidationError({"reason": _("Give a reason: the other side will read it.")})
    _step(referral, actor=actor, to=to, reason=reason)
    others = [referral.sender_id] if is_receiver and not is_sender else receivers
    _tell([user_id for user_id in others if user_id], referral)
    return referral


def read_referral(*, actor: Any, referral: Referral, reason: str = "") -> None:
    """Every read of a referral is audited; staff read only with a reason on record."""
    if getattr(actor, "is_staff", False) and actor.pk != referral.sender_id and (
            actor.pk not in receiver_ids(referral)):
        if not reason.strip():
            raise PermissionDenied(_("Staff give a reason before reading a referral."))
        record(actor=actor, verb="referral.read", target=referral, reason=reason.strip())
        return
    record(actor=actor, verb="referral.read", target=referral)


def read_referrals(*, actor: Any, referrals: list[Referral]) -> None:
    """A list of referrals was read by one of their parties: one audit row each, in one insert."""
    AuditEvent.objects.bulk_create([
        AuditEvent(actor=actor, verb="referral.read", target_type=Referral._meta.label_lower,
                   target_id=str(referral.pk), data={"listed": True})
        for referral in referrals
    ])


@transaction.atomic
def erase_client_details(*, now: datetime.datetime | None = None) -> int:
    """Blank the client's details of referrals closed longer ago than the retention period;
    the states, dates and receivers stay for outcome figures."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.REFERRAL_RETENTION_DAYS)
    due = Referral.objects.filter(
        closed_at__isnull=False, closed_at__lte=cutoff, details_erased_at__isnull=True)
    count = due.update(client_name="", contact="", note="",
                       contact_method=Referral.ContactMethod.NONE, details_erased_at=now)
    if count:
        record(actor=None, verb="referral.details_erased", count=count)
    return count
