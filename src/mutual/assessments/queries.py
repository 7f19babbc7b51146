"""Reading self-assessments: which ones a person may see, and their scores.

Scores stay on the 1-5 scale of the items: an item's score is the mean of its raters'
scores, a domain's the mean of its rated items, the total the mean of the rated domains.
Items nobody rated are left out of the means and counted as not rated."""

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from mutual.accounts.models import User
from mutual.assessments.instrument import DOMAINS, POSITION, Domain, Item
from mutual.assessments.models import Assessment, Rating
from mutual.assessments.permissions import Roles, roles_for
from mutual.organizations.models import Organization

# Raters this many points apart or more on an item are worth a conversation.
DISAGREEMENT = 2


@dataclass
class ItemScore:
    item: Item
    ratings: list[Rating] = field(default_factory=list)
    previous: float | None = None

    @property
    def scores(self) -> list[int]:
        return [rating.score for rating in self.ratings]

    @property
    def raters(self) -> int:
        return len(self.ratings)

    @property
    def mean(self) -> float | None:
        return statistics.fmean(self.scores) if self.ratings else None

    @property
    def spread(self) -> int | None:
        """The highest score less the lowest."""
        return max(self.scores) - min(self.scores) if self.ratings else None

    @property
    def agreement(self) -> float | None:
        """The share of raters within one point of the median score."""
        if not self.ratings:
            return None
        median = statistics.median(self.scores)
        return sum(abs(score - median) <= 1 for score in self.scores) / len(self.scores)

    @property
    def disagreement(self) -> bool:
        return self.spread is not None and self.spread >= DISAGREEMENT

    @property
    def notes(self) -> list[Rating]:
        return [rating for rating in self.ratings if rating.note or rating.evidence]


@dataclass
class DomainScore:
    domain: Domain
    items: list[ItemScore]
    previous: float | None = None

    @property
    def rated(self) -> list[ItemScore]:
        return [item for item in self.items if item.ratings]

    @property
    def not_rated(self) -> int:
        return len(self.items) - len(self.rated)

    @property
    def score(self) -> float | None:
        means = [item.mean for item in self.rated if item.mean is not None]
        return statistics.fmean(means) if means else None

    @property
    def change(self) -> float | None:
        if self.score is None or self.previous is None:
            return None
        return self.score - self.previous


@dataclass
class Summary:
    assessment: Assessment
    domains: list[DomainScore]
    previous: Assessment | None
    previous_total: float | None
    raters: list[User]

    @property
    def total(self) -> float | None:
        return _total(self.domains)

    @property
    def total_change(self) -> float | None:
        if self.total is None or self.previous_total is None:
            return None
        return self.total - self.previous_total

    @property
    def items(self) -> list[ItemScore]:
        return [item for domain in self.domains for item in domain.items]

    @property
    def rated(self) -> int:
        return sum(len(domain.rated) for domain in self.domains)

    @property
    def not_rated(self) -> int:
        return sum(domain.not_rated for domain in self.domains)

    @property
    def agreement(self) -> float | None:
        """The mean of the items' agreement: 1 when every rater is within a point of the
        others' median on every item."""
        shares = [item.agreement for item in self.items if item.agreement is not None]
        return statistics.fmean(shares) if shares else None

    @property
    def disagreements(self) -> list[ItemScore]:
        return [item for item in self.items if item.disagreement]


def _domain_scores(ratings: Iterable[Rating]) -> list[DomainScore]:
    by_item: dict[str, list[Rating]] = defaultdict(list)
    for rating in ratings:
        by_item[rating.item].append(rating)
    return [
        DomainScore(domain, [ItemScore(item, by_item.get(item.key, [])) for item in domain.items])
        for domain in DOMAINS
    ]


def _total(domains: list[DomainScore]) -> float | None:
    scores = [domain.score for domain in domains if domain.score is not None]
    return statistics.fmean(scores) if scores else None


