"""A referral is seen by its sender and its receivers only; staff read it with a reason on
record; every read is audited; client details go after the retention period."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from mutual.audit.models import AuditEvent
from mutual.referrals import actions
from mutual.referrals.models import Referral, Status
from tests.conftest import client_for
from tests.referrals.support import drafted, sides

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent() -> tuple:
    cast = sides()
    referral = drafted(cast)
    actions.send_referral(actor=cast.sender, referral=referral)
    return cast, referral


def reads(referral: Referral) -> int:
    return AuditEvent.objects.filter(verb="referral.read", target_id=str(referral.pk)).count()


@pytest.mark.parametrize("side,sees", [
    ("sender", True), ("facilitator", True), ("other_professional", False),
    ("other_facilitator", False), ("member", False), ("anonymous", False),
])
def test_who_reads_a_referral(sent: tuple, side: str, sees: bool) -> None:
    cast, referral = sent
    user = None if side == "anonymous" else getattr(cast, side)
    response = client_for(user).get(reverse("referral-detail", args=[referral.pk]))
    if side == "anonymous":
        assert response.status_code == 302
    elif sees:
        assert response.status_code == 200
        assert "510-555-0142" in response.content.decode()
    else:
        assert response.status_code == 404
    assert reads(referral) == (1 if sees else 0)


def test_staff_read_only_with_a_reason_the_sender_can_see(sent: tuple) -> None:
    cast, referral = sent
    url = reverse("referral-detail", args=[referral.pk])
    page = client_for(cast.staff).get(url).content.decode()
    assert "Why do you need to read this referral?" in page and "510-555-0142" not in page
    page = client_for(cast.staff).post(url, {"reason": ""}).content.decode()
    assert "Give a reason." in page and "510-555-0142" not in page
    page = client_for(cast.staff).post(url, {"reason": "Complaint #88 from the group"}).content
    assert "510-555-0142" in page.decode()
    event = AuditEvent.objects.get(verb="referral.read", actor=cast.staff)
    assert event.data["reason"] == "Complaint #88 from the group"
    sender_page = client_for(cast.sender).get(url).content.decode()
    assert "Mutual staff" in sender_page


def test_the_receiver_moves_it_from_the_page_and_the_sender_sees(sent: tuple) -> None:
    cast, referral = sent
    move = reverse("referral-move", args=[referral.pk])
    response = client_for(cast.facilitator).post(move, {"status": "rejected", "reason": ""})
    assert response.status_code == 400
    assert "Give a reason" in response.content.decode()
    client_for(cast.facilitator).post(move, {"status": "accepted"})
    client_for(cast.facilitator).post(move, {"status": "completed"})
    page = client_for(cast.sender).get(reverse("referral-dashboard")).content.decode()
    assert "<td>1</td>" in page.split("Outcomes by month")[1].split("</table>")[0]
    inbox = client_for(cast.facilitator).get(reverse("referral-inbox")).content.decode()
    assert "Attended" in inbox
    other = client_for(cast.other_facilitator).get(reverse("referral-inbox")).content.decode()
    assert "Tomás" not in other


def test_outsiders_cannot_move_it(sent: tuple) -> None:
    cast, referral = sent
    move = reverse("referral-move", args=[referral.pk])
    for user in (cast.member, cast.other_facilitator, cast.other_professional, cast.staff):
        assert client_for(user).post(move, {"status": "accepted"}).status_code == 404
    referral.refresh_from_db()
    assert referral.status == Status.REQUESTED


def test_client_details_are_erased_after_the_retention_period(sent: tuple) -> None:
    cast, referral = sent
    actions.move_referral(actor=cast.facilitator, referral=referral, to=Status.REJECTED,
                          reason="Full")
    assert actions.erase_client_details() == 0
    later = timezone.now() + datetime.timedelta(days=91)
    assert actions.erase_client_details(now=later) == 1
    referral.refresh_from_db()
    assert referral.client_name == "" and referral.contact == "" and referral.note == ""
    assert referral.status == Status.REJECTED and referral.group_id == cast.group.pk
    page = client_for(cast.sender).get(reverse("referral-detail", args=[referral.pk])).content
    assert "Erased on" in page.decode() and "Tomás" not in page.decode()


def test_open_referrals_keep_their_details(sent: tuple) -> None:
    _cast, referral = sent
    call_command("referrals", "erase-expired")
    Referral.objects.filter(pk=referral.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=400))
    assert actions.erase_client_details(now=timezone.now() + datetime.timedelta(days=400)) == 0
    referral.refresh_from_db()
    assert referral.client_name == "Tomás"
