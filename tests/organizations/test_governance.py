"""The governance profile and the classification computed from it: every combination of the
four criteria, the 51 % boundary, history, and who may state it."""

import datetime
import itertools

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from mutual.audit.models import AuditEvent
from mutual.organizations.actions import state_governance
from mutual.organizations.classification import classify
from mutual.organizations.models import GovernanceProfile, Organization, Stewardship
from mutual.organizations.queries import current_governance
from tests.conftest import client_for
from tests.factories import OrganizationFactory, UserFactory

# For each criterion: the profile fields that make it hold, fail, or stay unknown.
DIRECTED = {
    True: {"executive_lead_lived_experience": "yes"},
    False: {"executive_lead_lived_experience": "no"},
    None: {"executive_lead_lived_experience": "unknown"},
}
STAFFED = {
    True: {"paid_staff": 4, "paid_staff_lived_experience": 3, "volunteer_staff": 10,
           "volunteer_staff_lived_experience": 9},
    False: {"paid_staff": 10, "paid_staff_lived_experience": 1, "volunteer_staff": 0,
            "volunteer_staff_lived_experience": 0},
    None: {},
}
BOARD = {
    True: {"board_seats": 9, "board_seats_lived_experience": 7},
    False: {"board_seats": 9, "board_seats_lived_experience": 2},
    None: {"board_seats": 9},
}
HIRE_FIRE = {
    True: {"hire_fire": "members"},
    False: {"hire_fire": "outside_body"},
    None: {"hire_fire": "unknown"},
}
STATES = [True, False, None]


def profile(**fields: object) -> GovernanceProfile:
    return GovernanceProfile(organization=Organization(name="Centre"),
                             effective_from=datetime.date(2026, 1, 1), **fields)


def expected_kind(states: tuple) -> str:
    if all(state is True for state in states):
        return "mutual_assistance"
    if all(state is False for state in states):
        return "professionally_led"
    if True in states and False in states:
        return "partnership"
    return "unknown"


@pytest.mark.parametrize("states", list(itertools.product(STATES, repeat=4)),
                         ids=lambda states: "-".join(map(str, states)))
def test_every_combination_of_the_four_criteria(states: tuple) -> None:
    directed, staffed, board, hire_fire = states
    fields = {**DIRECTED[directed], **STAFFED[staffed], **BOARD[board], **HIRE_FIRE[hire_fire]}

    result = classify(profile(**fields))

    assert [criterion.met for criterion in result.criteria] == list(states)
    assert [criterion.key for criterion in result.criteria] == [
        "directed", "staffed", "board", "hire_fire"]
    assert result.kind == expected_kind(states)
    assert all(criterion.reason for criterion in result.criteria)


@pytest.mark.parametrize(("seats", "held", "met"), [
    (100, 51, True), (100, 50, False), (9, 5, True), (9, 4, False), (2, 1, False),
    (1, 1, True), (1, 0, False),
])
def test_the_board_needs_at_least_51_percent_of_its_seats(seats: int, held: int,
                                                          met: bool) -> None:
    board = classify(profile(board_seats=seats, board_seats_lived_experience=held)).criteria[2]

    assert board.met is met
    assert f"{held} of {seats} board seats" in board.reason
    assert "the threshold is 51 %" in board.reason


def test_the_reason_reads_as_the_issue_says() -> None:
    board = classify(profile(board_seats=9, board_seats_lived_experience=7)).criteria[2]

    assert board.reason == ("7 of 9 board seats (78 %) are held by people with lived "
                            "experience; the threshold is 51 %.")


def test_staff_are_counted_paid_and_volunteer_together_at_the_same_threshold() -> None:
    exactly = classify(profile(paid_staff=50, paid_staff_lived_experience=1,
                               volunteer_staff=50, volunteer_staff_lived_experience=50))
    under = classify(profile(paid_staff=50, paid_staff_lived_experience=0,
                             volunteer_staff=50, volunteer_staff_lived_experience=50))

    assert exactly.criteria[1].met is True and "51 of 100 staff" in exactly.criteria[1].reason
    assert under.criteria[1].met is False


@pytest.mark.parametrize(("fields", "met"), [
    ({"hire_fire": "board", "board_seats": 9, "board_seats_lived_experience": 7}, True),
    ({"hire_fire": "board", "board_seats": 9, "board_seats_lived_experience": 3}, False),
    ({"hire_fire": "board"}, None),
    ({"hire_fire": "no_professionals"}, True),
    ({"hire_fire": "members"}, True),
    ({"hire_fire": "outside_body"}, False),
])
def test_hiring_and_firing_by_the_board_holds_only_where_self_helpers_hold_the_board(
    fields: dict, met: bool | None
) -> None:
    assert classify(profile(**fields)).criteria[3].met is met


def test_missing_data_and_no_profile_are_unknown_not_a_guess() -> None:
    assert classify(None).kind == "unknown"
    assert {c.met for c in classify(None).criteria} == {None}
    nothing = classify(profile())
    assert nothing.kind == "unknown"
    partly = classify(profile(paid_staff=5))  # how many have lived experience is not said
    assert partly.criteria[1].met is None
    no_board = classify(profile(board_seats=0))
    assert no_board.criteria[2].met is False


