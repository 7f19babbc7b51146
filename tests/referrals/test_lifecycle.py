"""A referral moves only along the lifecycle's arrows, by the side allowed to move it, with a
reason where one is needed; nothing goes out without the client's consent."""

import datetime
import itertools

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mutual.groups.models import ReferralPolicy
from mutual.notifications.models import Notification
from mutual.referrals import actions
from mutual.referrals.models import CLOSED, NEEDS_REASON, TRANSITIONS, Referral, Status
from tests.factories import UserFactory
from tests.referrals.support import CLIENT, drafted, sides

pytestmark = pytest.mark.django_db


def test_the_story_from_draft_to_attended() -> None:
    cast = sides()
    referral = drafted(cast)
    assert referral.status == Status.DRAFT
    assert not Notification.objects.filter(recipient=cast.facilitator).exists()
    actions.send_referral(actor=cast.sender, referral=referral)
    assert Notification.objects.filter(recipient=cast.facilitator, kind="referral").exists()
    actions.move_referral(actor=cast.facilitator, referral=referral, to=Status.ACCEPTED)
    assert Notification.objects.filter(recipient=cast.sender, kind="referral").count() == 1
    actions.move_referral(actor=cast.facilitator, referral=referral, to=Status.IN_PROGRESS)
    actions.move_referral(actor=cast.facilitator, referral=referral, to=Status.COMPLETED)
    referral.refresh_from_db()
    assert referral.status == Status.COMPLETED and referral.closed_at is not None
    assert [(step.from_status, step.to_status) for step in referral.transitions.all()] == [
        ("", "draft"), ("draft", "requested"), ("requested", "accepted"),
        ("accepted", "in-progress"), ("in-progress", "completed")]
    assert all(step.actor_id for step in referral.transitions.all())


def test_no_referral_without_recorded_consent() -> None:
    cast = sides()
    with pytest.raises(ValidationError) as refused:
        actions.draft_referral(actor=cast.sender, group=cast.group, client=CLIENT, consent={})
    assert "consent_given" in refused.value.message_dict
    assert not Referral.objects.exists()


def test_expired_consent_stops_the_sending() -> None:
    cast = sides()
    referral = drafted(cast)
    Referral.objects.filter(pk=referral.pk).update(
        consent_expires_on=timezone.localdate() - datetime.timedelta(days=1))
    with pytest.raises(ValidationError) as refused:
        actions.send_referral(actor=cast.sender, referral=referral)
    assert "consent_expires_on" in refused.value.message_dict
    referral.refresh_from_db()
    assert referral.status == Status.DRAFT


def test_a_contact_method_needs_the_contact_that_was_agreed() -> None:
    cast = sides()
    with pytest.raises(ValidationError) as refused:
        drafted(cast, contact_method="phone", contact="")
    assert "contact" in refused.value.message_dict


@pytest.mark.parametrize("policy", [ReferralPolicy.NONE, ReferralPolicy.PHONE])
def test_groups_that_take_no_referrals_or_only_by_phone(policy: str) -> None:
    cast = sides()
    cast.group.referral_policy = policy
    cast.group.referral_phone = "510-555-0100"
    cast.group.save()
    with pytest.raises(ValidationError) as refused:
        drafted(cast)
    if policy == ReferralPolicy.PHONE:
        assert "510-555-0100" in refused.value.messages[0]


def test_only_verified_professionals_with_two_factor_send() -> None:
    cast = sides()
    for person in (cast.member, cast.facilitator, UserFactory(is_staff=True)):
        with pytest.raises(PermissionDenied):
            actions.draft_referral(actor=person, group=cast.group, client=CLIENT,
                                   consent={"given": "spoken"})


@pytest.mark.parametrize("to", sorted(NEEDS_REASON - {Status.REJECTED}))
def test_a_reason_is_needed_where_the_lifecycle_asks_for_one(to: str) -> None:
    cast = sides()
    referral = drafted(cast)
    actions.send_referral(actor=cast.sender, referral=referral)
    actions.move_referral(actor=cast.facilitator, referral=referral, to=Status.ACCEPTED)
    with pytest.raises(ValidationError) as refused:
        actions.move_referral(actor=cast.facilitator, referral=referral, to=to, reason=" ")
    assert "reason" in refused.value.message_dict
    actions.move_referral(actor=cast.facilitator, referral=referral, to=to, reason="Moved away")
    referral.refresh_from_db()
    assert referral.status == to and referral.status_reason == "Moved away"