def assessments_for(organization: Organization, *, everything: bool) -> QuerySet[Assessment]:
    """The organization's assessments, newest first: all of them for its stewards and staff,
    the published ones for everyone else."""
    assessments = Assessment.objects.filter(organization=organization)
    if not everything:
        assessments = assessments.filter(published_at__isnull=False)
    return assessments.order_by("-conducted_on", "-pk")


def published_for(organization: Organization) -> list[Assessment]:
    """The organization's published assessments, newest first, each with its `total`."""
    assessments = list(assessments_for(organization, everything=False))
    with_totals(assessments)
    return assessments


def with_totals(assessments: list[Assessment]) -> list[Assessment]:
    """Give each assessment its total score as `total`, in one query for all of them."""
    ratings: dict[int, list[Rating]] = defaultdict(list)
    for rating in Rating.objects.filter(assessment__in=assessments).only(
            "assessment_id", "item", "score"):
        ratings[rating.assessment_id].append(rating)
    for assessment in assessments:
        assessment.total = _total(_domain_scores(ratings[assessment.pk]))  # type: ignore[attr-defined]
    return assessments


def visible_assessment(*, user: Any, pk: int, slug: str | None = None,
                       ) -> tuple[Assessment, Roles]:
    """The assessment (of the organization with that slug, when given) and what the person
    may do with it; not found, as if it did not exist, when it is unpublished and they are
    neither the organization's stewards nor staff."""
    assessments = Assessment.objects.select_related("organization", "created_by")
    if slug is not None:
        assessments = assessments.filter(organization__slug=slug)
    assessment = assessments.filter(pk=pk).first()
    if assessment is None:
        raise Http404
    roles = roles_for(user, assessment.organization)
    if not roles.sees_everything and assessment.published_at is None:
        raise Http404
    return assessment, roles


def previous_assessment(assessment: Assessment, *, published_only: bool) -> Assessment | None:
    """The organization's closed assessment before this one; only a published one when the
    reader may not see the others."""
    earlier = Assessment.objects.filter(
        Q(conducted_on__lt=assessment.conducted_on)
        | Q(conducted_on=assessment.conducted_on, pk__lt=assessment.pk),
        organization_id=assessment.organization_id, closed_at__isnull=False,
    )
    if published_only:
        earlier = earlier.filter(published_at__isnull=False)
    return earlier.order_by("-conducted_on", "-pk").first()


def summarize(assessment: Assessment, *, everything: bool) -> Summary:
    """The assessment's scores by item and domain, its agreement, and the change since the
    previous closed assessment (the previous published one when not `everything`).
    Two queries, however many ratings."""
    previous = previous_assessment(assessment, published_only=not everything)
    pks = [assessment.pk] + ([previous.pk] if previous is not None else [])
    ratings = list(Rating.objects.filter(assessment_id__in=pks).select_related("rater")
                   .order_by("rater__display_name", "pk"))
    domains = _domain_scores(r for r in ratings if r.assessment_id == assessment.pk)
    previous_total = None
    if previous is not None:
        before = _domain_scores(r for r in ratings if r.assessment_id == previous.pk)
        for now, then in zip(domains, before, strict=True):
            now.previous = then.score
            for item_now, item_then in zip(now.items, then.items, strict=True):
                item_now.previous = item_then.mean
        previous_total = _total(before)
    raters = {r.rater_id: r.rater for r in ratings if r.assessment_id == assessment.pk}
    return Summary(
        assessment=assessment, domains=domains, previous=previous,
        previous_total=previous_total,
        raters=sorted(raters.values(), key=lambda user: str(user)) if everything else [],
    )


def own_ratings(assessment: Assessment, user: User) -> dict[str, Rating]:
    """A rater's ratings in an assessment, by item, in the order of the questions."""
    ratings = Rating.objects.filter(assessment=assessment, rater=user)
    return {rating.item: rating for rating in
            sorted(ratings, key=lambda rating: POSITION.get(rating.item, len(POSITION)))}
