"""Helping professionals apply, staff verify or decline them, and only verified ones with a
second factor may send referrals."""

import datetime

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from mutual.audit.models import AuditEvent
from mutual.notifications.models import Notification
from mutual.referrals import actions
from mutual.referrals.models import Professional
from mutual.referrals.permissions import can_send_referrals
from tests.conftest import client_for
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

APPLICATION = {
    "profession": "social_worker",
    "profession_other": "",
    "license_number": "LCSW 12345",
    "jurisdiction": "California, USA",
    "employer": "Highland Hospital",
    "work_email": "rosa@highland.example.org",
}


def with_two_factor(user: object) -> object:
    TOTP.activate(user, generate_totp_secret())
    return user


@pytest.fixture
def staff() -> object:
    return with_two_factor(UserFactory(is_staff=True))


@pytest.fixture
def applicant() -> object:
    return UserFactory()


def test_applying_puts_the_person_in_the_queue(applicant: object) -> None:
    response = client_for(applicant).post(reverse("professional-apply"), APPLICATION)
    assert response.status_code == 302
    professional = Professional.objects.get(user=applicant)
    assert professional.review == Professional.Review.PENDING
    assert not can_send_referrals(applicant)
    page = client_for(applicant).get(reverse("professional-status")).content.decode()
    assert "Waiting for review by staff" in page
    assert AuditEvent.objects.filter(verb="professional.applied").exists()


