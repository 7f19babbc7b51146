"""When a shared milestone is marked: one rule for the thread list and the daily notices."""

import datetime
from collections.abc import Iterable

from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils.translation import ngettext

from mutual.discussions.models import Milestone
from mutual.groups.models import Membership

# Days after a "days since" date that are worth marking before the yearly anniversaries.
EARLY_DAYS = (1, 7, 30, 60, 90, 180)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _years_on(date: datetime.date, today: datetime.date) -> int:
    """Whole years since `date` when today is its anniversary, else 0; a 29 February date
    is marked on 28 February in other years."""
    same_day = (date.month, date.day) == (today.month, today.day)
    leap_day_moved = (
        (date.month, date.day) == (2, 29) and (today.month, today.day) == (2, 28)
        and not _is_leap(today.year)
    )
    return today.year - date.year if same_day or leap_day_moved else 0


def milestone_day(milestone: Milestone, today: datetime.date) -> str | None:
    """The span marked today ("30 days", "1 year"), or None when today is not a milestone day.

    Days since: days 1, 7, 30, 60, 90 and 180, then every anniversary of the date.
    Anniversary: every year on the date.
    """
    if milestone.kind == Milestone.Kind.DAYS_SINCE:
        days = (today - milestone.date).days
        if days in EARLY_DAYS:
            return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}
    years = _years_on(milestone.date, today)
    if years >= 1:
        return ngettext("%(count)d year", "%(count)d years", years) % {"count": years}
    return None


def todays_milestones(group_ids: Iterable[int] | None, today: datetime.date) -> list[Milestone]:
    """Shared milestones of active members marked today, in these groups (None: all groups),
    each with `display_name` (the member's name in the group) and `span` (the wording)."""
    days = [today - datetime.timedelta(days=count) for count in EARLY_DAYS]
    on_the_date = Q(date__month=today.month, date__day=today.day)
    if (today.month, today.day) == (2, 28) and not _is_leap(today.year):
        on_the_date |= Q(date__month=2, date__day=29)
    membership = Membership.objects.filter(
        group_id=OuterRef("group_id"), user_id=OuterRef("user_id"),
        status=Membership.Status.ACTIVE,
    )
    candidates = (
        Milestone.objects.filter(shared=True, date__lt=today)
        .filter(on_the_date | Q(kind=Milestone.Kind.DAYS_SINCE, date__in=days))
        .filter(Exists(membership))
        .annotate(display_name=Subquery(membership.values("display_name")[:1]))
        .select_related("group")
        .order_by("group_id", "date", "pk")
    )
    if group_ids is not None:
        candidates = candidates.filter(group_id__in=list(group_ids))
    found = []
    for milestone in candidates:
        span = milestone_day(milestone, today)
        if span is not None:
            milestone.span = span  # type: ignore[attr-defined]
            found.append(milestone)
    return found
