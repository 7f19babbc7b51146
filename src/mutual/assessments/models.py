"""Fidelity self-assessments: an organization's team rates its own practice against the
common ingredients of consumer-operated programs (the FACIT, in the public domain).

The items and their anchored scales live in `instrument.py`; a rating names its item
by key, so the wording can improve without touching stored answers.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from mutual.organizations.models import Organization


class Assessment(models.Model):
    """One round of self-assessment. Open while the team rates; closed when done. Private to
    the organization's stewards (and staff) until a steward publishes its summary."""

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="assessments")
    title = models.CharField(_("title"), max_length=200)
    conducted_on = models.DateField(_("date of the assessment"))
    notes = models.TextField(_("notes"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    published_at = models.DateTimeField(_("summary published"), null=True, blank=True)

    class Meta:
        ordering = ["-conducted_on", "-pk"]
        verbose_name = _("self-assessment")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(published_at__isnull=True) | models.Q(closed_at__isnull=False),
                name="assessment_published_only_when_closed",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.organization})"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


class Rating(models.Model):
    """One rater's score for one item, with what they noted and the evidence they saw."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="ratings")
    rater = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assessment_ratings")
    item = models.CharField(_("item"), max_length=60)
    score = models.PositiveSmallIntegerField(_("score"))
    note = models.TextField(_("note"), blank=True)
    evidence = models.CharField(
        _("evidence"), max_length=500, blank=True,
        help_text=_("A document, a link or what you saw that supports the score."))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("rating")
        constraints = [
            models.UniqueConstraint(fields=["assessment", "rater", "item"], name="one_rating"),
            models.CheckConstraint(
                condition=models.Q(score__gte=1, score__lte=5), name="rating_score_1_to_5"),
        ]

    def __str__(self) -> str:
        return f"{self.item}: {self.score}"
