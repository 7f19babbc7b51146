"""The demo steward's organization has run the fidelity self-assessment twice with two other
stewards: last year's is closed, this year's is closed and its summary published. Scores
come from a seeded generator, so every run gives the same ones; running again adds nothing."""

import datetime as dt
import random

from allauth.account.models import EmailAddress
from django.utils import timezone

from mutual.accounts.models import User
from mutual.assessments.actions import (
    Answer,
    close_assessment,
    publish_assessment,
    rate_items,
    start_assessment,
)
from mutual.assessments.instrument import DOMAINS
from mutual.assessments.models import Assessment
from mutual.organizations.models import Organization, Stewardship

STEWARDED = "east-bay-peer-grief-network"
TEAM = [("steward2@demo.mutual.test", "Marisol R."), ("steward3@demo.mutual.test", "Dev")]
# Where the organization stood on each domain, a year apart: education and advocacy grew most.
LEVELS = {
    "last": {"structure": 3.7, "environment": 3.9, "belief_systems": 4.0, "peer_support": 3.6,
             "education": 2.6, "advocacy": 2.8},
    "this": {"structure": 4.1, "environment": 4.0, "belief_systems": 4.3, "peer_support": 4.0,
             "education": 3.4, "advocacy": 3.5},
}
# How each rater tends to score: one generous, one strict.
LEANINGS = (0.0, 0.4, -0.4)
NOTES = {
    "board_participation": ("Seven of our nine board members have lived experience, the chair "
                            "too.", "Board list, spring meeting minutes"),
    "hiring_decisions": ("The board hired our clinical consultant and reviews the contract "
                         "each year.", "Board minutes"),
    "hours": ("We still close at 6 on Fridays; members asked for a Friday evening circle.", ""),
    "job_readiness": ("Only informal so far: two members went back to work with help from "
                      "peers.", ""),
    "outreach": ("Flyers at the hospice and the coroner's office; nothing in Spanish yet.",
                 "Outreach log"),
    "spiritual_growth": ("We do not agree on this one: worth a team conversation.", ""),
}
# One item on which the team clearly differs, to show what disagreement looks like.
SPLIT = {"spiritual_growth": (2, 4, 5)}
# Items a rater left unrated, to show what "not rated" looks like: (rater, item).
SKIPPED = {(2, "job_readiness"), (2, "artistic_expression")}


def _team_member(email: str, display_name: str, like: User) -> User:
    """A demo steward who can sign in with the demo password (the same hash as `like`)."""
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create(
            email=email, display_name=display_name, password=like.password,
            preferred_language=like.preferred_language, time_zone=like.time_zone,
            date_joined=like.date_joined)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def _answers(year: str, rater: int, rng: random.Random) -> dict[str, Answer]:
    answers = {}
    for domain in DOMAINS:
        for item in domain.items:
            if (rater, item.key) in SKIPPED:
                continue
            if item.key in SPLIT:
                score = SPLIT[item.key][rater]
            else:
                level = LEVELS[year][domain.key] + LEANINGS[rater] + rng.uniform(-0.8, 0.8)
                score = min(5, max(1, round(level)))
            note, evidence = NOTES.get(item.key, ("", "")) if rater == 0 else ("", "")
            answers[item.key] = Answer(score=score, note=note, evidence=evidence)
    return answers


def seed_assessments(organizations: dict[str, Organization], roles: dict[str, User]) -> int:
    """Create the two assessments unless they exist; returns how many were created."""
    steward, organization = roles.get("steward"), organizations.get(STEWARDED)
    if steward is None or organization is None:
        return 0
    team = [steward] + [_team_member(email, name, steward) for email, name in TEAM]
    for user in team:
        Stewardship.objects.get_or_create(organization=organization, user=user)
    today = timezone.localdate()
    rounds = [
        ("last", f"Self-assessment {today.year - 1}", dt.date(today.year - 1, 3, 16), False),
        ("this", f"Self-assessment {today.year}", min(today, dt.date(today.year, 3, 14)),
         True),
    ]
    created = 0
    for year, title, conducted_on, publish in rounds:
        if Assessment.objects.filter(organization=organization, title=title).exists():
            continue
        rng = random.Random(f"{STEWARDED}-{year}")
        assessment = start_assessment(
            actor=steward, organization=organization, title=title, conducted_on=conducted_on,
            notes="Rated by three stewards on their own, then talked over at a board meeting.")
        for rater, user in enumerate(team):
            rate_items(actor=user, assessment=assessment, answers=_answers(year, rater, rng))
        close_assessment(actor=steward, assessment=assessment)
        if publish:
            publish_assessment(actor=steward, assessment=assessment)
        created += 1
    return created
