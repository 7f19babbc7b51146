"""A verified professional refers a client to the groups chosen with them, with consent."""

import datetime

import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse
from django.utils import timezone

from mutual.groups.models import Membership
from mutual.referrals.models import Referral, Status
from tests.conftest import client_for
from tests.factories import GroupFactory, MembershipFactory, UserFactory
from tests.referrals.support import sides, verified_professional

pytestmark = pytest.mark.django_db


def form(**changes: str) -> dict:
    return {"client_name": "Tomás", "contact_method": "phone", "contact": "510-555-0142",
            "note": "", "language": "es", "consent_given": "spoken",
            "consent_expires_on": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
            "agreed": "on", **changes}


def test_referring_to_two_groups_at_once() -> None:
    cast = sides()
    second = GroupFactory()
    MembershipFactory(group=second, role=Membership.Role.FACILITATOR)
    url = reverse("referral-new") + f"?group={cast.group.slug}&group={second.slug}"
    page = client_for(cast.sender).get(url).content.decode()
    assert cast.group.name in page and second.name in page
    response = client_for(cast.sender).post(
        reverse("referral-new"), {**form(), "group": [cast.group.slug, second.slug], "send": ""})
    assert response.status_code == 302
    referrals = Referral.objects.order_by("pk")
    assert [r.status for r in referrals] == [Status.REQUESTED, Status.REQUESTED]
    assert {r.group_id for r in referrals} == {cast.group.pk, second.pk}
    sent = client_for(cast.sender).get(response["Location"]).content.decode()
    assert "Print a handout for the client" in sent


def test_a_group_nobody_answers_for_is_refused_and_nothing_is_lost() -> None:
    cast = sides()
    unanswered = GroupFactory(name="Grupo sin facilitadora")
    response = client_for(cast.sender).post(
        reverse("referral-new"), {**form(), "group": [unanswered.slug], "send": ""})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Nobody answers referrals for this group on Mutual yet" in page
    assert "Tomás" in page and "510-555-0142" in page
    assert not Referral.objects.exists()


def test_without_the_consent_box_nothing_is_sent_and_nothing_is_lost() -> None:
    cast = sides()
    data = {**form(), "group": [cast.group.slug], "send": ""}
    del data["agreed"]
    response = client_for(cast.sender).post(reverse("referral-new"), data)
    page = response.content.decode()
    assert response.status_code == 200 and "This field is required." in page
    assert "Tomás" in page and "510-555-0142" in page
    assert not Referral.objects.exists()


def test_drafts_wait() -> None:
    cast = sides()
    client_for(cast.sender).post(
        reverse("referral-new"), {**form(), "group": [cast.group.slug], "draft": ""})
    assert Referral.objects.get().status == Status.DRAFT


@pytest.mark.parametrize("side", ["member", "facilitator", "staff", "applicant"])
def test_only_verified_professionals_refer(side: str) -> None:
    cast = sides()
    user = UserFactory() if side == "applicant" else getattr(cast, side)
    response = client_for(user).post(
        reverse("referral-new"), {**form(), "group": [cast.group.slug], "send": ""})
    assert response.status_code == 403
    assert not Referral.objects.exists()


def test_a_verified_professional_without_two_factor_is_sent_to_set_it_up() -> None:
    cast = sides()
    user = verified_professional()
    Authenticator.objects.filter(user=user).delete()
    response = client_for(user).get(reverse("referral-new") + f"?group={cast.group.slug}")
    assert response.status_code == 302 and response["Location"] == reverse("mfa_index")


def test_the_choices_of_the_match_page_arrive_on_the_form() -> None:
    cast = sides()
    second = GroupFactory()
    MembershipFactory(group=second, role=Membership.Role.FACILITATOR)
    url = reverse("referral-new") + f"?choose=group:{cast.group.slug}&choose=group:{second.slug}"
    page = client_for(cast.sender).get(url).content.decode()
    assert f'value="{cast.group.slug}"' in page and f'value="{second.slug}"' in page
