"""The steward's page and API for stating an organization's governance profile, tried from
each side: anonymous, a member of a group it runs, its steward, another organization's
steward, and staff."""

import datetime
from dataclasses import dataclass

import pytest
from django.test import Client
from django.utils import timezone

from mutual.accounts.models import User
from mutual.organizations.actions import state_governance
from mutual.organizations.models import GovernanceProfile, Organization, Stewardship
from tests.conftest import client_for
from tests.factories import GroupFactory, MembershipFactory, OrganizationFactory, UserFactory

pytestmark = pytest.mark.django_db

PEER_RUN = {
    "executive_lead_lived_experience": "yes",
    "paid_staff": 4, "paid_staff_lived_experience": 3,
    "volunteer_staff": 10, "volunteer_staff_lived_experience": 9,
    "board_seats": 9, "board_seats_lived_experience": 7,
    "hire_fire": "board", "budget_control": "board",
    "member_participation": "A members' meeting every month.",
    "evidence_url": "https://centre.example.org/bylaws.pdf", "evidence_note": "Our bylaws.",
}


@dataclass
class Sides:
    organization: Organization
    member: User
    steward: User
    other_steward: User
    staff: User


@pytest.fixture
def sides(db: None) -> Sides:
    organization = OrganizationFactory(name="Harbour Drop-in Centre", slug="harbour")
    member = MembershipFactory(group=GroupFactory(organization=organization)).user
    steward = UserFactory()
    Stewardship.objects.create(organization=organization, user=steward)
    other_steward = UserFactory()
    Stewardship.objects.create(organization=OrganizationFactory(), user=other_steward)
    return Sides(organization, member, steward, other_steward, UserFactory(is_staff=True))


def who(sides: Sides, side: str) -> User | None:
    return None if side == "anonymous" else getattr(sides, side)


def posted(**changes: object) -> dict[str, object]:
    data = {"effective_from": timezone.localdate().isoformat(), **PEER_RUN, **changes}
    return {name: "" if value is None else value for name, value in data.items()}


PAGE = "/organizations/harbour/governance/"
API = "/api/v1/organizations/harbour/governance/"


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 302), ("member", 403), ("other_steward", 403), ("steward", 200),
    ("staff", 200),
])
def test_only_stewards_and_staff_open_the_page(sides: Sides, side: str, status: int) -> None:
    response = client_for(who(sides, side)).get(PAGE)

    assert response.status_code == status
    if side == "anonymous":
        assert response["Location"].startswith("/accounts/login/?next=")


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 302), ("member", 403), ("other_steward", 403), ("steward", 302),
    ("staff", 302),
])
def test_only_stewards_and_staff_state_the_profile(sides: Sides, side: str,
                                                   status: int) -> None:
    response = client_for(who(sides, side)).post(PAGE, posted())

    assert response.status_code == status
    saved = GovernanceProfile.objects.filter(organization=sides.organization).exists()
    assert saved is (side in ("steward", "staff"))


def test_an_organization_that_does_not_exist_is_not_found(sides: Sides) -> None:
    assert client_for(sides.steward).get("/organizations/nowhere/governance/").status_code == 404


def test_the_form_is_prefilled_from_the_profile_in_effect_and_explains_itself(
        sides: Sides) -> None:
    state_governance(actor=sides.steward, organization=sides.organization, data=PEER_RUN,
                     effective_from=datetime.date(2025, 1, 1))

    response = client_for(sides.steward).get(PAGE)

    form = response.context["form"]
    assert form["board_seats"].value() == 9
    assert form["board_seats_lived_experience"].value() == 7
    assert form["hire_fire"].value() == "board"
    assert form["effective_from"].value() == timezone.localdate()
    content = response.content.decode()
    assert ("People with lived experience: people who have lived with the concern the "
            "organization serves") in content
    for legend in ("Who directs it", "Staff", "Board", "Who can hire and fire professionals",
                   "Budget", "How members take part", "Evidence"):
        assert f"<legend>{legend}</legend>" in content
    assert "Mutual-assistance organization" in content
    assert "7 of 9 board seats (78 %) are held by people with lived experience" in content
    assert 'value="https://centre.example.org/bylaws.pdf"' in content


def test_stating_the_profile_classifies_the_organization_and_says_so(sides: Sides) -> None:
    client = client_for(sides.steward)

    response = client.post(PAGE, posted(), follow=True)

    assert response.redirect_chain == [("/organizations/harbour/", 302)]
    content = response.content.decode()
    assert ("The governance profile is saved. The page now says: Mutual-assistance "
            "organization.") in content
    assert "7 of 9 board seats (78 %)" in content
    sides.organization.refresh_from_db()
    assert sides.organization.governance_kind == "mutual_assistance"
    profile = GovernanceProfile.objects.get(organization=sides.organization)
    assert profile.stated_by == sides.steward
    assert profile.member_participation == "A members' meeting every month."

    response = client.post(PAGE, posted(board_seats_lived_experience=3), follow=True)

    assert "The page now says: Partnership of self-helpers and professionals." in (
        response.content.decode())
    assert GovernanceProfile.objects.filter(organization=sides.organization).count() == 2


