"""Whether an organization is run by the people it serves, computed from its governance
profile and never typed in.

The four criteria of the design: directed by self-helpers, staffed by self-helpers, a majority
(at least 51 %) of board seats held by self-helpers, and self-helpers holding the right to hire
and fire professionals. All four hold: a mutual-assistance organization; none: professionally
led; some: a partnership. While a criterion is unknown and could still decide the kind, the kind
is unknown.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from mutual.organizations.models import GovernanceProfile

# At least this share of seats (or staff) held by people with lived experience.
MAJORITY = Decimal("0.51")

KINDS = {
    "mutual_assistance": gettext_lazy("Mutual-assistance organization"),
    "partnership": gettext_lazy("Partnership of self-helpers and professionals"),
    "professionally_led": gettext_lazy("Professionally led organization"),
    "unknown": gettext_lazy("Not enough is stated to say who leads it"),
}


@dataclass(frozen=True)
class Criterion:
    key: str
    met: bool | None
    reason: str


@dataclass(frozen=True)
class Classification:
    kind: str
    criteria: list[Criterion]

    @property
    def label(self) -> str:
        return str(KINDS[self.kind])

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "label": self.label,
            "criteria": [
                {"key": c.key, "met": c.met, "reason": c.reason} for c in self.criteria
            ],
        }


def _percent(part: int, whole: int) -> int:
    return int((Decimal(100 * part) / whole).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _directed(profile: GovernanceProfile) -> Criterion:
    answer = profile.executive_lead_lived_experience
    if answer == GovernanceProfile.Answer.YES:
        return Criterion("directed", True, _("The executive lead has lived experience."))
    if answer == GovernanceProfile.Answer.NO:
        return Criterion("directed", False,
                         _("The executive lead does not have lived experience."))
    return Criterion("directed", None,
                     _("Whether the executive lead has lived experience is not stated."))


def _staffed(profile: GovernanceProfile) -> Criterion:
    counts = (profile.paid_staff, profile.paid_staff_lived_experience,
              profile.volunteer_staff, profile.volunteer_staff_lived_experience)
    if counts[0] is None and counts[2] is None:
        return Criterion("staffed", None, _("The staff are not described."))
    if (counts[0] is not None and counts[1] is None) or (
            counts[2] is not None and counts[3] is None):
        return Criterion("staffed", None,
                         _("How many of the staff have lived experience is not stated."))
    total = (counts[0] or 0) + (counts[2] or 0)
    lived = (counts[1] or 0) + (counts[3] or 0)
    if total == 0:
        return Criterion("staffed", False, _("The organization states it has no staff."))
    met = Decimal(lived) / total >= MAJORITY
    return Criterion("staffed", met, _(
        "%(lived)s of %(total)s staff, paid and volunteer (%(percent)s %%), have lived "
        "experience; the threshold is 51 %%.") % {
            "lived": lived, "total": total, "percent": _percent(lived, total)})


def _board(profile: GovernanceProfile) -> Criterion:
    seats, lived = profile.board_seats, profile.board_seats_lived_experience
    if seats is None:
        return Criterion("board", None, _("The board is not described."))
    if seats == 0:
        return Criterion("board", False, _("The organization states it has no board."))
    if lived is None:
        return Criterion("board", None, _(
            "The board has %(seats)s seats; how many are held by people with lived experience "
            "is not stated.") % {"seats": seats})
    return Criterion("board", Decimal(lived) / seats >= MAJORITY, _(
        "%(lived)s of %(seats)s board seats (%(percent)s %%) are held by people with lived "
        "experience; the threshold is 51 %%.") % {
            "lived": lived, "seats": seats, "percent": _percent(lived, seats)})


def _hire_fire(profile: GovernanceProfile, board: Criterion) -> Criterion:
    who = profile.hire_fire
    HireFire = GovernanceProfile.HireFire
    if who == HireFire.MEMBERS:
        return Criterion("hire_fire", True, _("The members hire and fire professionals."))
    if who == HireFire.NO_PROFESSIONALS:
        return Criterion("hire_fire", True, _(
            "The organization employs no professionals, so none has authority over "
            "self-helpers."))
    if who == HireFire.OUTSIDE:
        return Criterion("hire_fire", False,
                         _("An outside body hires and fires the professionals."))
    if who == HireFire.BOARD:
        if board.met is None:
            return Criterion("hire_fire", None, _(
                "The board hires and fires professionals, but who holds the board is not "
                "stated."))
        if board.met:
            return Criterion("hire_fire", True, _(
                "The board, where people with lived experience hold the majority, hires and "
                "fires professionals."))
        return Criterion("hire_fire", False, _(
            "The board hires and fires professionals, and people with lived experience do "
            "not hold its majority."))
    return Criterion("hire_fire", None, _("Who hires and fires professionals is not stated."))


def classify(profile: GovernanceProfile | None) -> Classification:
    """The organization's kind, with each criterion met, not met or unknown, and why."""
    if profile is None:
        reason = _("No governance profile has been stated yet.")
        return Classification("unknown", [
            Criterion(key, None, reason) for key in ("directed", "staffed", "board", "hire_fire")
        ])
    board = _board(profile)
    criteria = [_directed(profile), _staffed(profile), board, _hire_fire(profile, board)]
    met = [criterion.met for criterion in criteria]
    if all(value is True for value in met):
        kind = "mutual_assistance"
    elif all(value is False for value in met):
        kind = "professionally_led"
    elif True in met and False in met:
        kind = "partnership"
    else:
        kind = "unknown"
    return Classification(kind, criteria)
