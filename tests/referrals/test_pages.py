"""The sender's dashboard and export, a newcomer's request to be contacted, and a group's
say over referrals."""

import csv
import io
from collections.abc import Callable
from typing import Any

import pytest
from django.urls import reverse

from mutual.groups.models import Membership, ReferralPolicy
from mutual.referrals import actions
from mutual.referrals.models import Referral, Status
from mutual.referrals.referral_views import OPEN_PER_PAGE
from tests.conftest import client_for
from tests.factories import UserFactory
from tests.referrals.support import drafted, sides

pytestmark = pytest.mark.django_db


def test_the_export_has_no_client_details() -> None:
    cast = sides()
    referral = drafted(cast)
    actions.send_referral(actor=cast.sender, referral=referral)
    actions.move_referral(actor=cast.facilitator, referral=referral, to=Status.REJECTED,
                          reason="Tomás lives too far")
    response = client_for(cast.sender).get(reverse("referral-export"))
    text = response.content.decode()
    assert "Tomás" not in text and "510-555-0142" not in text and "too far" not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["status"] == "rejected" and rows[0]["to"] == cast.group.name
    other = client_for(cast.other_professional).get(reverse("referral-export")).content.decode()
    assert len(list(csv.DictReader(io.StringIO(other)))) == 0


def test_the_dashboard_costs_the_same_for_many_referrals(
        django_assert_max_num_queries: object) -> None:
    cast = sides()
    for _ in range(3):
        actions.send_referral(actor=cast.sender, referral=drafted(cast))
    client = client_for(cast.sender)
    client.get(reverse("referral-dashboard"))
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("referral-dashboard"))
    for _ in range(12):
        referral = drafted(cast)
        actions.send_referral(actor=cast.sender, referral=referral)
        if _ % 2:
            actions.move_referral(actor=cast.facilitator, referral=referral,
                                  to=Status.REJECTED, reason="Full")
    with CaptureQueriesContext(connection) as many:
        page = client.get(reverse("referral-dashboard")).content.decode()
    assert len(many) == len(few)
    assert page.count("Tomás") == 9


def test_the_dashboard_waits_longest_first() -> None:
    cast = sides()
    first = drafted(cast, client_name="First")
    actions.send_referral(actor=cast.sender, referral=first)
    second = drafted(cast, client_name="Second")
    actions.send_referral(actor=cast.sender, referral=second)
    page = client_for(cast.sender).get(reverse("referral-dashboard")).content.decode()
    assert page.index("First") < page.index("Second")


def test_the_dashboard_pages_open_referrals_and_names_each_state() -> None:
    cast = sides()
    for number in range(1, OPEN_PER_PAGE + 3):
        actions.send_referral(actor=cast.sender,
                              referral=drafted(cast, client_name=f"Client {number:02d}"))
    declined = drafted(cast, client_name="Declined client")
    actions.send_referral(actor=cast.sender, referral=declined)
    actions.move_referral(actor=cast.facilitator, referral=declined, to=Status.REJECTED,
                          reason="Full")
    client = client_for(cast.sender)
    first = client.get(reverse("referral-dashboard")).content.decode()
    second = client.get(reverse("referral-dashboard"), {"page": 2}).content.decode()
    assert f"Client {OPEN_PER_PAGE:02d}" in first and f"Client {OPEN_PER_PAGE + 1:02d}" not in first
    assert f"Client {OPEN_PER_PAGE + 2:02d}" in second and "Client 01" not in second
    assert first.count("<td>Sent</td>") == OPEN_PER_PAGE
    assert ">Declined</a>" in first and "Page 1 of 2" in first
    assert f"Sent: <strong>{OPEN_PER_PAGE + 2}</strong>" in first
    outcomes = first.split("Outcomes by month")[1].split("</table>")[0]
    # Attended, did not work out, declined, cancelled: this month, one declined.
    assert "<td>0</td><td>0</td><td>1</td><td>0</td>" in outcomes


def test_a_newcomer_asks_the_group_to_contact_them() -> None:
    cast = sides()
    newcomer = UserFactory()
    url = reverse("referral-ask-group", args=[cast.group.slug])
    page = client_for(cast.group and None).get(url)
    assert page.status_code == 302
    group_page = client_for(newcomer).get(cast.group.get_absolute_url()).content.decode()
    assert url in group_page
    response = client_for(newcomer).post(url, {
        "client_name": "Ana", "contact_method": "email", "contact": "ana@example.org"})
    assert "This field is required." in response.content.decode()
    assert "ana@example.org" in response.content.decode()
    assert not Referral.objects.exists()
    response = client_for(newcomer).post(url, {
        "client_name": "Ana", "contact_method": "email", "contact": "ana@example.org",
        "agree": "on"})
    assert "Your request was sent" in response.content.decode()
    referral = Referral.objects.get()
    assert referral.origin == "self" and referral.status == Status.REQUESTED
    inbox = client_for(cast.facilitator).get(reverse("referral-inbox")).content.decode()
    assert "Ana" in inbox and "asked for themselves" in inbox


