"""The client's handout: where and when, what to expect, the crisis card, in their language,
with nothing about them but the first name they chose to give."""

import pytest
from django.urls import reverse

from mutual.meetings.models import Meeting
from mutual.referrals import actions
from tests.conftest import client_for
from tests.factories import MeetingFactory
from tests.referrals.support import drafted, sides

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent() -> tuple:
    cast = sides()
    MeetingFactory(group=cast.group, rrule="FREQ=WEEKLY;BYDAY=TU")
    referral = drafted(cast)
    actions.send_referral(actor=cast.sender, referral=referral)
    return cast, referral


def test_the_handout_speaks_the_clients_language(sent: tuple) -> None:
    cast, referral = sent
    url = reverse("referral-handout") + f"?r={referral.pk}"
    page = client_for(cast.sender).get(url).content.decode()
    assert 'lang="es"' in page
    assert cast.group.name in page
    handout = page.split('<article class="handout"')[1]
    assert "Mutual no es un servicio de crisis." in handout
    assert "911" in handout  # the card of the group's country
    assert "martes" in page.lower()
    assert "510-555-0142" not in page and "Lost his wife" not in page
    assert "Tomás" not in page.split('<article class="handout"')[1]


def test_the_first_name_only_when_asked(sent: tuple) -> None:
    cast, referral = sent
    url = reverse("referral-handout") + f"?r={referral.pk}&lang=en&name=1"
    page = client_for(cast.sender).get(url).content.decode()
    assert "For Tomás: groups and services" in page
    assert "You can just come." in page


def test_the_pdf(sent: tuple) -> None:
    cast, referral = sent
    url = reverse("referral-handout-pdf") + f"?r={referral.pk}&lang=fr"
    response = client_for(cast.sender).get(url)
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


@pytest.mark.parametrize("side", ["facilitator", "other_professional", "member", "staff"])
def test_only_the_sender_prints_it(sent: tuple, side: str) -> None:
    cast, referral = sent
    for name in ("referral-handout", "referral-handout-pdf"):
        url = reverse(name) + f"?r={referral.pk}"
        assert client_for(getattr(cast, side)).get(url).status_code == 404
    assert client_for(None).get(reverse("referral-handout") + f"?r={referral.pk}"
                                ).status_code == 302


def test_an_address_kept_for_members_stays_off_the_handout(sent: tuple) -> None:
    cast, referral = sent
    cast.group.address_for_members_only = True
    cast.group.save()
    meeting = Meeting.objects.get(group=cast.group)
    page = client_for(cast.sender).get(
        reverse("referral-handout") + f"?r={referral.pk}&lang=en").content.decode()
    place = meeting.effective_place
    if place is not None and place.street:
        assert place.street not in page
        assert "gives the exact address when you contact them" in page
