"""Every write to self-assessments: checked, saved and audited in one place."""

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from mutual.assessments.instrument import ITEMS, POSITION, SCORES
from mutual.assessments.models import Assessment, Rating
from mutual.assessments.permissions import (
    can_publish,
    can_rate,
    can_run_assessments,
    can_unpublish,
)
from mutual.audit.actions import record
from mutual.organizations.models import Organization

EVIDENCE_LENGTH = Rating._meta.get_field("evidence").max_length or 500


@dataclass(frozen=True)
class Answer:
    """One rater's answer to one item; no score takes back an earlier rating."""

    score: int | None
    note: str = ""
    evidence: str = ""


def _refuse_unless(allowed: bool, message: str) -> None:
    if not allowed:
        raise PermissionDenied(message)


@transaction.atomic
def start_assessment(*, actor: Any, organization: Organization, title: str,
                     conducted_on: datetime.date, notes: str = "") -> Assessment:
    """Open a new round of self-assessment for the organization's stewards to rate."""
    _refuse_unless(can_run_assessments(actor, organization),
                   _("Only this organization's stewards can run its self-assessments."))
    signed_in = getattr(actor, "is_authenticated", False)
    assessment = Assessment(organization=organization, title=title.strip(),
                            conducted_on=conducted_on, notes=notes.strip(),
                            created_by=actor if signed_in else None)
    assessment.full_clean(exclude=["created_by"])
    assessment.save()
    record(actor=actor, verb="assessment.started", target=assessment,
           organization=organization.slug)
    return assessment


def answer_problems(answers: Mapping[str, Answer]) -> dict[str, str]:
    """What is wrong with each answer, by item key; empty when all can be saved."""
    problems: dict[str, str] = {}
    for key, answer in answers.items():
        if key not in ITEMS:
            problems[key] = _("There is no item %(key)s.") % {"key": key}
        elif answer.score is None and (answer.note.strip() or answer.evidence.strip()):
            problems[key] = _("Choose a score to keep this note and evidence, or clear "
                              "them.")
        elif answer.score is not None and answer.score not in SCORES:
            problems[key] = _("Choose a score from 1 to 5.")
        elif len(answer.evidence.strip()) > EVIDENCE_LENGTH:
            problems[key] = _("Keep the evidence to %(limit)d characters; put more in the "
                              "note.") % {"limit": EVIDENCE_LENGTH}
    return problems


@transaction.atomic
def rate_items(*, actor: Any, assessment: Assessment,
               answers: Mapping[str, Answer]) -> list[Rating]:
    """Save a steward's answers to some or all items; items left out keep their rating.
    Returns the rater's ratings after the change."""
    _refuse_unless(can_rate(actor, assessment.organization),
                   _("Only this organization's stewards rate its self-assessments."))
    assessment = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if not assessment.is_open:
        raise ValidationError(_("This assessment is closed; reopen it to change ratings."))
    problems = answer_problems(answers)
    if problems:
        raise ValidationError(problems)
    existing = {rating.item: rating for rating in
                Rating.objects.filter(assessment=assessment, rater=actor)}
    changed: list[str] = []
    for key, answer in answers.items():
        rating = existing.get(key)
        if answer.score is None:
            if rating is not None:
                rating.delete()
                del existing[key]
                changed.append(key)
            continue
        fields = {"score": answer.score, "note": answer.note.strip(),
                  "evidence": answer.evidence.strip()}
        if rating is None:
            existing[key] = Rating.objects.create(
                assessment=assessment, rater=actor, item=key, **fields)
            changed.append(key)
        elif any(getattr(rating, name) != value for name, value in fields.items()):
            for name, value in fields.items():
                setattr(rating, name, value)
            rating.save()
            changed.append(key)
    if changed:
        record(actor=actor, verb="assessment.rated", target=assessment, items=sorted(changed))
    return sorted(existing.values(), key=lambda rating: POSITION[rating.item])


@transaction.atomic
def close_assessment(*, actor: Any, assessment: Assessment) -> Assessment:
    """The team is done rating: the scores stand and the summary may be published."""
    _refuse_unless(can_run_assessments(actor, assessment.organization),
                   _("Only this organization's stewards can close its self-assessments."))
    if assessment.closed_at is None:
        assessment.closed_at = timezone.now()
        assessment.save(update_fields=["closed_at"])
        record(actor=actor, verb="assessment.closed", target=assessment)
    return assessment


@transaction.atomic
def reopen_assessment(*, actor: Any, assessment: Assessment) -> Assessment:
    """Let the team change its ratings again; a published summary is taken down first."""
    _refuse_unless(can_run_assessments(actor, assessment.organization),
                   _("Only this organization's stewards can reopen its self-assessments."))
    if assessment.closed_at is not None:
        was_published = assessment.published_at is not None
        assessment.closed_at = None
        assessment.published_at = None
        assessment.save(update_fields=["closed_at", "published_at"])
        record(actor=actor, verb="assessment.reopened", target=assessment,
               unpublished=was_published)
    return assessment


@transaction.atomic
def publish_assessment(*, actor: Any, assessment: Assessment) -> Assessment:
    """Show the summary (domain and total scores) to everyone; notes and raters stay
    private."""
    _refuse_unless(can_publish(actor, assessment.organization),
                   _("Only this organization's stewards can publish its self-assessments."))
    if assessment.closed_at is None:
        raise ValidationError(_("Close the assessment before publishing its summary."))
    if assessment.published_at is None:
        assessment.published_at = timezone.now()
        assessment.save(update_fields=["published_at"])
        record(actor=actor, verb="assessment.published", target=assessment)
    return assessment


@transaction.atomic
def unpublish_assessment(*, actor: Any, assessment: Assessment) -> Assessment:
    """Make the summary private again."""
    _refuse_unless(can_unpublish(actor, assessment.organization),
                   _("Only this organization's stewards can unpublish its self-assessments."))
    if assessment.published_at is not None:
        assessment.published_at = None
        assessment.save(update_fields=["published_at"])
        record(actor=actor, verb="assessment.unpublished", target=assessment)
    return assessment


@transaction.atomic
def delete_assessment(*, actor: Any, assessment: Assessment) -> None:
    """Delete an assessment and every rating in it."""
    _refuse_unless(can_run_assessments(actor, assessment.organization),
                   _("Only this organization's stewards can delete its self-assessments."))
    record(actor=actor, verb="assessment.deleted", target=assessment,
           title=assessment.title, conducted_on=assessment.conducted_on.isoformat(),
           organization=assessment.organization.slug)
    assessment.delete()