def _takes_no_referrals(cast: Any) -> None:
    cast.group.referral_policy = ReferralPolicy.NONE
    cast.group.save()


def _has_no_facilitator(cast: Any) -> None:
    cast.group.memberships.filter(user=cast.facilitator).update(role=Membership.Role.MEMBER)


@pytest.mark.parametrize(("unreachable", "refusal"), [
    (_takes_no_referrals, "This group does not take referrals."),
    (_has_no_facilitator, "Nobody answers referrals for this group on Mutual yet"),
])
def test_a_group_that_cannot_take_the_request_hides_and_refuses_it(
        unreachable: Callable[[Any], None], refusal: str) -> None:
    cast = sides()
    unreachable(cast)
    newcomer = UserFactory()
    url = reverse("referral-ask-group", args=[cast.group.slug])
    assert url not in client_for(newcomer).get(cast.group.get_absolute_url()).content.decode()
    response = client_for(newcomer).post(url, {
        "client_name": "Ana", "contact_method": "email", "contact": "ana@example.org",
        "agree": "on"})
    page = response.content.decode()
    assert refusal in page
    assert "ana@example.org" in page
    assert not Referral.objects.exists()


def test_facilitators_say_how_they_take_referrals() -> None:
    cast = sides()
    url = reverse("group-edit", args=[cast.group.slug])
    form = client_for(cast.facilitator).get(url)
    data = {key: value for key, value in form.context["form"].initial.items()
            if value is not None and not isinstance(value, list)}
    data["concerns"] = [concern.pk for concern in cast.group.concerns.all()]
    data["languages"] = [language.pk for language in cast.group.languages.all()]
    data["referral_policy"] = "phone"
    data["referral_phone"] = ""
    response = client_for(cast.facilitator).post(url, data)
    assert "Give the number professionals should call." in response.content.decode()
    data["referral_phone"] = "510-555-0100"
    client_for(cast.facilitator).post(url, data)
    cast.group.refresh_from_db()
    assert cast.group.referral_policy == "phone" and cast.group.referral_phone == "510-555-0100"


def test_a_newcomer_asks_a_service_and_its_stewards_answer() -> None:
    from mutual.organizations.models import Stewardship
    from mutual.services.models import Service
    from tests.factories import OrganizationFactory

    organization = OrganizationFactory()
    steward = UserFactory()
    Stewardship.objects.create(organization=organization, user=steward)
    service = Service.objects.create(organization=organization, slug="warm-line",
                                     name="Evening warm line")
    newcomer = UserFactory()
    url = reverse("referral-ask-service", args=[service.hsds_id])
    assert url in client_for(newcomer).get(service.get_absolute_url()).content.decode()
    client_for(newcomer).post(url, {"client_name": "Ana", "contact_method": "phone",
                                    "contact": "510-555-0199", "agree": "on"})
    referral = Referral.objects.get()
    assert referral.service == service and referral.status == Status.REQUESTED
    inbox = client_for(steward).get(reverse("referral-inbox")).content.decode()
    assert "Ana" in inbox
    detail = client_for(steward).post(reverse("referral-move", args=[referral.pk]),
                                      {"status": "accepted"})
    assert detail.status_code == 302
    referral.refresh_from_db()
    assert referral.status == Status.ACCEPTED


def test_a_service_whose_organization_has_no_stewards_hides_the_request_and_refuses_it() -> None:
    from mutual.services.models import Service
    from tests.factories import OrganizationFactory

    service = Service.objects.create(organization=OrganizationFactory(), slug="warm-line",
                                     name="Evening warm line")
    newcomer = UserFactory()
    url = reverse("referral-ask-service", args=[service.hsds_id])
    assert url not in client_for(newcomer).get(service.get_absolute_url()).content.decode()
    page = client_for(newcomer).post(url, {"client_name": "Ana", "contact_method": "phone",
                                           "contact": "510-555-0199", "agree": "on"})
    assert "Nobody answers referrals for this service on Mutual yet" in page.content.decode()
    assert not Referral.objects.exists()
