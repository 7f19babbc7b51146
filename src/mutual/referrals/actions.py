"""Every change to professionals' verification: applying, verifying, declining."""

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
from mutual.notifications.actions import notify
from mutual.notifications.models import Notification
from mutual.referrals.models import Professional
from mutual.referrals.permissions import can_review_professionals

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
