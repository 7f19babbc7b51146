"""Helping professionals who refer clients to groups and services, once staff have checked
who they are."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Professional(models.Model):
    """A person's application to refer clients, and what staff decided about it.

    Verification lasts a year (`PROFESSIONAL_VERIFICATION_DAYS`); after that the person applies
    again with their details as they stand, and sends nothing until staff look again."""

    class Profession(models.TextChoices):
        SOCIAL_WORKER = "social_worker", _("Social worker")
        COUNSELLOR = "counsellor", _("Counsellor or therapist")
        PSYCHOLOGIST = "psychologist", _("Psychologist")
        NURSE = "nurse", _("Nurse")
        PHYSICIAN = "physician", _("Physician")
        CASE_MANAGER = "case_manager", _("Case manager")
        PEER_SPECIALIST = "peer_specialist", _("Certified peer specialist")
        OTHER = "other", _("Another helping profession")

    class Review(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        VERIFIED = "verified", _("Verified")
        DECLINED = "declined", _("Declined")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="professional")
    profession = models.CharField(_("profession"), max_length=20, choices=Profession.choices)
    profession_other = models.CharField(
        _("which profession"), max_length=120, blank=True,
        help_text=_("Only if you chose “Another helping profession”."))
    license_number = models.CharField(
        _("registration or license number"), max_length=80,
        help_text=_("As your licensing board or register shows it."))
    jurisdiction = models.CharField(
        _("where it was issued"), max_length=120,
        help_text=_("The state, province or country of the board or register."))
    employer = models.CharField(_("employer"), max_length=200)
    work_email = models.EmailField(
        _("work email"), help_text=_("At your employer's domain; staff may write to it to check."))
    review = models.CharField(
        _("review"), max_length=10, choices=Review.choices, default=Review.PENDING,
        db_index=True)
    applied_at = models.DateTimeField(_("applied"), default=timezone.now)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+")
    decline_reason = models.TextField(_("reason"), blank=True)
    verified_until = models.DateField(_("verified until"), null=True, blank=True)

    class Meta:
        ordering = ["applied_at"]
        verbose_name = _("helping professional")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(review="verified") | models.Q(verified_until__isnull=False),
                name="verified_professional_has_expiry",
            ),
            models.CheckConstraint(
                condition=~models.Q(review="declined") | ~models.Q(decline_reason=""),
                name="declined_professional_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_profession_display()})"

    def is_verified_on(self, day: datetime.date) -> bool:
        return (
            self.review == self.Review.VERIFIED
            and self.verified_until is not None
            and day <= self.verified_until
        )

    @property
    def is_verified(self) -> bool:
        return self.is_verified_on(timezone.localdate())

    @property
    def has_expired(self) -> bool:
        return self.review == self.Review.VERIFIED and not self.is_verified

    @property
    def profession_label(self) -> str:
        if self.profession == self.Profession.OTHER and self.profession_other:
            return self.profession_other
        return str(self.get_profession_display())
