"""Daily milestone notices and the monthly "you helped" note: recognition from peers,
told to the people it concerns, never ranked."""

import datetime
from collections import defaultdict

from django.db.models import Count, F
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy, ngettext_lazy

from mutual.discussions.milestones import milestone_day, todays_milestones
from mutual.discussions.models import Milestone, Thanks
from mutual.groups.models import Membership
from mutual.notifications.actions import notify
from mutual.notifications.models import Notification

MILESTONE_MESSAGE = gettext_lazy("%(name)s marks %(span)s — %(label)s — today in %(group)s.")

# Worded in each recipient's language when the notice is written.
lazy_span = lazy(milestone_day, str)
lazy_month = lazy(formats.date_format, str)


def _start_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def milestone_url(milestone: Milestone) -> str:
    return f"{reverse('group-milestones', args=[milestone.group.slug])}#milestone-{milestone.pk}"


def announce_milestones(*, today: datetime.date | None = None) -> int:
    """Tell each group's other active members about the shared milestones marked today;
    email follows only for those who asked for milestones by email. Running it again the
    same day tells nobody twice. Returns how many milestones were announced."""
    today = today or timezone.localdate()
    milestones = todays_milestones(None, today)
    if not milestones:
        return 0
    urls = {milestone.pk: milestone_url(milestone) for milestone in milestones}
    already = set(Notification.objects.filter(
        kind=Notification.Kind.MILESTONE, url__in=urls.values(), created_at__gte=_start_of(today),
    ).values_list("url", flat=True).distinct())
    waiting = [milestone for milestone in milestones if urls[milestone.pk] not in already]
    members: dict[int, list[int]] = defaultdict(list)
    for group_id, user_id in Membership.objects.filter(
        group_id__in={milestone.group_id for milestone in waiting},
        status=Membership.Status.ACTIVE,
    ).values_list("group_id", "user_id"):
        members[group_id].append(user_id)
    for milestone in waiting:
        notify(
            recipients=members[milestone.group_id], exclude=milestone.user_id,
            kind=Notification.Kind.MILESTONE, message=MILESTONE_MESSAGE,
            params={"name": milestone.display_name,  # type: ignore[attr-defined]
                    "span": lazy_span(milestone, today), "label": milestone.label,
                    "group": milestone.group.name},
            group=milestone.group, url=urls[milestone.pk],
        )
    return len(waiting)


def thank_helpers(*, today: datetime.date | None = None) -> int:
    """On the first of a month, tell each member whose posts were thanked last month how
    many different people thanked them; to them alone, under the bell, never by email.
    Running it again the same month tells nobody twice. Returns how many were told."""
    today = today or timezone.localdate()
    this_month = today.replace(day=1)
    last_month = (this_month - datetime.timedelta(days=1)).replace(day=1)
    told = Notification.objects.filter(
        kind=Notification.Kind.HELPED, created_at__gte=_start_of(this_month)
    ).values("recipient_id")
    helped = (
        Thanks.objects.filter(
            created_at__gte=_start_of(last_month), created_at__lt=_start_of(this_month),
            post__author__isnull=False,
        )
        .exclude(user_id=F("post__author_id"))
        .exclude(post__author_id__in=told)
        .values("post__author_id")
        .annotate(people=Count("user_id", distinct=True))
        .values_list("post__author_id", "people")
    )
    by_count: dict[int, list[int]] = defaultdict(list)
    for author_id, people in helped:
        by_count[people].append(author_id)
    month = lazy_month(last_month, "YEAR_MONTH_FORMAT")
    count = 0
    for people, authors in sorted(by_count.items()):
        count += len(notify(
            recipients=authors, kind=Notification.Kind.HELPED,
            message=ngettext_lazy("You helped %(count)d person in %(month)s.",
                                  "You helped %(count)d people in %(month)s.", people),
            params={"count": people, "month": month},
        ))
    return count