# Stating the profile --------------------------------------------------------------------

SEVEN_OF_NINE = {
    "executive_lead_lived_experience": "yes", "paid_staff": 6, "paid_staff_lived_experience": 5,
    "volunteer_staff": 20, "volunteer_staff_lived_experience": 18, "board_seats": 9,
    "board_seats_lived_experience": 7, "hire_fire": "board",
    "evidence_url": "https://example.org/bylaws.pdf",
}


@pytest.fixture
def centre(db: None) -> Organization:
    return OrganizationFactory(name="Peer Drop-in Centre", slug="peer-drop-in-centre")


def steward_of(organization: Organization) -> object:
    user = UserFactory()
    Stewardship.objects.create(organization=organization, user=user)
    return user


@pytest.mark.parametrize("side", ["anonymous", "member", "other_steward"])
def test_only_stewards_and_staff_state_the_governance(centre: Organization, side: str) -> None:
    actor = {
        "anonymous": None,
        "member": UserFactory(),
        "other_steward": steward_of(OrganizationFactory()),
    }[side]

    with pytest.raises(PermissionDenied):
        state_governance(actor=actor, organization=centre, data=SEVEN_OF_NINE)
    assert not GovernanceProfile.objects.exists()


@pytest.mark.parametrize("side", ["steward", "staff"])
def test_a_steward_or_staff_states_it_and_it_is_audited(centre: Organization, side: str) -> None:
    actor = steward_of(centre) if side == "steward" else UserFactory(is_staff=True)

    stated = state_governance(actor=actor, organization=centre, data=SEVEN_OF_NINE)

    assert stated.stated_by == actor
    assert classify(current_governance(centre)).kind == "mutual_assistance"
    event = AuditEvent.objects.get(verb="organization.governance")
    assert event.data["kind_before"] == "unknown" and event.data["kind"] == "mutual_assistance"


def test_impossible_counts_are_refused_with_a_clear_message(centre: Organization) -> None:
    with pytest.raises(ValidationError) as refused:
        state_governance(actor=steward_of(centre), organization=centre,
                         data={**SEVEN_OF_NINE, "board_seats_lived_experience": 12})

    assert "More board seats held by people with lived experience than seats." in str(
        refused.value)
    assert not GovernanceProfile.objects.exists()


def test_when_the_profile_changes_the_classification_follows_and_history_shows_when(
    centre: Organization,
) -> None:
    steward = steward_of(centre)
    state_governance(actor=steward, organization=centre, data=SEVEN_OF_NINE,
                     effective_from=datetime.date(2024, 1, 1))
    state_governance(actor=steward, organization=centre,
                     data={**SEVEN_OF_NINE, "board_seats_lived_experience": 3},
                     effective_from=datetime.date(2025, 6, 1))

    assert classify(current_governance(centre)).kind == "partnership"
    assert classify(current_governance(centre, on=datetime.date(2025, 1, 1))).kind == (
        "mutual_assistance")
    page = Client().get(centre.get_absolute_url()).content.decode()
    assert "Partnership of self-helpers and professionals" in page
    assert "3 of 9 board seats (33 %)" in page
    assert "From 1 Jan 2024: Mutual-assistance organization" in page
    assert "From 1 Jun 2025: Partnership" in page


def test_a_profile_stated_for_a_later_date_takes_effect_only_then(centre: Organization) -> None:
    later = datetime.date.today() + datetime.timedelta(days=30)
    state_governance(actor=steward_of(centre), organization=centre, data=SEVEN_OF_NINE,
                     effective_from=later)

    assert current_governance(centre) is None
    assert classify(current_governance(centre, on=later)).kind == "mutual_assistance"


def test_the_page_and_the_api_show_the_kind_and_each_criterion(centre: Organization) -> None:
    state_governance(actor=steward_of(centre), organization=centre, data=SEVEN_OF_NINE)

    page = client_for(None).get(centre.get_absolute_url()).content.decode()
    body = client_for(None).get(f"/api/v1/organizations/{centre.slug}/").json()

    assert "Mutual-assistance organization" in page
    assert ("7 of 9 board seats (78 %) are held by people with lived experience; "
            "the threshold is 51 %.") in page
    assert body["classification"]["kind"] == "mutual_assistance"
    assert [c["met"] for c in body["classification"]["criteria"]] == [True, True, True, True]
    assert body["classification"]["criteria"][2]["reason"].startswith("7 of 9 board seats")


def test_the_kind_kept_for_the_directory_follows_the_profile_in_effect(
    centre: Organization,
) -> None:
    from mutual.organizations.actions import refresh_classifications

    later = datetime.date.today() + datetime.timedelta(days=10)
    steward = steward_of(centre)
    state_governance(actor=steward, organization=centre, data=SEVEN_OF_NINE)
    state_governance(actor=steward, organization=centre,
                     data={**SEVEN_OF_NINE, "hire_fire": "outside_body"}, effective_from=later)
    centre.refresh_from_db()
    assert centre.governance_kind == "mutual_assistance"

    assert refresh_classifications() == 0
    assert refresh_classifications(on=later) == 1
    centre.refresh_from_db()
    assert centre.governance_kind == "partnership"
