"""Helping professionals who refer clients to groups and services, once staff have checked
who they are."""

import datetime
from typing import Any

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


class Status(models.TextChoices):
    """The FHIR SDOH referral task's states that Mutual uses."""

    DRAFT = "draft", _("Draft")
    REQUESTED = "requested", _("Sent")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Declined")
    CANCELLED = "cancelled", _("Cancelled")
    IN_PROGRESS = "in-progress", _("In contact")
    ON_HOLD = "on-hold", _("On hold")
    COMPLETED = "completed", _("Attended")
    FAILED = "failed", _("Did not work out")


# Where a referral may go from each state. The first two lines are the design's arrows; from
# in-progress and on-hold the FHIR Task state machine continues, so that contact can pause,
# resume and end.
TRANSITIONS: dict[str, frozenset[str]] = {
    Status.DRAFT: frozenset({Status.REQUESTED}),
    Status.REQUESTED: frozenset({Status.ACCEPTED, Status.REJECTED, Status.CANCELLED}),
    Status.ACCEPTED: frozenset({Status.IN_PROGRESS, Status.ON_HOLD, Status.COMPLETED,
                                Status.FAILED, Status.CANCELLED}),
    Status.IN_PROGRESS: frozenset({Status.ON_HOLD, Status.COMPLETED, Status.FAILED,
                                   Status.CANCELLED}),
    Status.ON_HOLD: frozenset({Status.IN_PROGRESS, Status.COMPLETED, Status.FAILED,
                               Status.CANCELLED}),
    Status.REJECTED: frozenset(),
    Status.CANCELLED: frozenset(),
    Status.COMPLETED: frozenset(),
    Status.FAILED: frozenset(),
}
CLOSED = frozenset(state for state, onward in TRANSITIONS.items() if not onward)
NEEDS_REASON = frozenset({Status.REJECTED, Status.CANCELLED, Status.ON_HOLD, Status.FAILED})


class Referral(models.Model):
    """A request that a group or a service take someone in, with what they agreed to share.

    The client's details (name, contact, note) are erased a while after the referral closes
    (`REFERRAL_RETENTION_DAYS`); the states, the dates and who received it remain, which is
    what outcome figures need."""

    class Origin(models.TextChoices):
        PROFESSIONAL = "professional", _("A helping professional")
        SELF = "self", _("The person themselves")

    class ConsentGiven(models.TextChoices):
        SPOKEN = "spoken", _("Spoken")
        WRITTEN = "written", _("Written")
        ONLINE = "online", _("By the person, online")

    class ContactMethod(models.TextChoices):
        PHONE = "phone", _("Phone call")
        TEXT = "text", _("Text message")
        EMAIL = "email", _("Email")
        NONE = "none", _("No contact: the person will come")

    origin = models.CharField(max_length=12, choices=Origin.choices)
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
        related_name="referrals_sent")
    group = models.ForeignKey(
        "groups.Group", null=True, blank=True, on_delete=models.SET_NULL, related_name="referrals")
    service = models.ForeignKey(
        "services.Service", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="referrals")
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True)
    status_reason = models.CharField(max_length=500, blank=True)
    status_changed_at = models.DateTimeField(default=timezone.now)

    # What the client agreed to share, and with whom: the receiving group or service only.
    client_name = models.CharField(
        _("first name or initials"), max_length=60, blank=True)
    contact_method = models.CharField(
        _("how to reach them"), max_length=8, choices=ContactMethod.choices,
        default=ContactMethod.NONE)
    contact = models.CharField(_("phone or email"), max_length=200, blank=True)
    note = models.CharField(
        _("a short note"), max_length=500, blank=True,
        help_text=_("Only what the person agreed to share: never a diagnosis."))
    language = models.CharField(_("language"), max_length=2, blank=True)
    for_family_member = models.BooleanField(
        _("a family member is the one seeking help"), default=False)
    consent_given = models.CharField(
        _("how consent was given"), max_length=8, choices=ConsentGiven.choices, blank=True)
    consent_recorded_at = models.DateTimeField(null=True, blank=True)
    consent_expires_on = models.DateField(_("consent ends"), null=True, blank=True)

    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True, db_index=True)
    details_erased_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("referral")
        indexes = [models.Index(fields=["sender", "status"], name="referral_sender_status")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(group__isnull=True) | models.Q(service__isnull=True),
                name="referral_to_one_receiver",
            ),
            models.CheckConstraint(
                condition=models.Q(status="draft") | models.Q(consent_recorded_at__isnull=False),
                name="referral_sent_only_with_consent",
            ),
        ]

    def __str__(self) -> str:
        return f"Referral {self.pk} ({self.status})"

    @property
    def receiver(self) -> Any:
        return self.group or self.service

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED


class Transition(models.Model):
    """One step of a referral's life: who moved it, from what, to what, when and why."""

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="transitions")
    from_status = models.CharField(max_length=12, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=12, choices=Status.choices)
    reason = models.CharField(max_length=500, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.from_status or '-'} > {self.to_status}"
