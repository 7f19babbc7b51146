"""The shapes of self-assessments in the API. Documents are built from `queries.Summary` by
the functions below; the serializers describe them in the OpenAPI description and check what
callers send."""

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _
from rest_framework import serializers
from rest_framework.request import Request

from mutual.assessments.actions import EVIDENCE_LENGTH
from mutual.assessments.instrument import DOMAINS, ITEMS, SCORES
from mutual.assessments.models import Assessment, Rating
from mutual.assessments.queries import Summary

STATE_HELP = "open (being rated), closed, or published (closed, with its summary public)"


def _round(value: float | None) -> float | None:
    return round(value, 2) if value is not None else None


def state(assessment: Assessment) -> str:
    if assessment.published_at is not None:
        return "published"
    return "open" if assessment.is_open else "closed"


# --- the instrument ---------------------------------------------------------------------


class AnchorSerializer(serializers.Serializer):
    score = serializers.IntegerField(min_value=1, max_value=5)
    text = serializers.CharField()


class InstrumentItemSerializer(serializers.Serializer):
    key = serializers.CharField(help_text="Stable: ratings name their item by it.")
    title = serializers.CharField()
    question = serializers.CharField()
    anchors = AnchorSerializer(many=True, help_text="What each score from 1 to 5 looks like.")


class InstrumentDomainSerializer(serializers.Serializer):
    key = serializers.CharField()
    title = serializers.CharField()
    description = serializers.CharField()
    items = InstrumentItemSerializer(many=True)


class InstrumentSerializer(serializers.Serializer):
    domains = InstrumentDomainSerializer(many=True)


def instrument_document() -> dict[str, Any]:
    return {"domains": [
        {"key": domain.key, "title": str(domain.title), "description": str(domain.description),
         "items": [
             {"key": item.key, "title": str(item.title), "question": str(item.question),
              "anchors": [{"score": score, "text": str(item.anchor(score))}
                          for score in SCORES]}
             for item in domain.items]}
        for domain in DOMAINS
    ]}


# --- assessments ------------------------------------------------------------------------


class AssessmentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    conducted_on = serializers.DateField()
    # A plain string in the schema: other components name their own "state" choices.
    state = serializers.CharField(help_text=STATE_HELP)
    closed_at = serializers.DateTimeField(allow_null=True)
    published_at = serializers.DateTimeField(allow_null=True)
    url = serializers.CharField(help_text="This assessment in the API.")


def assessment_document(assessment: Assessment, request: Request | None) -> dict[str, Any]:
    path = reverse("api-assessment-detail", args=[assessment.pk])
    return {
        "id": assessment.pk, "title": assessment.title,
        "conducted_on": assessment.conducted_on.isoformat(), "state": state(assessment),
        "closed_at": assessment.closed_at.isoformat() if assessment.closed_at else None,
        "published_at": (assessment.published_at.isoformat()
                         if assessment.published_at else None),
        "url": request.build_absolute_uri(path) if request is not None else path,
    }


class AssessmentStartSerializer(serializers.Serializer):
    title = serializers.CharField(max_length=200)
    conducted_on = serializers.DateField()
    notes = serializers.CharField(required=False, allow_blank=True, default="")


class RaterNoteSerializer(serializers.Serializer):
    rater = serializers.CharField(help_text="The rater's display name.")
    score = serializers.IntegerField()
    note = serializers.CharField()
    evidence = serializers.CharField()


class ItemScoreSerializer(serializers.Serializer):
    key = serializers.CharField()
    title = serializers.CharField()
    mean = serializers.FloatField(allow_null=True, help_text="Null when nobody rated it.")
    spread = serializers.IntegerField(allow_null=True, help_text="Highest score less lowest.")
    raters = serializers.IntegerField()
    agreement = serializers.FloatField(
        allow_null=True, help_text="Share of raters within one point of the median.")
    disagreement = serializers.BooleanField(help_text="Raters differ by 2 points or more.")
    previous = serializers.FloatField(allow_null=True)
    notes = RaterNoteSerializer(many=True)