def test_anonymous_visitors_are_sent_to_sign_in() -> None:
    response = client_for(None).get(reverse("professional-apply"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    response = client_for(None).post(reverse("professional-apply"), APPLICATION)
    assert response.status_code == 302 and not Professional.objects.exists()


def test_bad_input_is_named_and_what_was_typed_stays(applicant: object) -> None:
    data = {**APPLICATION, "work_email": "not an address", "profession": "other"}
    response = client_for(applicant).post(reverse("professional-apply"), data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Enter a valid email address." in page
    assert "LCSW 12345" in page and "Highland Hospital" in page
    assert not Professional.objects.exists()


def test_another_profession_must_be_named(applicant: object) -> None:
    data = {**APPLICATION, "profession": "other"}
    response = client_for(applicant).post(reverse("professional-apply"), data)
    assert "Say which profession you practise." in response.content.decode()
    assert not Professional.objects.exists()


def test_staff_verify_for_a_year_and_the_person_is_told(applicant: object, staff: object) -> None:
    professional = actions.apply_as_professional(user=applicant, data=APPLICATION)
    response = client_for(staff).post(
        reverse("professional-review", args=[professional.pk]), {"decision": "verify"})
    assert response.status_code == 302
    professional.refresh_from_db()
    assert professional.is_verified
    assert professional.verified_until == timezone.localdate() + datetime.timedelta(days=365)
    assert professional.reviewed_by == staff
    assert Notification.objects.filter(recipient=applicant, kind="professional").exists()
    # Verified, but a referral also needs the second factor.
    assert not can_send_referrals(applicant)
    page = client_for(applicant).get(reverse("professional-status")).content.decode()
    assert "Set up two-factor authentication before you send referrals." in page
    with_two_factor(applicant)
    assert can_send_referrals(applicant)


def test_declining_needs_a_reason_that_the_person_reads(applicant: object, staff: object) -> None:
    professional = actions.apply_as_professional(user=applicant, data=APPLICATION)
    url = reverse("professional-review", args=[professional.pk])
    response = client_for(staff).post(url, {"decision": "decline", "reason": "  "})
    assert "Say why, so that the person knows what to change." in response.content.decode()
    professional.refresh_from_db()
    assert professional.review == Professional.Review.PENDING
    client_for(staff).post(url, {"decision": "decline",
                                 "reason": "The board lists no license LCSW 12345."})
    professional.refresh_from_db()
    assert professional.review == Professional.Review.DECLINED
    page = client_for(applicant).get(reverse("professional-status")).content.decode()
    assert "The board lists no license LCSW 12345." in page
    assert not can_send_referrals(with_two_factor(applicant))


def test_verification_expires(applicant: object, staff: object) -> None:
    professional = actions.apply_as_professional(user=applicant, data=APPLICATION)
    actions.verify_professional(actor=staff, professional=professional)
    with_two_factor(applicant)
    assert can_send_referrals(applicant)
    Professional.objects.filter(pk=professional.pk).update(
        verified_until=timezone.localdate() - datetime.timedelta(days=1))
    applicant.refresh_from_db()
    assert not can_send_referrals(applicant)
    page = client_for(applicant).get(reverse("professional-status")).content.decode()
    assert "Apply again to keep referring." in page


def test_applying_again_needs_a_new_review(applicant: object, staff: object) -> None:
    professional = actions.apply_as_professional(user=applicant, data=APPLICATION)
    actions.verify_professional(actor=staff, professional=professional)
    actions.apply_as_professional(user=applicant, data={**APPLICATION, "employer": "Alta Bates"})
    professional.refresh_from_db()
    assert professional.review == Professional.Review.PENDING
    assert professional.verified_until is None and professional.employer == "Alta Bates"


@pytest.mark.parametrize("side", ["anonymous", "member", "applicant", "staff_without_2fa"])
def test_only_staff_with_two_factor_review(side: str, applicant: object) -> None:
    professional = actions.apply_as_professional(user=applicant, data=APPLICATION)
    user = {"anonymous": None, "member": UserFactory(), "applicant": applicant,
            "staff_without_2fa": UserFactory(is_staff=True)}[side]
    for url in (reverse("professional-review-list"),
                reverse("professional-review", args=[professional.pk])):
        response = client_for(user).get(url)
        if side == "anonymous":
            assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        elif side == "staff_without_2fa":
            assert response.status_code == 302 and response["Location"] == reverse("mfa_index")
        else:
            assert response.status_code == 403
    response = client_for(user).post(reverse("professional-review", args=[professional.pk]),
                                     {"decision": "verify"})
    professional.refresh_from_db()
    assert professional.review == Professional.Review.PENDING


def test_staff_see_the_queue_oldest_first(staff: object) -> None:
    first = actions.apply_as_professional(user=UserFactory(), data=APPLICATION)
    second = actions.apply_as_professional(user=UserFactory(), data=APPLICATION)
    Professional.objects.filter(pk=first.pk).update(
        applied_at=timezone.now() - datetime.timedelta(days=2))
    page = client_for(staff).get(reverse("professional-review-list")).content.decode()
    assert page.index(first.user.email) < page.index(second.user.email)


def test_the_actions_refuse_anyone_but_staff(applicant: object) -> None:
    professional = actions.apply_as_professional(user=applicant, data=APPLICATION)
    with pytest.raises(PermissionDenied):
        actions.verify_professional(actor=applicant, professional=professional)
    with pytest.raises(PermissionDenied):
        actions.decline_professional(actor=UserFactory(), professional=professional, reason="x")


def test_verification_must_last_beyond_today(applicant: object, staff: object) -> None:
    professional = actions.apply_as_professional(user=applicant, data=APPLICATION)
    with pytest.raises(ValidationError):
        actions.verify_professional(actor=staff, professional=professional,
                                    until=timezone.localdate())


def test_a_verified_professional_without_two_factor_is_asked_for_it_on_referral_pages(
        applicant: object, staff: object) -> None:
    professional = actions.apply_as_professional(user=applicant, data=APPLICATION)
    actions.verify_professional(actor=staff, professional=professional)
    for name in ("referral-dashboard", "referral-new", "referral-export"):
        response = client_for(applicant).get(reverse(name))
        assert response.status_code == 302 and response["Location"] == reverse("mfa_index")
    with_two_factor(applicant)
    assert client_for(applicant).get(reverse("referral-dashboard")).status_code == 200
    # Someone who only asked a group to contact them is not a professional: no second factor.
    assert client_for(UserFactory()).get(reverse("referral-dashboard")).status_code == 200
