"""Who runs the demonstration's organizations: peer-run ones are mutual-assistance
organizations, federations and charities partnerships, hospitals professionally led, and
clinics have stated nothing yet. The demo steward describes the East Bay Peer Grief Network,
whose profile has a history: a partnership until 2023, run by its members since."""

import datetime as dt
from typing import Any

from mutual.accounts.models import User
from mutual.organizations.actions import state_governance
from mutual.organizations.models import Organization, Stewardship
from mutual.seed import demo_data as data

PEER_RUN = {
    "executive_lead_lived_experience": "yes", "paid_staff": 6, "paid_staff_lived_experience": 5,
    "volunteer_staff": 24, "volunteer_staff_lived_experience": 22, "board_seats": 9,
    "board_seats_lived_experience": 7, "hire_fire": "board", "budget_control": "board",
    "member_participation": "Members elect the board each spring and vote on the yearly plan.",
}
PROFILES: dict[str, dict[str, Any]] = {
    "peer": PEER_RUN,
    "federation": {
        "executive_lead_lived_experience": "yes", "paid_staff": 8,
        "paid_staff_lived_experience": 3, "volunteer_staff": 0,
        "volunteer_staff_lived_experience": 0, "board_seats": 11,
        "board_seats_lived_experience": 6, "hire_fire": "board", "budget_control": "board",
    },
    "charity": {
        "executive_lead_lived_experience": "no", "paid_staff": 3,
        "paid_staff_lived_experience": 1, "volunteer_staff": 30,
        "volunteer_staff_lived_experience": 25, "board_seats": 12,
        "board_seats_lived_experience": 3, "hire_fire": "board", "budget_control": "board",
    },
    "hospital": {
        "executive_lead_lived_experience": "no", "paid_staff": 40,
        "paid_staff_lived_experience": 1, "volunteer_staff": 0,
        "volunteer_staff_lived_experience": 0, "board_seats": 15,
        "board_seats_lived_experience": 1, "hire_fire": "outside_body",
        "budget_control": "outside_body",
    },
}
STEWARDED = "east-bay-peer-grief-network"
SINCE = dt.date(2024, 1, 1)


def seed_governance(organizations: dict[str, Organization], roles: dict[str, User]) -> None:
    """State each demo organization's governance through the same action stewards use."""
    steward, staff = roles.get("steward"), roles["staff"]
    kinds = {spec["slug"]: spec["kind"] for spec in data.ORGANIZATIONS}
    for slug, organization in organizations.items():
        fields = PROFILES.get(kinds.get(slug, ""))
        if fields is None:
            continue
        actor = staff
        if slug == STEWARDED and steward is not None:
            Stewardship.objects.create(organization=organization, user=steward)
            actor = steward
            state_governance(actor=actor, organization=organization,
                             data=PROFILES["federation"], effective_from=dt.date(2019, 1, 1))
        state_governance(actor=actor, organization=organization, data=fields,
                         effective_from=SINCE)
