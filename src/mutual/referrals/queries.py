from mutual.referrals.models import Professional


def professionals_to_review(recent: int = 50) -> tuple[list[Professional], list[Professional]]:
    """Applications waiting for staff, oldest first, and the latest decisions."""
    people = Professional.objects.select_related("user", "reviewed_by")
    pending = list(people.filter(review=Professional.Review.PENDING).order_by("applied_at"))
    reviewed = list(people.exclude(review=Professional.Review.PENDING)
                    .order_by("-reviewed_at")[:recent])
    return pending, reviewed