def test_declining_needs_a_reason() -> None:
    cast = sides()
    referral = drafted(cast)
    actions.send_referral(actor=cast.sender, referral=referral)
    with pytest.raises(ValidationError):
        actions.move_referral(actor=cast.facilitator, referral=referral, to=Status.REJECTED)
    actions.move_referral(actor=cast.facilitator, referral=referral, to=Status.REJECTED,
                          reason="The group is full until spring.")
    referral.refresh_from_db()
    assert referral.status == Status.REJECTED


def test_each_side_takes_only_its_own_steps() -> None:
    cast = sides()
    referral = drafted(cast)
    actions.send_referral(actor=cast.sender, referral=referral)
    with pytest.raises(PermissionDenied):
        actions.move_referral(actor=cast.sender, referral=referral, to=Status.ACCEPTED)
    for outsider in (cast.member, cast.other_facilitator, cast.other_professional, cast.staff):
        with pytest.raises(PermissionDenied):
            actions.move_referral(actor=outsider, referral=referral, to=Status.ACCEPTED)
    with pytest.raises(PermissionDenied):
        actions.send_referral(actor=cast.other_professional, referral=referral)
    actions.move_referral(actor=cast.sender, referral=referral, to=Status.CANCELLED,
                          reason="He chose another group.")
    referral.refresh_from_db()
    assert referral.status == Status.CANCELLED


def test_a_newcomer_asks_to_be_contacted() -> None:
    cast = sides()
    newcomer = UserFactory()
    referral = actions.request_contact(user=newcomer, group=cast.group, client={
        "client_name": "Ana", "contact_method": "email", "contact": "ana@example.org"})
    assert referral.status == Status.REQUESTED and referral.origin == Referral.Origin.SELF
    assert referral.consent_given == Referral.ConsentGiven.ONLINE
    assert Notification.objects.filter(recipient=cast.facilitator, kind="referral").exists()
    actions.move_referral(actor=cast.facilitator, referral=referral, to=Status.ACCEPTED)
    assert Notification.objects.filter(recipient=newcomer, kind="referral").exists()
    with pytest.raises(ValidationError):
        actions.request_contact(user=newcomer, group=cast.group,
                                client={"client_name": "Ana", "contact_method": "none"})


# Every state reachable, then random steps by random sides: the state only ever changes along
# an arrow, by an allowed side, with a reason where needed; anything else changes nothing.
ROLES = ("sender", "facilitator", "member", "other_facilitator")
STEP = st.tuples(st.sampled_from(ROLES), st.sampled_from(Status.values),
                 st.sampled_from(["", "Because"]))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(STEP, min_size=1, max_size=8))
def test_random_sequences_only_follow_the_arrows(steps: list[tuple[str, str, str]]) -> None:
    cast = sides()
    referral = drafted(cast)
    for role, to, reason in steps:
        before = Referral.objects.get(pk=referral.pk).status
        actor = getattr(cast, role)
        try:
            if to == Status.REQUESTED:
                actions.send_referral(actor=actor, referral=referral)
            else:
                actions.move_referral(actor=actor, referral=referral, to=to, reason=reason)
        except (ValidationError, PermissionDenied):
            assert Referral.objects.get(pk=referral.pk).status == before
            continue
        after = Referral.objects.get(pk=referral.pk)
        assert to in TRANSITIONS[before], (before, to)
        assert before not in CLOSED
        assert role in ("sender", "facilitator")
        if role == "sender":
            assert to in (Status.REQUESTED, Status.CANCELLED)
        else:
            assert to not in (Status.REQUESTED, Status.DRAFT)
        if to in NEEDS_REASON:
            assert reason
        assert after.status == to
        assert (after.closed_at is not None) == (to in CLOSED)
    chain = list(Referral.objects.get(pk=referral.pk).transitions.all())
    assert all(a.to_status == b.from_status for a, b in itertools.pairwise(chain))
    assert chain[-1].to_status == Referral.objects.get(pk=referral.pk).status


@pytest.mark.parametrize("start", [s for s in Status.values if s != Status.DRAFT])
@pytest.mark.parametrize("to", Status.values)
def test_every_pair_of_states(start: str, to: str) -> None:
    cast = sides()
    referral = drafted(cast)
    Referral.objects.filter(pk=referral.pk).update(status=start)
    actor = cast.sender if to in (Status.REQUESTED, Status.CANCELLED) else cast.facilitator
    allowed = to in TRANSITIONS[start]
    try:
        if to == Status.REQUESTED:
            actions.send_referral(actor=actor, referral=referral)
        else:
            actions.move_referral(actor=actor, referral=referral, to=to, reason="Because")
    except ValidationError:
        assert not allowed
    else:
        assert allowed
        assert Referral.objects.get(pk=referral.pk).status == to