def test_more_lived_experience_than_seats_is_refused_beside_the_field(sides: Sides) -> None:
    response = client_for(sides.steward).post(
        PAGE, posted(board_seats=3, member_participation="We vote on everything."))

    assert response.status_code == 400
    form = response.context["form"]
    assert form.errors["board_seats_lived_experience"] == [
        "More board seats held by people with lived experience than seats."]
    content = response.content.decode()
    assert 'id="id_board_seats_lived_experience_error"' in content
    assert "We vote on everything." in content
    assert 'name="board_seats" value="3"' in content
    assert not GovernanceProfile.objects.exists()


def test_a_missing_date_and_an_unknown_choice_are_refused(sides: Sides) -> None:
    response = client_for(sides.steward).post(PAGE, posted(effective_from="",
                                                           hire_fire="the-mayor"))

    assert response.status_code == 400
    assert response.context["form"].errors["effective_from"] == [
        "Please give the day this became true."]
    assert "hire_fire" in response.context["form"].errors
    assert not GovernanceProfile.objects.exists()


@pytest.mark.parametrize(("side", "shown"), [
    ("anonymous", False), ("member", False), ("other_steward", False), ("steward", True),
    ("staff", True),
])
def test_the_organization_page_links_to_the_form_for_stewards_and_staff(
        sides: Sides, side: str, shown: bool) -> None:
    response = client_for(who(sides, side)).get("/organizations/harbour/")

    assert ("Describe who runs it" in response.content.decode()) is shown


def test_the_api_reads_the_profile_its_history_and_classification_for_everyone(
        sides: Sides, django_assert_max_num_queries: object) -> None:
    state_governance(actor=sides.steward, organization=sides.organization,
                     data={**PEER_RUN, "board_seats_lived_experience": 3},
                     effective_from=datetime.date(2024, 1, 1))
    state_governance(actor=sides.steward, organization=sides.organization, data=PEER_RUN,
                     effective_from=datetime.date(2025, 1, 1))

    with django_assert_max_num_queries(3):  # the organization, its history, the session
        response = Client().get(API)

    assert response.status_code == 200
    body = response.json()
    assert body["current"]["effective_from"] == "2025-01-01"
    assert body["current"]["board_seats_lived_experience"] == 7
    assert body["current"]["stated_at"]
    assert body["classification"]["kind"] == "mutual_assistance"
    assert [entry["kind"] for entry in body["history"]] == ["mutual_assistance", "partnership"]
    assert [entry["effective_from"] for entry in body["history"]] == [
        "2025-01-01", "2024-01-01"]


def test_the_api_says_when_nothing_is_stated(sides: Sides) -> None:
    body = Client().get(API).json()

    assert body["current"] is None
    assert body["classification"]["kind"] == "unknown"
    assert body["history"] == []
    assert Client().get("/api/v1/organizations/nowhere/governance/").status_code == 404


@pytest.mark.parametrize(("side", "status"), [
    ("anonymous", 401), ("member", 403), ("other_steward", 403), ("steward", 201),
    ("staff", 201),
])
def test_only_stewards_and_staff_state_it_through_the_api(sides: Sides, side: str,
                                                           status: int) -> None:
    response = client_for(who(sides, side)).post(API, PEER_RUN, content_type="application/json")

    assert response.status_code == status
    if status == 201:
        assert response.json()["classification"]["kind"] == "mutual_assistance"
        assert response.json()["current"]["effective_from"] == timezone.localdate().isoformat()
    else:
        assert response.json()["error"]["code"] in ("not_authenticated", "permission_denied")
        assert not GovernanceProfile.objects.exists()


def test_the_api_refuses_impossible_counts_in_the_one_error_shape(sides: Sides) -> None:
    response = client_for(sides.steward).post(
        API, {**PEER_RUN, "board_seats": 3, "hire_fire": "the-mayor"},
        content_type="application/json")

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert "hire_fire" in error["fields"]
    assert not GovernanceProfile.objects.exists()

    response = client_for(sides.steward).post(
        API, {**PEER_RUN, "board_seats": 3}, content_type="application/json")

    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"board_seats_lived_experience": [
        "More board seats held by people with lived experience than seats."]}


def test_a_later_statement_through_the_api_changes_the_classification(sides: Sides) -> None:
    client = client_for(sides.steward)
    client.post(API, PEER_RUN, content_type="application/json")

    response = client.post(API, {**PEER_RUN, "board_seats_lived_experience": 3},
                           content_type="application/json")

    body = response.json()
    assert body["classification"]["kind"] == "partnership"
    board = next(c for c in body["classification"]["criteria"] if c["key"] == "board")
    assert board["met"] is False
    assert len(body["history"]) == 2
    sides.organization.refresh_from_db()
    assert sides.organization.governance_kind == "partnership"
