"""Crisis lines by country, for the card every page can reach.

Mutual is not a crisis service; this card points to those that are.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class CrisisLine:
    name: str
    contact: str


@dataclass(frozen=True)
class CrisisCard:
    country: str
    emergency: str
    lines: list[CrisisLine] = field(default_factory=list)


CARDS: dict[str, CrisisCard] = {
    "US": CrisisCard(
        "US", "911", [CrisisLine("988 Suicide & Crisis Lifeline", "call or text 988")]
    ),
    "CA": CrisisCard(
        "CA", "911", [CrisisLine("9-8-8 Suicide Crisis Helpline", "call or text 988")]
    ),
    "MX": CrisisCard("MX", "911", [CrisisLine("Línea de la Vida", "800 911 2000")]),
    "GB": CrisisCard("GB", "999", [CrisisLine("Samaritans", "116 123")]),
    "IE": CrisisCard("IE", "112", [CrisisLine("Samaritans", "116 123")]),
    "FR": CrisisCard("FR", "112", [CrisisLine("Numéro national de prévention du suicide", "3114")]),
    "BE": CrisisCard(
        "BE",
        "112",
        [
            CrisisLine("Centre de Prévention du Suicide", "0800 32 123"),
            CrisisLine("Zelfmoordlijn", "1813"),
        ],
    ),
    "ES": CrisisCard("ES", "112", [CrisisLine("Línea de atención a la conducta suicida", "024")]),
    "DE": CrisisCard("DE", "112", [CrisisLine("TelefonSeelsorge", "0800 111 0 111")]),
    "AU": CrisisCard("AU", "000", [CrisisLine("Lifeline", "13 11 14")]),
    "NZ": CrisisCard("NZ", "111", [CrisisLine("Need to talk?", "call or text 1737")]),
}

UNKNOWN_COUNTRY_ADVICE = _(
    "If you are in danger now, call your local emergency number. "
    "Your doctor or nearest hospital can tell you about crisis services where you live."
)


def crisis_lines_for(country: str | None) -> CrisisCard | None:
    return CARDS.get((country or settings.CRISIS_DEFAULT_COUNTRY).upper())
