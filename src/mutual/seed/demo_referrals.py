"""The demonstration's social worker is verified and has referrals at every stage, and the demo
facilitator has two waiting in their inbox: one from the social worker, one from a newcomer."""

import datetime as dt

from django.utils import timezone

from mutual.accounts.models import User
from mutual.groups.models import Group, Membership
from mutual.referrals.models import Professional, Referral, Status, Transition

# (client, contact, steps after draft, days ago it was made)
STORIES = [
    ("Tomás", "510-555-0142", [Status.REQUESTED], 2),
    ("Mei", "510-555-0177", [Status.REQUESTED, Status.ACCEPTED, Status.IN_PROGRESS], 9),
    ("A. R.", "", [Status.REQUESTED, Status.ACCEPTED, Status.COMPLETED], 40),
    ("Dolores", "510-555-0103", [Status.REQUESTED, Status.REJECTED], 70),
]
CIRCLE = "Berkeley Widowed Peer Circle"
REASONS = {Status.REJECTED: "The group is full until spring; try the Thursday circle."}


def _referral(*, sender: User, group: Group, receiver: User, client: str, contact: str,
              steps: list[str], made: dt.datetime, origin: str = "professional") -> None:
    referral = Referral.objects.create(
        origin=origin, sender=sender, group=group, client_name=client,
        contact_method="phone" if contact else "none", contact=contact, language="es",
        consent_given="spoken" if origin == "professional" else "online",
        consent_recorded_at=made, consent_expires_on=made.date() + dt.timedelta(days=90),
        created_at=made, status_changed_at=made)
    Transition.objects.create(referral=referral, to_status=Status.DRAFT, actor=sender, at=made)
    now, before = made, Status.DRAFT
    for number, step in enumerate(steps, start=1):
        now = made + dt.timedelta(days=number)
        actor = sender if step == Status.REQUESTED else receiver
        Transition.objects.create(referral=referral, from_status=before, to_status=step,
                                  reason=REASONS.get(step, ""), actor=actor, at=now)
        before = step
    Referral.objects.filter(pk=referral.pk).update(
        status=before, status_reason=REASONS.get(before, ""), status_changed_at=now,
        closed_at=now if before in (Status.COMPLETED, Status.REJECTED) else None)


def seed_referrals(roles: dict[str, User], newcomer: User) -> None:
    """Written as rows rather than through the actions: those ask the social worker for a
    second factor, which each demo visitor sets up for themselves."""
    worker, staff, facilitator = roles["socialworker"], roles["staff"], roles["facilitator"]
    if Professional.objects.filter(user=worker).exists():
        return
    now = timezone.now()
    Professional.objects.create(
        user=worker, profession=Professional.Profession.SOCIAL_WORKER,
        license_number="LCSW 90210", jurisdiction="California, USA",
        employer="Highland Hospital, Oakland", work_email="socialworker@demo.mutual.test",
        review=Professional.Review.VERIFIED, reviewed_at=now, reviewed_by=staff,
        verified_until=now.date() + dt.timedelta(days=300))
    leads = Group.objects.filter(memberships__user=facilitator,
                                 memberships__role=Membership.Role.FACILITATOR)
    led = leads.filter(name=CIRCLE).first() or leads.order_by("pk").first()
    if led is None:
        return
    for client, contact, steps, days in STORIES:
        _referral(sender=worker, group=led, receiver=facilitator, client=client,
                  contact=contact, steps=steps, made=now - dt.timedelta(days=days))
    _referral(sender=newcomer, group=led, receiver=facilitator, client="Jo",
              contact="jo@example.org", steps=[Status.REQUESTED],
              made=now - dt.timedelta(days=1), origin="self")