class DomainScoreSerializer(serializers.Serializer):
    key = serializers.CharField()
    title = serializers.CharField()
    score = serializers.FloatField(allow_null=True, help_text="Mean of its rated items.")
    previous = serializers.FloatField(allow_null=True)
    change = serializers.FloatField(allow_null=True)
    not_rated = serializers.IntegerField(help_text="Items nobody rated.")
    items = ItemScoreSerializer(
        many=True, required=False, help_text="Only for the organization's stewards and staff.")


class PreviousSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    conducted_on = serializers.DateField()
    total = serializers.FloatField(allow_null=True)


class AssessmentDetailSerializer(AssessmentSerializer):
    organization = serializers.CharField(help_text="The organization's slug.")
    total = serializers.FloatField(allow_null=True, help_text="Mean of the domain scores, 1-5.")
    total_change = serializers.FloatField(allow_null=True)
    previous = PreviousSerializer(
        allow_null=True, help_text="The previous closed assessment (published, for others).")
    domains = DomainScoreSerializer(many=True)
    raters = serializers.IntegerField(
        required=False, help_text="Only for the organization's stewards and staff.")
    agreement = serializers.FloatField(
        required=False, allow_null=True,
        help_text="Mean share of raters within one point of an item's median (stewards and "
                  "staff only).")


def summary_document(summary: Summary, *, everything: bool,
                     request: Request | None) -> dict[str, Any]:
    """The summary for everyone who may see it; items, notes and agreement for stewards and
    staff (`everything`)."""
    previous = summary.previous
    domains = []
    for domain in summary.domains:
        entry: dict[str, Any] = {
            "key": domain.domain.key, "title": str(domain.domain.title),
            "score": _round(domain.score), "previous": _round(domain.previous),
            "change": _round(domain.change), "not_rated": domain.not_rated,
        }
        if everything:
            entry["items"] = [{
                "key": item.item.key, "title": str(item.item.title),
                "mean": _round(item.mean), "spread": item.spread, "raters": item.raters,
                "agreement": _round(item.agreement), "disagreement": item.disagreement,
                "previous": _round(item.previous),
                "notes": [{"rater": str(rating.rater), "score": rating.score,
                           "note": rating.note, "evidence": rating.evidence}
                          for rating in item.notes],
            } for item in domain.items]
        domains.append(entry)
    document = {
        **assessment_document(summary.assessment, request),
        "organization": summary.assessment.organization.slug,
        "total": _round(summary.total), "total_change": _round(summary.total_change),
        "previous": {
            "id": previous.pk, "title": previous.title,
            "conducted_on": previous.conducted_on.isoformat(),
            "total": _round(summary.previous_total),
        } if previous is not None else None,
        "domains": domains,
    }
    if everything:
        document["raters"] = len(summary.raters)
        document["agreement"] = _round(summary.agreement)
    return document


# --- ratings ----------------------------------------------------------------------------


class RatingInputSerializer(serializers.Serializer):
    item = serializers.CharField(help_text="An item's key, from /api/v1/assessments/instrument/.")
    score = serializers.IntegerField(
        min_value=1, max_value=5, allow_null=True,
        help_text="1 to 5; null takes back the caller's rating of this item.")
    note = serializers.CharField(required=False, allow_blank=True, default="")
    evidence = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=EVIDENCE_LENGTH)

    def validate_item(self, value: str) -> str:
        if value not in ITEMS:
            raise serializers.ValidationError(_("There is no item %(key)s.") % {"key": value})
        return value


class RatingsInputSerializer(serializers.Serializer):
    ratings = RatingInputSerializer(
        many=True, help_text="Items left out keep the caller's earlier rating.")

    def validate_ratings(self, value: list[dict[str, Any]]) -> list[dict[str, Any]]:
        keys = [rating["item"] for rating in value]
        if len(keys) != len(set(keys)):
            raise serializers.ValidationError(_("Rate each item once."))
        return value


class RatingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Rating
        fields = ["item", "score", "note", "evidence", "updated_at"]


class RatingsSerializer(serializers.Serializer):
    ratings = RatingSerializer(many=True, help_text="The caller's ratings in this assessment.")
