import datetime
from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import timezone

from mutual.audit.models import AuditEvent
from mutual.groups.queries import active_facilitators
from mutual.organizations.models import Stewardship
from mutual.referrals.models import CLOSED, Professional, Referral, Status, Transition


def professionals_to_review(recent: int = 50) -> tuple[list[Professional], list[Professional]]:
    """Applications waiting for staff, oldest first, and the latest decisions."""
    people = Professional.objects.select_related("user", "reviewed_by")
    pending = list(people.filter(review=Professional.Review.PENDING).order_by("applied_at"))
    reviewed = list(people.exclude(review=Professional.Review.PENDING)
                    .order_by("-reviewed_at")[:recent])
    return pending, reviewed


def _with_receivers(referrals: QuerySet[Referral]) -> QuerySet[Referral]:
    return referrals.select_related("group", "service__organization")


def referrals_sent(user: Any) -> QuerySet[Referral]:
    """A sender's referrals, newest first."""
    return _with_receivers(Referral.objects.filter(sender=user))


def referrals_received(user: Any) -> QuerySet[Referral]:
    """Sent referrals to the groups a person facilitates and the services of the
    organizations they steward, the longest waiting first."""
    facilitated = active_facilitators().filter(user=user).values("group_id")
    stewarded = Stewardship.objects.filter(user=user).values("organization_id")
    return _with_receivers(
        Referral.objects.exclude(status=Status.DRAFT)
        .filter(Q(group_id__in=facilitated) | Q(service__organization_id__in=stewarded))
        .order_by("status_changed_at", "pk")
    )


def referral_for_page(pk: int) -> Referral | None:
    return (
        _with_receivers(Referral.objects.filter(pk=pk))
        .prefetch_related(Prefetch("transitions",
                                   queryset=Transition.objects.select_related("actor")))
        .first()
    )


def referral_audit(referral: Referral) -> QuerySet[AuditEvent]:
    """Every read and change of one referral, for its sender."""
    return AuditEvent.objects.filter(
        target_type=Referral._meta.label_lower, target_id=str(referral.pk),
    ).select_related("actor").order_by("at", "pk")


OUTCOMES = (Status.COMPLETED, Status.FAILED, Status.REJECTED, Status.CANCELLED)


def sender_counts(user: Any, *, months: int) -> tuple[
        list[tuple[str, int]], list[tuple[datetime.date, list[int]]]]:
    """How many of the sender's referrals wait in each open state; and how they ended,
    month by month, newest first: for each month the counts in the order of OUTCOMES. One
    query."""
    since = (timezone.localdate().replace(day=1) - datetime.timedelta(days=31 * (months - 1)))
    rows = (
        Referral.objects.filter(sender=user)
        .filter(~Q(status__in=CLOSED) | Q(closed_at__date__gte=since.replace(day=1)))
        .annotate(month=TruncMonth("closed_at")).values("month", "status")
        .annotate(count=Count("pk"))
    )
    waiting: dict[str, int] = {}
    table: dict[datetime.date, dict[str, int]] = {}
    for row in rows:
        if row["status"] not in CLOSED:
            waiting[row["status"]] = waiting.get(row["status"], 0) + row["count"]
            continue
        month = row["month"].date() if isinstance(row["month"], datetime.datetime) else row["month"]
        table.setdefault(month, {})[row["status"]] = row["count"]
    return (
        [(Status(status).label, waiting[status]) for status in Status.values
         if status in waiting],
        [(month, [table[month].get(status, 0) for status in OUTCOMES])
         for month in sorted(table, reverse=True)],
    )
